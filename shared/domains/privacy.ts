import { z } from 'zod';
import { exportedFile, id, isoDate } from './common';
import { MAX_EXTENSION_MONTHS, SAR_EXEMPTION_KEYS } from './privacy-sar';

/** One field of one record: the table, the row's primary key (JSON) and the column. */
export const recordRef = z
  .object({
    table: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
    key: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
    column: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  })
  .strict();
export type RecordRef = z.infer<typeof recordRef>;

/** A whole-word mention of a person in a free-text field of someone else's record. */
export const mention = z.object({
  ref: recordRef,
  /** "One-to-one meeting, shared notes" */
  where: z.string(),
  /** Whose record it is, when the record belongs to a team member. */
  whose: z.string().nullable(),
  /** The full text of the field. */
  text: z.string(),
  /** The words in `text` that name the person, as written. */
  matches: z.array(z.string()),
});
export type Mention = z.infer<typeof mention>;

export const mentionsOutput = z.object({
  /** What was searched for (full name, preferred name, first name + surname, email). */
  terms: z.array(z.string()),
  mentions: z.array(mention),
});
export type MentionsOutput = z.infer<typeof mentionsOutput>;

export const subjectAccessInput = z
  .object({
    memberId: id,
    /** The request being answered: its exemptions and mention decisions shape the pack. */
    requestId: id.nullable().default(null),
  })
  .strict();

export const subjectAccessPack = z.object({
  json: exportedFile,
  pdf: exportedFile,
  tables: z.number().int(),
  rows: z.number().int(),
  withheldPrivateNotes: z.number().int(),
  /** Items withheld under a recorded exemption. */
  withheld: z.number().int(),
  /** Mentions in other people's records the manager chose to include. */
  mentionsIncluded: z.number().int(),
});
export type SubjectAccessPack = z.infer<typeof subjectAccessPack>;

export const MENTION_ACTIONS = ['redact', 'keep', 'edit'] as const;
export const mentionDecision = z
  .object({
    ref: recordRef,
    action: z.enum(MENTION_ACTIONS),
    /** The manager's rewording, for `edit`. */
    text: z.string().max(20000, 'must be at most 20000 characters').default(''),
  })
  .strict();
export type MentionDecision = z.infer<typeof mentionDecision>;

export const eraseInput = z
  .object({
    memberId: id,
    /** The member's full name, typed by the manager: erasure cannot be undone. */
    confirmName: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    /** What to do with each mention in other people's records; one not listed is kept as written. */
    mentions: z.array(mentionDecision).max(5000, 'must list at most 5000 mentions').default([]),
  })
  .strict();

export const erasureResult = z.object({
  name: z.string(),
  deletedRows: z.number().int(),
  anonymisedRows: z.number().int(),
  mentionsRedacted: z.number().int(),
  mentionsEdited: z.number().int(),
  /** Backups removed (a fresh one, without the person, is taken afterwards). */
  backupsDeleted: z.number().int(),
  /** Interrupted-backup `.partial` files and moved-aside damaged databases removed. */
  leftoversDeleted: z.number().int(),
  /** False when the person is gone from the database but some file copies could not be removed yet. */
  complete: z.boolean(),
  /** This call finished an erasure that an earlier call (or a crash) left part-way. */
  resumed: z.boolean(),
  /** What happened, in words, for the manager. */
  message: z.string(),
});
export type ErasureResult = z.infer<typeof erasureResult>;

/** Erasures whose rows are gone; `pending` still has copies in files to remove. */
export const erasureStatus = z.object({
  pending: z.number().int(),
  finishedOnStart: z.array(z.object({ id, erasedAt: z.string(), filesDoneAt: z.string(), filesRemoved: z.number().int() })),
});
export type ErasureStatus = z.infer<typeof erasureStatus>;

export const RETENTION_DEFAULT_YEARS = 6;

export const retentionInput = z
  .object({ years: z.number().int('must be a whole number of years').min(1, 'must be at least 1 year').max(50, 'must be at most 50 years') })
  .strict();

export const retentionReview = z.object({
  years: z.number().int(),
  due: z.array(z.object({ memberId: id, name: z.string(), jobTitle: z.string(), leftOn: isoDate, dueSince: isoDate })),
});
export type RetentionReview = z.infer<typeof retentionReview>;

// ---- Subject access requests -------------------------------------------------------------

export const sarRecordInput = z.object({ memberId: id, receivedOn: isoDate }).strict();

export const sarExtendInput = z
  .object({
    id,
    months: z.number().int('must be a whole number of months').min(1, 'must be 1 or 2').max(MAX_EXTENSION_MONTHS, 'must be 1 or 2'),
    reason: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
    /** The day the person was told of the extension and why: it must fall within the first month. */
    toldOn: isoDate,
  })
  .strict();

export const sarCompleteInput = z.object({ id, completedOn: isoDate }).strict();

export const sarWithholdInput = z
  .object({
    requestId: id,
    ref: recordRef,
    exemption: z.enum(SAR_EXEMPTION_KEYS),
    reason: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
  })
  .strict();

export const sarReleaseInput = z.object({ requestId: id, ref: recordRef }).strict();

export const sarMentionInput = z.object({ requestId: id, ref: recordRef, include: z.boolean() }).strict();

export const subjectAccessRequest = z.object({
  id,
  memberId: id,
  receivedOn: isoDate,
  extensionMonths: z.number().int(),
  extensionReason: z.string(),
  toldOfExtensionOn: isoDate.nullable(),
  completedOn: isoDate.nullable(),
  firstMonthEndsOn: isoDate,
  dueOn: isoDate,
  respondBy: isoDate,
  /** Days from today to `respondBy` (negative when overdue). */
  daysLeft: z.number().int(),
});
export type SubjectAccessRequest = z.infer<typeof subjectAccessRequest>;

export const sarList = z.object({ requests: z.array(subjectAccessRequest) });

/** A field of the person's own records the manager may withhold (private notes above all). */
export const sarItem = z.object({
  ref: recordRef,
  where: z.string(),
  text: z.string(),
  withheld: z.object({ exemption: z.enum(SAR_EXEMPTION_KEYS), reason: z.string() }).nullable(),
});
export type SarItem = z.infer<typeof sarItem>;

export const sarReview = z.object({
  request: subjectAccessRequest,
  /** Private notes written by the manager: included unless withheld under a recorded exemption. */
  privateNotes: z.array(sarItem),
  /** Mentions in other people's records, with the manager's decision (null: not yet reviewed). */
  mentions: z.array(mention.extend({ include: z.boolean().nullable() })),
  terms: z.array(z.string()),
});
export type SarReview = z.infer<typeof sarReview>;
