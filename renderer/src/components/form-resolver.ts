import { zodResolver as hookformZodResolver } from '@hookform/resolvers/zod';
import { get, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { issueToErrorData, wordError } from '../../../shared/errors';

/**
 * The forms' zod resolver: react-hook-form's, with each field error also carrying the zod issue
 * as error data (`data`, the same mapping the dispatcher uses), so a Field words it with its own
 * label through `wordError` and nothing in the renderer reads the message text. `message` becomes
 * the sentence worded with the field's usual words (shared/field-labels.ts).
 */
export const zodResolver: typeof hookformZodResolver = ((schema: z.ZodType, ...rest: unknown[]) => {
  const inner = (hookformZodResolver as (...args: unknown[]) => Resolver<FieldValues>)(schema, ...rest);
  const resolve: Resolver<FieldValues> = async (values, context, options) => {
    const result = await inner(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return result;
    for (const issue of parsed.error.issues) attach(result.errors, issue);
    return result;
  };
  return resolve;
}) as typeof hookformZodResolver;

function attach(errors: FieldErrors, issue: z.core.$ZodIssue) {
  const path = issue.path.map(String).join('.');
  if (!path) return;
  const at = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  // An error on a whole array sits at `root` (react-hook-form's place for field-array errors).
  const target = at && typeof at.message === 'string' ? at : at?.root && typeof at.root.message === 'string' ? at.root : undefined;
  if (!target || 'data' in target) return;
  // The message is the sentence with the field's usual words, for a form that shows `message` as it is.
  const data = issueToErrorData(issue);
  Object.assign(target, { data, message: wordError(data) });
}
