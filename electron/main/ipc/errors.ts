import { z } from 'zod';
import { AppError, type AppErrorData } from '../../../shared/result';

const pathLabel = (path: PropertyKey[]): string => path.map(String).join('.');

/** Turns the first zod issue into a typed error that names the field and the reason. */
export function fromZodError(error: z.ZodError): AppErrorData {
  const issue = error.issues[0];
  if (!issue) return { code: 'VALIDATION', message: 'The input is not valid.' };
  const field = pathLabel(issue.path);
  if (!field) return { code: 'VALIDATION', message: `Input ${issue.message.replace(/^Invalid input: /, '')}` };
  // Our own messages are predicates ("is required", "must be ..."); zod's defaults are sentences.
  const message = /^(is|must|has|cannot)\b/.test(issue.message)
    ? `${field} ${issue.message}`
    : `${field}: ${issue.message.replace(/^Invalid input: /, '')}`;
  return { code: 'VALIDATION', message, field };
}

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/** Maps anything a handler throws to error data; unknown errors become INTERNAL without leaking internals. */
export function toErrorData(error: unknown, log: (e: unknown) => void = console.error): AppErrorData {
  if (error instanceof AppError) return error.toData();
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
