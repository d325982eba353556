import { z } from 'zod';
import { id, optionalText, requiredText } from './common';

/** A member's standing agenda item: on every one-to-one's agenda until removed. */
export const standingItem = z.object({ id, memberId: id, title: z.string(), detail: z.string() });
export type StandingItem = z.infer<typeof standingItem>;

export const standingInput = z.object({ memberId: id, title: requiredText(300), detail: optionalText(1000).default('') }).strict();
export const standingUpdateInput = z.object({ id, title: requiredText(300), detail: optionalText(1000).default('') }).strict();
/** Undo of a removal: the item as the screen still holds it. */
export const standingRestoreInput = z.object({ id, memberId: id, title: requiredText(300), detail: optionalText(1000).default('') }).strict();

/** The hint key that ties a meeting's copy of a standing item to the item itself. */
export const standingKey = (standingId: number) => `standing:${standingId}`;
export const isStandingKey = (key: string | null | undefined) => Boolean(key?.startsWith('standing:'));

export const SERIES_FREQUENCIES = ['weekly', 'monthly'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];
export const SERIES_INTERVAL_MAX = 12;
/** A monthly series falls on its first meeting's day of the month: 29–31 are missing from some months. */
export const MONTHLY_DAY_MAX = 28;
export const SERIES_STATUSES = ['active', 'cancelled'] as const;

export const series = z.object({
  id,
  memberId: id,
  /** Stable calendar UID: every export of the series, changed or cancelled, carries the same one. */
  uid: z.string(),
  frequency: z.enum(SERIES_FREQUENCIES),
  interval: z.number().int(),
  /** The first meeting (UTC instant); its local weekday or day of the month and time give the rule. */
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  status: z.enum(SERIES_STATUSES),
  /** RFC 5545 SEQUENCE: 0 when set up, one more for each change and for the cancellation. */
  sequence: z.number().int(),
  /** "Every 4 weeks on Tuesday at 10:00". */
  label: z.string(),
});
export type Series = z.infer<typeof series>;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** Where a series falls, in the manager's local time: weekday 0 = Sunday, day of the month, "HH:mm". */
export interface SeriesPlace {
  weekday: number;
  monthDay: number;
  time: string;
}

const ordinal = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
};

/** "Every 4 weeks on Tuesday at 10:00", "Every month on the 3rd at 09:30". */
export function seriesLabel(frequency: SeriesFrequency, interval: number, at: SeriesPlace): string {
  const unit = frequency === 'weekly' ? 'week' : 'month';
  const every = interval === 1 ? `Every ${unit}` : `Every ${interval} ${unit}s`;
  const on = frequency === 'weekly' ? `on ${WEEKDAYS[at.weekday] ?? ''}` : `on the ${ordinal(at.monthDay)}`;
  return `${every} ${on} at ${at.time}`;
}

/** The RFC 5545 RRULE value (no "RRULE:" prefix): FREQ, INTERVAL and BYDAY or BYMONTHDAY. */
export function seriesRrule(frequency: SeriesFrequency, interval: number, at: SeriesPlace): string {
  return frequency === 'weekly'
    ? `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${RRULE_DAYS[at.weekday] ?? 'MO'}`
    : `FREQ=MONTHLY;INTERVAL=${interval};BYMONTHDAY=${at.monthDay}`;
}

/** How long before a one-to-one the manager is reminded (fixed; docs/one-to-ones.md). */
export const REMINDER_LEAD_MINUTES = 15;

export const meetingReminder = z.object({
  meetingId: id,
  memberName: z.string(),
  scheduledAt: z.string(),
  /** "One-to-one with Siân ap Dŵr at 10:00" */
  title: z.string(),
  /** "Starts in 15 minutes · Room 2" */
  body: z.string(),
});
export type MeetingReminder = z.infer<typeof meetingReminder>;
