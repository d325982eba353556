import { z } from 'zod';
import { errorData, issueToErrorData, wordError, type AppErrorData } from '../../../shared/errors';
import { fieldLabel } from '../../../shared/field-labels';
import { AppError } from '../../../shared/result';

/** Turns the first zod issue into error data: a key from the issue's kind, its limits as params, the field. */
export function fromZodError(error: z.ZodError): AppErrorData {
  return issueToErrorData(error.issues[0]);
}

const PREDICATES = ['is ', 'must ', 'has ', 'cannot '];

/**
 * A service that has not named a key yet writes a sentence that starts with the field ("dueOn must
 * be …", "memberId: Ada has left"). Until it passes a key (issue #21), the part after the field
 * travels as `rule` or `detail`, so the renderer words it with its own label and no message
 * leaves the main process naming `dueOn`, `signedOn` or `jobTitle`.
 */
export function statedError(error: AppErrorData): AppErrorData {
  if (!error.field || error.key !== 'stated') return error;
  const names = new Set([error.field, error.field.split('.').pop() ?? error.field, fieldLabel(error.field)]);
  for (const name of names) {
    for (const after of [' ', ': ']) {
      if (!error.message.startsWith(`${name}${after}`)) continue;
      const rest = error.message.slice(name.length + after.length);
      const predicate = PREDICATES.some((p) => rest.startsWith(p));
      // "Start date 04/01/2099 is more than …" is a whole sentence already: it stays as it is.
      if (after === ' ' && !predicate) return error;
      const params: Record<string, string> = after === ' ' ? { rule: rest } : { detail: rest };
      return { ...error, params, message: wordError({ key: 'stated', field: error.field, params }) };
    }
  }
  return error;
}

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/** Maps anything a handler throws to error data; unknown errors become INTERNAL without leaking internals. */
export function toErrorData(error: unknown, log: (e: unknown) => void = console.error): AppErrorData {
  if (error instanceof AppError) return statedError(error.toData());
  if (error instanceof z.ZodError) return fromZodError(error);
  const sqlite = error as SqliteLikeError;
  if (typeof sqlite?.code === 'string' && sqlite.code.startsWith('SQLITE_CONSTRAINT')) {
    const conflict = sqlite.code === 'SQLITE_CONSTRAINT_UNIQUE' || sqlite.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
    return conflict ? errorData('CONFLICT', 'conflict.duplicate') : errorData('VALIDATION', 'storeRule');
  }
  log(error);
  return errorData('INTERNAL', 'internal');
}
