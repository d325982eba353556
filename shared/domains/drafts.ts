import { z } from 'zod';
import { id } from './common';

/** Longest draft kept: above every free-text limit in the app (one-to-one notes allow 20,000 characters). */
export const DRAFT_MAX = 50_000;

/**
 * A draft's key names the form, the record and the field, e.g. `oneToOne:12:sharedNotes`
 * or `cpd:new:3:reflection`: letters, digits and `:_.-` only, so keys stay predictable.
 */
export const draftKey = z
  .string()
  .min(1, 'is required')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9:_.-]+$/, 'may hold only letters, digits and : _ . -');

export const draftSaveInput = z
  .object({
    key: draftKey,
    /** The team member the text is about: erasing them removes the draft. */
    memberId: id.nullable().default(null),
    body: z.string().max(DRAFT_MAX, `must be at most ${DRAFT_MAX} characters`),
  })
  .strict();
export type DraftSaveInput = z.input<typeof draftSaveInput>;

export const draft = z.object({ key: z.string(), body: z.string(), updatedAt: z.string() });
export type Draft = z.infer<typeof draft>;

export const draftKeyInput = z.object({ key: draftKey }).strict();
