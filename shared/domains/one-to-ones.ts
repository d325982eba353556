import { z } from 'zod';
import { agendaHint } from './agenda';
import { exportedFile, id, isoDate, optionalText, requiredText } from './common';
import { SERIES_FREQUENCIES, SERIES_INTERVAL_MAX, series, standingItem } from './one-to-one-series';

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const RECURRENCES = ['none', 'weekly', 'fortnightly', 'monthly', 'quarterly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  none: 'Does not repeat',
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

export const ACTION_OWNERS = ['manager', 'member'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];

export const AGENDA_SOURCES = ['manual', 'registration', 'skills', 'agreements', 'recognition', 'actions', 'oneToOnes'] as const;

export const NOTES_MAX = 20_000;

/** A UTC instant such as `2026-11-25T10:00:00.000Z` (what `Date#toISOString` gives). */
export const isoInstant = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'must be a date and time',
  })
  .transform((v) => new Date(v).toISOString());

export const meetingInput = z
  .object({
    scheduledAt: isoInstant,
    durationMinutes: z
      .number({ message: 'must be a number' })
      .int('must be a whole number of minutes')
      .min(5, 'must be at least 5 minutes')
      .max(480, 'must be at most 8 hours (480 minutes)'),
    location: optionalText(200),
    recurrence: z.enum(RECURRENCES, { message: 'must be one of the repeat options' }),
  })
  .strict();
export type MeetingInput = z.input<typeof meetingInput>;

export const scheduleInput = meetingInput.extend({ memberId: id }).strict();
export type ScheduleInput = z.input<typeof scheduleInput>;

export const action = z.object({
  id,
  meetingId: id,
  memberId: id,
  text: z.string(),
  owner: z.enum(ACTION_OWNERS),
  dueOn: isoDate.nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  /** When the meeting the action was agreed at took place (for "carried from"). */
  agreedAt: z.string(),
});
export type Action = z.infer<typeof action>;

export const actionInput = z
  .object({
    meetingId: id,
    text: requiredText(500),
    owner: z.enum(ACTION_OWNERS, { message: 'must be the manager or the team member' }),
    dueOn: isoDate.nullable(),
  })
  .strict();
export type ActionInput = z.infer<typeof actionInput>;

export const agendaItem = z.object({
  id,
  position: z.number().int(),
  title: z.string(),
  detail: z.string(),
  link: z.string(),
  source: z.enum(AGENDA_SOURCES),
  hintKey: z.string().nullable(),
  /** 'member': raised by the member (from a returned member pack). */
  raisedBy: z.enum(['manager', 'member']).optional(),
  /** Ticked in the meeting; an item not covered carries forward to the next meeting. */
  covered: z.boolean().optional(),
  /** A copy of one of the member's standing items: on every meeting until the item is removed. */
  standing: z.boolean().optional(),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const manualAgendaInput = z
  .object({
    meetingId: id,
    title: requiredText(300),
    detail: optionalText(1000).default(''),
    /** Set when an item removed by mistake is put back (Undo), so its suggestion key stays attached. */
    hintKey: z.string().max(200).nullable().default(null),
    link: z.string().max(300).default(''),
    source: z.enum(AGENDA_SOURCES).default('manual'),
  })
  .strict();

export const meetingSummary = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  scheduledAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  status: z.enum(MEETING_STATUSES),
  recurrence: z.enum(RECURRENCES),
  agendaCount: z.number().int(),
  openActionCount: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meeting = meetingSummary.extend({
  privateNotes: z.string(),
  sharedNotes: z.string(),
  agenda: z.array(agendaItem),
  /** Suggestions not yet on the agenda and not removed by the manager (only for meetings still to happen). */
  suggestions: z.array(agendaHint),
  actions: z.array(action),
  /** Open actions agreed at this member's earlier meetings: carried forward until done. */
  carriedActions: z.array(action),
  nextMeetingId: id.nullable(),
  /** The series this meeting belongs to, if any. */
  series: series.nullable().optional(),
  /** A meeting of a series moved on its own: the time the series had booked it for (null when it is where the rule put it). */
  movedFrom: z.string().nullable().optional(),
});
export type Meeting = z.infer<typeof meeting>;

export const overview = z.object({
  weekStart: isoDate,
  thisWeek: z.array(meetingSummary),
  nextWeek: z.array(meetingSummary),
  /** Meetings whose time has passed but which are not yet recorded as held or cancelled. */
  toRecord: z.array(meetingSummary),
  overdueActions: z.array(action.extend({ memberName: z.string() })),
});
export type Overview = z.infer<typeof overview>;

export const memberOneToOnes = z.object({
  next: meetingSummary.nullable(),
  recent: z.array(meetingSummary),
  openActions: z.array(action),
  standing: z.array(standingItem).optional(),
  series: z.array(series).optional(),
});
export type MemberOneToOnes = z.infer<typeof memberOneToOnes>;

/** A regular one-to-one: every `interval` weeks on the first meeting's weekday, or months on its day. */
export const seriesChanges = z
  .object({
    startsAt: isoInstant,
    durationMinutes: meetingInput.shape.durationMinutes,
    location: optionalText(200),
    frequency: z.enum(SERIES_FREQUENCIES, { message: 'must be weeks or months' }),
    interval: z
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(SERIES_INTERVAL_MAX, `must be at most ${SERIES_INTERVAL_MAX}`),
  })
  .strict();
export type SeriesChanges = z.input<typeof seriesChanges>;
export const seriesInput = seriesChanges.extend({ memberId: id }).strict();

export const oneToOnesSchemas = {
  memberInput: z.object({ memberId: id }).strict(),
  updateInput: z.object({ id, changes: meetingInput }).strict(),
  statusInput: z.object({ id, status: z.enum(MEETING_STATUSES, { message: 'must be scheduled, held or cancelled' }) }).strict(),
  notesInput: z.object({ id, privateNotes: optionalText(NOTES_MAX), sharedNotes: optionalText(NOTES_MAX) }).strict(),
  suggestionInput: z.object({ meetingId: id, key: z.string().min(1, 'is required').max(200) }).strict(),
  meetingIdInput: z.object({ meetingId: id }).strict(),
  reorderInput: z.object({ meetingId: id, itemIds: z.array(id).max(200) }).strict(),
  actionDoneInput: z.object({ id, done: z.boolean() }).strict(),
  exportNotesInput: z.object({ id, format: z.enum(['docx', 'pdf'], { message: 'must be docx or pdf' }) }).strict(),
  seriesUpdateInput: z.object({ id, changes: seriesChanges }).strict(),
  exportedFile,
};

/** Monday of the ISO week containing `iso` (a `YYYY-MM-DD`). */
export function weekStartOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const shift = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - shift);
  return d.toISOString().slice(0, 10);
}

/** Moves an item one place up or down; returns the new order of ids (unchanged at the ends). */
export function moveItem(ids: readonly number[], itemId: number, direction: 'up' | 'down'): number[] {
  const order = [...ids];
  const from = order.indexOf(itemId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to] as number, order[from] as number];
  return order;
}

export const isOverdue = (a: Pick<Action, 'dueOn' | 'doneAt'>, today: string) => a.doneAt === null && a.dueOn !== null && a.dueOn < today;

/** Past one-to-ones, newest first: what was shared, what was agreed and how it ended. */
export const historyInput = z
  .object({
    /** One member's history, or everyone's (the One-to-ones section). */
    memberId: id.nullable().default(null),
    /** Words to find in the shared notes, the actions or the member's name. */
    search: z.string().trim().max(200, 'must be at most 200 characters').default(''),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type HistoryInput = z.input<typeof historyInput>;

export const historyItem = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  scheduledAt: z.string(),
  /** The outcome: held, cancelled, or still "scheduled" when its time passed without being recorded. */
  status: z.enum(MEETING_STATUSES),
  sharedNotes: z.string(),
  actions: z.array(z.object({ id, text: z.string(), owner: z.enum(ACTION_OWNERS), dueOn: isoDate.nullable(), doneAt: z.string().nullable() })),
});
export type HistoryItem = z.infer<typeof historyItem>;

export const history = z.object({ total: z.number().int(), items: z.array(historyItem) });
export type History = z.infer<typeof history>;

/** How a past meeting ended, in words. */
export const outcomeLabel = (status: MeetingStatus) =>
  status === 'held' ? 'Held' : status === 'cancelled' ? 'Cancelled' : 'Not recorded as held';
