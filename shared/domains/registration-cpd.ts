import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common';
import { HOURS_MAX, quarterHours } from './hours';
import { registrationRecord } from './registration';

/** The CPD log and revalidation (20 hours in the last 12 months + a 250-word statement). */

export const CPD_TYPES = [
  'course',
  'reading',
  'conversation',
  'shadowing_visit',
  'action_learning_set',
  'coaching',
  'buddying',
  'conference',
  'online',
  'other',
] as const;
export type CpdType = (typeof CPD_TYPES)[number];
export const CPD_TYPE_LABELS: Record<CpdType, string> = {
  course: 'Course',
  reading: 'Reading',
  conversation: 'Conversation',
  shadowing_visit: 'Shadowing visit',
  action_learning_set: 'Action learning set',
  coaching: 'Coaching',
  buddying: 'Buddying',
  conference: 'Conference',
  online: 'Online',
  other: 'Other',
};

export const CPD_MAX_HOURS = HOURS_MAX;

export const cpdHours = quarterHours(`must be at most ${CPD_MAX_HOURS} hours for one entry (split longer activities)`);

/** Completed CPD is never dated after today: the one future-date rule for the form, the log and activities logged as CPD. */
export const cpdDateProblem = (date: string, today: string): string | null =>
  date > today ? 'cannot be in the future for completed CPD' : null;

/** PKSB section codes (see shared/domains/pksb.ts); local sections may add codes, so only the shape is checked here. */
export const pksbCodes = z
  .array(z.string().trim().min(1, 'is required').max(20, 'must be at most 20 characters'))
  .max(20, 'must list at most 20 sections')
  .refine((codes) => new Set(codes).size === codes.length, { message: 'must not list a section twice' });

export const cpdFields = z
  .object({
    date: isoDate,
    activityType: z.enum(CPD_TYPES, { message: 'must be one of the activity types' }),
    hours: cpdHours,
    /** A title is required so the log reads as a list; the reflection may wait, but the entry shows it is missing. */
    title: requiredText(200),
    reflection: optionalText(5000),
    sections: pksbCodes,
  })
  .strict();
export type CpdFields = z.infer<typeof cpdFields>;

export const cpdEntryInput = cpdFields.extend({ memberId: id }).strict();
export type CpdEntryInput = z.infer<typeof cpdEntryInput>;

export const cpdUpdateInput = z.object({ id, changes: cpdFields }).strict();

/**
 * Where an entry came from: the record it links to by id (a foreign key in cpd_entries, migration 0017),
 * never an encoded string. The activity kinds are those of shared/domains/activities.ts (ACTIVITY_KINDS);
 * a buddying pair meets many times, so its link also names the session. Null when typed in, or when the
 * record it came from has since been deleted (the entry and its hours stay).
 */
export const cpdSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alsMeeting'), id }).strict(),
  z.object({ kind: z.literal('buddying'), id, sessionOn: isoDate }).strict(),
  z.object({ kind: z.literal('coaching'), id }).strict(),
  z.object({ kind: z.literal('shadowing'), id }).strict(),
  z.object({ kind: z.literal('memberPack'), packId: z.string().min(8).max(64), row: z.number().int().min(1) }).strict(),
]);
export type CpdSource = z.infer<typeof cpdSource>;

/** "Undo" of a deletion: the entry as it was, source included, so an activity it came from counts it as logged again. */
export const cpdRestoreInput = cpdEntryInput.extend({ source: cpdSource.nullable() }).strict();
export type CpdRestoreInput = z.infer<typeof cpdRestoreInput>;

// Entries saved before titles were required may have none: the output does not re-apply the input rule.
export const cpdEntry = cpdEntryInput.extend({ id, title: z.string(), source: cpdSource.nullable(), createdAt: z.string() });
export type CpdEntry = z.infer<typeof cpdEntry>;

export const emptyCpdFields = (today: string): CpdFields => ({
  date: today,
  activityType: 'course',
  hours: 1,
  title: '',
  reflection: '',
  sections: [],
});

export const revalidationStatementInput = z
  .object({
    memberId: id,
    personal: optionalText(5000),
    organisational: optionalText(5000),
    wider: optionalText(5000),
  })
  .strict();
export type RevalidationStatementInput = z.infer<typeof revalidationStatementInput>;

export const STATEMENT_PROMPTS = [
  { key: 'personal', label: 'Personal performance', hint: 'What did you learn and how has your practice changed?' },
  { key: 'organisational', label: 'Organisational performance', hint: 'How has your learning helped your service or organisation?' },
  { key: 'wider', label: 'The wider profession', hint: 'How have you engaged with or contributed to the wider profession?' },
] as const;

export const revalidationView = z.object({
  memberId: id,
  memberName: z.string(),
  today: isoDate,
  windowStart: isoDate,
  entries: z.array(cpdEntry),
  hours12m: z.number(),
  hoursRequired: z.number(),
  statement: z.object({ personal: z.string(), organisational: z.string(), wider: z.string(), updatedAt: z.string().nullable() }),
  words: z.number().int(),
  wordLimit: z.number().int(),
  hoursMet: z.boolean(),
  wordsMet: z.boolean(),
  promptsAnswered: z.boolean(),
  ready: z.boolean(),
  registrations: z.array(registrationRecord),
  /** PKSB sections developed by CPD in the window: re-rating them is worth suggesting. */
  sectionsDeveloped: z.array(z.string()),
});
export type RevalidationView = z.infer<typeof revalidationView>;

export const markRevalidatedInput = z.object({ memberId: id, revalidatedOn: isoDate }).strict();

export const revalidationExportInput = z.object({ memberId: id, format: z.enum(['docx', 'csv']) }).strict();

export const cpdListInput = z.object({ memberId: id }).strict();
