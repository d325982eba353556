import { z } from 'zod';
import { errorData, issueToErrorData, type AppErrorData } from '../../../shared/errors';
import { AppError } from '../../../shared/result';

/** Turns the first zod issue into error data: a key from the issue's kind, its limits as params, the field. */
export function fromZodError(error: z.ZodError): AppErrorData {
  return issueToErrorData(error.issues[0]);
}

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/** Maps anything a handler throws to error data; unknown errors become INTERNAL without leaking internals. */
export function toErrorData(error: unknown, log: (e: unknown) => void = console.error): AppErrorData {
  // A service names its key (AppError.of / AppError.rule) or states a whole sentence; nothing here takes it apart.
  if (error instanceof AppError) return error.toData();
  if (error instanceof z.ZodError) return fromZodError(error);
  const sqlite = error as SqliteLikeError;
  if (typeof sqlite?.code === 'string' && sqlite.code.startsWith('SQLITE_CONSTRAINT')) {
    const conflict = sqlite.code === 'SQLITE_CONSTRAINT_UNIQUE' || sqlite.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
    return conflict ? errorData('CONFLICT', 'conflict.duplicate') : errorData('VALIDATION', 'storeRule');
  }
  log(error);
  return errorData('INTERNAL', 'internal');
}
