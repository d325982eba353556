import { z } from 'zod';
import { fieldLabel } from '../../../shared/field-labels';
import { AppError, type AppErrorData } from '../../../shared/result';

const pathOf = (path: PropertyKey[]): string => path.map(String).join('.');
const PREDICATES = ['is ', 'must ', 'has ', 'cannot '];

/** Turns the first zod issue into a typed error that names the field in words and the reason. */
export function fromZodError(error: z.ZodError): AppErrorData {
  const issue = error.issues[0];
  if (!issue) return { code: 'VALIDATION', message: 'The input is not valid.' };
  const field = pathOf(issue.path);
  const reason = issue.message.startsWith('Invalid input: ') ? issue.message.slice('Invalid input: '.length) : issue.message;
  if (!field) return { code: 'VALIDATION', message: `Input ${reason}` };
  const label = fieldLabel(field);
  // Our own messages are predicates ("is required", "must be ..."); zod's defaults are sentences.
  const message = PREDICATES.some((p) => reason.startsWith(p)) ? `${label} ${reason}` : `${label}: ${reason}`;
  return { code: 'VALIDATION', message, field };
}

/**
 * Services still write "dueOn must be …" (issue #21 moves them to message keys): the
 * field's internal name at the start of its own error becomes its words here, so no
 * message leaves the main process naming `dueOn`, `signedOn` or `jobTitle`.
 */
export function wordFieldName(error: AppErrorData): AppErrorData {
  if (!error.field) return error;
  for (const key of new Set([error.field, error.field.split('.').pop() ?? error.field])) {
    for (const after of [' ', ': ']) {
      if (error.message.startsWith(`${key}${after}`)) {
        return { ...error, message: `${fieldLabel(key)}${after}${error.message.slice(key.length + after.length)}` };
      }
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
  if (error instanceof AppError) return wordFieldName(error.toData());
  if (error instanceof z.ZodError) return fromZodError(error);
  const sqlite = error as SqliteLikeError;
  if (typeof sqlite?.code === 'string' && sqlite.code.startsWith('SQLITE_CONSTRAINT')) {
    const conflict = sqlite.code === 'SQLITE_CONSTRAINT_UNIQUE' || sqlite.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
    return {
      code: conflict ? 'CONFLICT' : 'VALIDATION',
      message: conflict
        ? 'That would duplicate a record that already exists.'
        : 'That change breaks a rule of the data store and was not saved.',
    };
  }
  log(error);
  return { code: 'INTERNAL', message: 'Something went wrong inside the app; nothing was saved. The details are in the log.' };
}
