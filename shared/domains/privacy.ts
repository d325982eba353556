import { z } from 'zod';
import { exportedFile, id, isoDate } from './common';

export const subjectAccessInput = z
  .object({
    memberId: id,
    /** A manager's private notes may be withheld where an exemption applies; the pack says how many were. */
    includePrivateNotes: z.boolean().default(false),
  })
  .strict();

export const subjectAccessPack = z.object({
  json: exportedFile,
  pdf: exportedFile,
  tables: z.number().int(),
  rows: z.number().int(),
  withheldPrivateNotes: z.number().int(),
});
export type SubjectAccessPack = z.infer<typeof subjectAccessPack>;

export const eraseInput = z
  .object({
    memberId: id,
    /** The member's full name, typed by the manager: erasure cannot be undone. */
    confirmName: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    /** Backups still hold the person; delete them too (a fresh backup is taken afterwards). */
    purgeBackups: z.boolean().default(true),
  })
  .strict();

export const erasureResult = z.object({
  name: z.string(),
  deletedRows: z.number().int(),
  anonymisedRows: z.number().int(),
  scrubbedMentions: z.number().int(),
  backupsDeleted: z.number().int(),
});
export type ErasureResult = z.infer<typeof erasureResult>;

export const RETENTION_DEFAULT_YEARS = 6;

export const retentionInput = z
  .object({ years: z.number().int('must be a whole number of years').min(1, 'must be at least 1 year').max(50, 'must be at most 50 years') })
  .strict();

export const retentionReview = z.object({
  years: z.number().int(),
  due: z.array(z.object({ memberId: id, name: z.string(), jobTitle: z.string(), leftOn: isoDate, dueSince: isoDate })),
});
export type RetentionReview = z.infer<typeof retentionReview>;
