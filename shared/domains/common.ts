import { z } from 'zod';
import { isoDateProblem } from '../dates';

export const id = z.number().int('must be a whole number').positive('must be a positive id');
export const byId = z.object({ id }).strict();

/** Stored as ISO; the message speaks of dd/mm/yyyy, the way the manager types dates. */
export const isoDate = z.string().superRefine((value, ctx) => {
  const problem = isoDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// Control characters but tab and line feed (C0, DEL, C1), the bidirectional embedding, override and isolate marks
// (U+202E makes the rest of a name read backwards), and the non-characters U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNWANTED = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/**
 * Free text as it is kept: a carriage return, vertical tab (Word's manual line break) or form feed becomes a line
 * break, and the characters above are dropped, so pasted text can neither hide words nor break an export.
 */
export const cleanText = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- line breaks written as control characters become line feeds
  text.replace(/\r\n?|[\u000b\u000c]/g, '\n').replace(UNWANTED, '');

/** Required free text: cleaned, trimmed, not empty, bounded. */
export const requiredText = (max: number) =>
  z
    .string()
    .overwrite(cleanText)
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);

/** Optional free text: '' means "not given". */
export const optionalText = (max: number) =>
  z.string().overwrite(cleanText).trim().max(max, `must be at most ${max} characters`);

/** A file produced for the user to save (CSV text, or base64 for binary formats). */
export const exportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof exportedFile>;

/** 8 MB of text or base64: large enough for a big team spreadsheet, small enough to parse safely. */
export const MAX_IMPORT_CHARS = 8 * 1024 * 1024;

export const importFileInput = z
  .object({
    fileName: z.string().trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
    format: z.enum(['csv', 'xlsx', 'json']),
    content: z.string().max(MAX_IMPORT_CHARS, 'file is too large (limit 8 MB)'),
  })
  .strict();
export type ImportFileInput = z.infer<typeof importFileInput>;

export const rowError = z.object({ field: z.string(), message: z.string() });
export type RowError = z.infer<typeof rowError>;
