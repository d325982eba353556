import { addDays, daysBetween } from '../dates';
import { countWords } from '../word-count';

/**
 * Pure rules of the registration domain (no database, no clock): word counts,
 * drift detection, the rolling CPD window and revalidation anniversaries.
 */

export const EVALUATIVE_STATEMENT_WORD_LIMIT = 1000;
export const REVALIDATION_STATEMENT_WORD_LIMIT = 250;
export const REVALIDATION_HOURS_REQUIRED = 20;
export const DEFAULT_DRIFT_WEEKS = 12;
export const DRIFT_WEEKS_MIN = 1;
export const DRIFT_WEEKS_MAX = 104;
/** Revalidation anniversaries closer than this appear on one-to-one agendas. */
export const REVALIDATION_HINT_DAYS = 90;


export interface DriftInput {
  /** The date the journey entered its current stage. */
  lastStageChange: string;
  /** The latest logged activity (CPD, evidence added, statement edited), if any. */
  lastActivity: string | null;
  today: string;
  weeks: number;
}

export interface DriftResult {
  stalled: boolean;
  /** Days since the later of the stage change and the last activity. */
  daysSince: number;
  /** The date that counts as the journey's last sign of life. */
  lastMovement: string;
}

/**
 * A journey is stalled once N whole weeks have passed with neither a stage change
 * nor logged activity: exactly 12 × 7 = 84 days after the last movement it is stalled, on day 83 it is not.
 * Activity dated in the future (a typo) cannot keep a journey alive beyond today.
 */
export function detectDrift({ lastStageChange, lastActivity, today, weeks }: DriftInput): DriftResult {
  let last = lastStageChange;
  if (lastActivity !== null && lastActivity > last) last = lastActivity;
  if (last > today) last = today;
  const daysSince = daysBetween(last, today);
  return { stalled: daysSince >= weeks * 7, daysSince, lastMovement: last };
}

/** The first day of the rolling 12 months that end today (inclusive): 24/11/2025 for 23/11/2026. */
export function cpdWindowStart(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const sameDayLastYear = m === 2 && d === 29 ? `${y - 1}-02-28` : `${y - 1}-${pad(m)}-${pad(d)}`;
  return addDays(sameDayLastYear, 1);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The next anniversary of `since` on or after `today` (29 February falls on 28 February in common years). */
export function nextAnniversary(since: string, today: string): string {
  const [, m, d] = since.split('-').map(Number) as [number, number, number];
  const year = Number(today.slice(0, 4));
  const on = (y: number) => {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return m === 2 && d === 29 && !leap ? `${y}-02-28` : `${y}-${pad(m)}-${pad(d)}`;
  };
  const thisYear = on(year);
  if (thisYear <= since) return on(Number(since.slice(0, 4)) + 1);
  return thisYear >= today ? thisYear : on(year + 1);
}

export interface RevalidationReadiness {
  hours: number;
  words: number;
  hoursMet: boolean;
  wordsMet: boolean;
  /** Every prompt has some text: advice on what to cover, not a condition of being ready. */
  promptsAnswered: boolean;
  /** 20 hours in the last 12 months and a statement of 1 to 250 words: CILIP's two requirements. */
  ready: boolean;
}

export function revalidationReadiness(
  hours: number,
  statement: { personal: string; organisational: string; wider: string },
): RevalidationReadiness {
  const words = countWords(statement.personal) + countWords(statement.organisational) + countWords(statement.wider);
  const hoursMet = hours >= REVALIDATION_HOURS_REQUIRED;
  // Marks alone ("–", "•", "...") count as words for the limit, as a word processor counts them, but answer nothing.
  const promptsAnswered = [statement.personal, statement.organisational, statement.wider].every((t) => /[\p{L}\p{N}]/u.test(t));
  const wordsMet = words > 0 && words <= REVALIDATION_STATEMENT_WORD_LIMIT;
  return { hours, words, hoursMet, wordsMet, promptsAnswered, ready: hoursMet && wordsMet };
}

/**
 * The anniversary the next revalidation is for: the coming one, or the one after it once a
 * revalidation inside the reminder window has covered the coming one. Every screen (dashboard,
 * agenda, CPD page, member page) reads this one value, so they move on together.
 */
export function nextRevalidationDue(registeredOn: string, lastRevalidatedOn: string | null, today: string): string {
  const coming = nextAnniversary(registeredOn, today);
  if (revalidationOutstanding(lastRevalidatedOn, coming)) return coming;
  return nextAnniversary(registeredOn, addDays(coming, 1));
}

/**
 * The last anniversary that went by without a revalidation covering it (one made in the reminder window before
 * it, or any time after it), or null. Revalidation is yearly: a member registered in 2020 who last revalidated
 * in June 2025 has missed June 2026 even though the next anniversary is a year off. The registration date
 * itself is no anniversary, so nothing is missed in the first year.
 */
export function missedRevalidation(registeredOn: string, lastRevalidatedOn: string | null, today: string): string | null {
  const coming = nextAnniversary(registeredOn, today);
  // The anniversary in the year before the coming one's (29 February falls back as it does there).
  const previous = nextAnniversary(registeredOn, `${Number(coming.slice(0, 4)) - 1}-01-01`);
  if (previous >= coming || previous >= today || previous <= registeredOn) return null;
  return revalidationOutstanding(lastRevalidatedOn, previous) ? previous : null;
}

/**
 * Whether the coming anniversary still needs a revalidation: not if the member already
 * revalidated inside the reminder window before it (early submissions are common).
 */
export function revalidationOutstanding(lastRevalidatedOn: string | null, nextAnniversaryOn: string): boolean {
  return lastRevalidatedOn === null || lastRevalidatedOn < addDays(nextAnniversaryOn, -REVALIDATION_HINT_DAYS);
}
