/** Pure recognition rules: cycle periods, cooldown, SSMART hints, vote tally and tie-break. */
import { addDays, formatUkDate } from '../dates';
import type { Cadence, SsmartHint, TieBreak } from './recognition';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export interface Period {
  start: string;
  end: string;
  label: string;
}

/** The period of a cadence that contains `date` (one-off cycles run for 30 days from it). */
export function periodContaining(cadence: Cadence, date: string): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (cadence === 'monthly') {
    return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDayOf(y, m))}`, label: `${MONTHS[m - 1]} ${y}` };
  }
  if (cadence === 'quarterly') {
    const q = Math.floor((m - 1) / 3);
    const endMonth = q * 3 + 3;
    return { start: `${y}-${pad(q * 3 + 1)}-01`, end: `${y}-${pad(endMonth)}-${pad(lastDayOf(y, endMonth))}`, label: `Q${q + 1} ${y}` };
  }
  if (cadence === 'annual') return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
  return { start: date, end: addDays(date, 29), label: `From ${formatUkDate(date)}` };
}

/**
 * The next cycle to open: the period containing today when the scheme has none yet
 * (or its latest ended before today's period), otherwise the period after the latest.
 * A period that ends today is over before anyone can nominate: on the last day of a
 * month (quarter, year) the next one opens instead, for a new scheme or after a gap.
 * A period that directly follows the latest cycle is never skipped: November done, the
 * cycle opened on 31 December is December (nominations stay open until it is closed).
 */
export function nextCyclePeriod(cadence: Cadence, latestEnd: string | null, today: string): Period {
  const current = periodContaining(cadence, today);
  if (cadence !== 'one_off' && latestEnd !== null && addDays(latestEnd, 1) === current.start) return current;
  if (latestEnd === null || latestEnd < current.start) {
    return cadence !== 'one_off' && current.end === today ? periodContaining(cadence, addDays(today, 1)) : current;
  }
  if (cadence === 'one_off') return periodContaining(cadence, addDays(latestEnd, 1) > today ? addDays(latestEnd, 1) : today);
  return periodContaining(cadence, addDays(latestEnd, 1));
}

export interface PastCycle {
  id: number;
  label: string;
  winnerMemberId: number | null;
}

/**
 * Cooldown: a winner sits out the next `cooldown` cycles of the same scheme.
 * `cycles` are the scheme's cycles in period order; returns the cycle they won, or null.
 */
export function cooldownBreach(cycles: PastCycle[], targetCycleId: number, memberId: number, cooldown: number): PastCycle | null {
  const index = cycles.findIndex((c) => c.id === targetCycleId);
  if (index < 0 || cooldown <= 0) return null;
  const window = cycles.slice(Math.max(0, index - cooldown), index);
  return [...window].reverse().find((c) => c.winnerMemberId === memberId) ?? null;
}

const WORD = /[\p{L}\p{N}'’-]+/gu;
const words = (text: string) => text.toLowerCase().match(WORD) ?? [];

const ACTION = /\b(\w{3,}ed|led|ran|built|made|wrote|taught|set up|took|gave|found|won|held|kept|spent|stayed|covered|drove|sent|brought|stepped in|came in)\b/i;
const IMPACT = /\b(so that|because|which meant|meaning|result(ed|s)?|impact|thanks to|saved|improv\w*|helped|enabl\w*|users?|patients?|readers?|students?|customers?|visitors?|clinicians?|children|families|colleagues|learners?|members of the public)\b/i;
const GENERIC = /\b(always great|great job|hard[- ]?work(er|ing)|nice person|team player|does a good job|amazing|superstar|legend|brilliant as always)\b/i;
const RELATIVE_TIME = /\b(today|yesterday|this (week|month|morning|afternoon)|last (week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/** Dates written in the text as dd/mm/yyyy, yyyy-mm-dd or "12 November" (year taken from the cycle). */
export function datesMentioned(text: string, defaultYear: number): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) found.push(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) found.push(`${m[1]}-${m[2]}-${m[3]}`);
  const names = MONTHS.map((n) => n.slice(0, 3).toLowerCase());
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?:\s+(\d{4}))?/gi)) {
    const month = names.indexOf((m[2] ?? '').toLowerCase()) + 1;
    found.push(`${m[3] ?? defaultYear}-${pad(month)}-${pad(Number(m[1]))}`);
  }
  return found;
}

/** Words that show a reason is about a default category even when the category's own name is not used. */
const CATEGORY_CUES: Record<string, string[]> = {
  'customer service': ['reader', 'user', 'customer', 'visitor', 'patient', 'student', 'enquir', 'borrower', 'public'],
  innovation: ['new', 'idea', 'introduc', 'set up', 'pilot', 'first', 'improv', 'redesign'],
  teamwork: ['team', 'colleague', 'covered', 'together', 'shift', 'support'],
  'behind the scenes': ['catalogu', 'stock', 'system', 'data', 'link', 'process', 'metadata', 'behind'],
  newcomer: ['first', 'new', 'induction', 'started', 'joined', 'learn'],
};

export interface HintContext {
  category: string;
  values: string[];
  periodStart: string;
  periodEnd: string;
}

/**
 * SSMART hints for a nomination reason (sincere, specific, meaningful, relevant, timely).
 * They are suggestions shown to the nominator, never reasons to refuse a nomination.
 */
export function ssmartHints(reason: string, context: HintContext): SsmartHint[] {
  const w = words(reason);
  const generic = GENERIC.test(reason);
  const sincere = !(generic && w.length < 30);
  const specific = ACTION.test(reason) && w.length >= 12;
  const meaningful = IMPACT.test(reason);
  const topicWords = [context.category, ...context.values]
    .flatMap((t) => words(t))
    .filter((x) => x.length >= 4)
    .map((x) => x.replace(/(ing|ed|s)$/, ''));
  const cues = CATEGORY_CUES[context.category.toLowerCase()] ?? [];
  const lower = reason.toLowerCase();
  const relevant = topicWords.some((t) => w.some((x) => x.startsWith(t))) || cues.some((c) => (c.includes(' ') ? lower.includes(c) : w.some((x) => x.startsWith(c))));
  const dates = datesMentioned(reason, Number(context.periodStart.slice(0, 4)));
  const inCycle = dates.filter((d) => d >= context.periodStart && d <= context.periodEnd);
  const timely = inCycle.length > 0 || (dates.length === 0 && RELATIVE_TIME.test(reason));
  const period = `${formatUkDate(context.periodStart)}–${formatUkDate(context.periodEnd)}`;
  return [
    { key: 'sincere', ok: sincere, message: sincere ? 'Reads as personal, not a stock phrase.' : 'Say it in your own words: stock praise ("great job", "team player") says little on its own.' },
    { key: 'specific', ok: specific, message: specific ? 'Names something they did.' : 'Name a concrete action: what did they do?' },
    { key: 'meaningful', ok: meaningful, message: meaningful ? 'Says why it mattered.' : 'Say who benefited or what changed because of it.' },
    { key: 'relevant', ok: relevant, message: relevant ? `Links to ${context.category} or the scheme's values.` : `Link it to the category (${context.category}) or one of the scheme's values.` },
    {
      key: 'timely',
      ok: timely,
      message: timely
        ? 'Happened within this cycle.'
        : dates.length > 0
          ? `The date mentioned is outside this cycle (${period}).`
          : `Mention when it happened (a date within ${period}).`,
    },
  ];
}

export interface TallyEntry {
  nominationId: number;
  nomineeId: number;
  /** The nominee's name, for the tie-break explanation. */
  name: string;
  votes: number;
  nominatedOn: string;
  /** Wins this nominee already has in the scheme (for the fewest-past-wins rule). */
  pastWins: number;
}

export type TallyOutcome =
  | { kind: 'winner'; nominationId: number; method: 'votes' | 'tie_break_rule'; tied: number[]; explanation: string }
  | { kind: 'needs_manager'; tied: number[]; explanation: string }
  | { kind: 'no_votes' };

const listNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const votesText = (n: number) => `${n} vote${n === 1 ? '' : 's'}`;

/** What the tie was, in words: "Tie: A and B had 2 votes each." */
export function describeTie(leaders: Pick<TallyEntry, 'name' | 'votes'>[]): string {
  return `Tie: ${listNames(leaders.map((l) => l.name))} had ${votesText(leaders[0]?.votes ?? 0)} each.`;
}

/**
 * One entry per person: someone nominated more than once (by different people, in different categories)
 * has all their votes added up, so their supporters are not split against them. The person's entry stands
 * for their most-voted nomination (the earliest of those level), which becomes the winning nomination;
 * for the earliest-nomination rule it counts from their earliest nomination.
 */
function byPerson(nominations: TallyEntry[]): PersonEntry[] {
  const people = new Map<number, TallyEntry[]>();
  for (const n of nominations) people.set(n.nomineeId, [...(people.get(n.nomineeId) ?? []), n]);
  return [...people.values()].map((own) => {
    const sorted = [...own].sort(earliestFirst);
    const earliest = sorted[0] as TallyEntry;
    const mostVoted = sorted.reduce((best, n) => (n.votes > best.votes ? n : best), earliest);
    return { ...mostVoted, votes: own.reduce((sum, n) => sum + n.votes, 0), nominatedOn: earliest.nominatedOn, order: earliest.nominationId };
  });
}
type PersonEntry = TallyEntry & { order: number };
const earliestFirst = (a: TallyEntry, b: TallyEntry) => a.nominatedOn.localeCompare(b.nominatedOn) || a.nominationId - b.nominationId;

/**
 * Counts votes per person; a tie at the top is broken by the scheme's recorded rule, or left to the manager.
 * Every outcome with a tie says what the tie was and which rule decided it (and why that rule
 * picked this nomination), so the decision can be explained to the team.
 */
export function resolveTally(nominations: TallyEntry[], rule: TieBreak): TallyOutcome {
  const entries = byPerson(nominations);
  const top = Math.max(0, ...entries.map((e) => e.votes));
  if (top === 0) return { kind: 'no_votes' };
  const leaders = entries.filter((e) => e.votes === top);
  const tied = leaders.map((e) => e.nominationId);
  const first = leaders[0];
  if (leaders.length === 1 && first) {
    return { kind: 'winner', nominationId: first.nominationId, method: 'votes', tied: [], explanation: `${first.name} had the most votes (${votesText(top)}).` };
  }
  const tie = describeTie(leaders);
  if (rule === 'manager') return { kind: 'needs_manager', tied, explanation: `${tie} Rule: the manager decides, with a reason.` };
  const byDate = (a: PersonEntry, b: PersonEntry) => a.nominatedOn.localeCompare(b.nominatedOn) || a.order - b.order;
  const sorted = [...leaders].sort(rule === 'fewest_past_wins' ? (a, b) => a.pastWins - b.pastWins || byDate(a, b) : byDate);
  const best = sorted[0];
  if (!best) return { kind: 'no_votes' };
  let why: string;
  const fewest = leaders.filter((l) => l.pastWins === best.pastWins);
  if (rule === 'fewest_past_wins' && fewest.length === 1) {
    const wins = leaders.map((l) => `${l.name} ${l.pastWins}`).join(', ');
    why = `Rule: fewest past wins in this scheme decided it for ${best.name} (past wins: ${wins}).`;
  } else {
    // Both rules fall back to the earliest nomination, then the first recorded, so they always separate the leaders.
    const sameDay = leaders.filter((l) => l.nominatedOn === best.nominatedOn && (rule !== 'fewest_past_wins' || l.pastWins === best.pastWins));
    const lead = rule === 'fewest_past_wins' ? `Rule: fewest past wins in this scheme left ${listNames(fewest.map((l) => l.name))} level on ${best.pastWins}, so the earliest nomination decided it` : 'Rule: earliest nomination wins decided it';
    why = `${lead} for ${best.name} (nominated ${formatUkDate(best.nominatedOn)}${sameDay.length > 1 ? ', recorded first that day' : ''}).`;
  }
  return { kind: 'winner', nominationId: best.nominationId, method: 'tie_break_rule', tied, explanation: `${tie} ${why}` };
}

/** A short announcement to paste into an email or team chat. */
export function announcementText(input: { winner: string; scheme: string; label: string; category: string; reasonExcerpt: string; reward: string }): string {
  const lines = [
    `Congratulations to ${input.winner}, winner of ${input.scheme} for ${input.label} (${input.category}).`,
    input.reasonExcerpt ? `Nominated for: "${input.reasonExcerpt}"` : '',
    input.reward ? `Reward: ${input.reward}.` : '',
    'Thank you for everything you do for our users and the team.',
  ];
  return lines.filter(Boolean).join('\n');
}

/** The first sentence or ~`max` characters of a reason, cut at a word boundary. */
export function excerpt(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
