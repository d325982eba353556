import { errorData, type AppErrorData, type ErrorCode, type ErrorKey, type ErrorParams } from './errors';

/** Errors cross the process boundary as data, never as thrown exceptions (shared/errors.ts). */
export { ERROR_CODES, ERROR_KEYS, type AppErrorData, type ErrorCode, type ErrorKey, type ErrorParams } from './errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** Set when the thrower named its message key; otherwise the message is a sentence the main process words into data. */
  readonly key?: ErrorKey;
  readonly params?: ErrorParams;
  constructor(code: ErrorCode, message: string, field?: string, words?: { key: ErrorKey; params?: ErrorParams }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (words) {
      this.key = words.key;
      if (words.params) this.params = words.params;
    }
  }
  /** An error by key: `AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'skill', id: 4 } })`. */
  static of(code: ErrorCode, key: ErrorKey, options: { field?: string; params?: ErrorParams } = {}): AppError {
    const data = errorData(code, key, options);
    return new AppError(code, data.message, data.field, { key, ...(data.params ? { params: data.params } : {}) });
  }
  /**
   * A rule about one field in the words written beside it: `AppError.rule('VALIDATION', 'leftOn', 'cannot be before
   * the start date')` reads "Date left cannot be before the start date", or with the label of the form that shows it.
   */
  static rule(code: ErrorCode, field: string, rule: string, key: ErrorKey = 'invalid', params: ErrorParams = {}): AppError {
    return AppError.of(code, key, { field, params: { ...params, rule } });
  }
  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, key: this.key ?? 'stated', message: this.message };
    if (this.params) data.params = this.params;
    if (this.field !== undefined) data.field = this.field;
    return data;
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorData): Result<never> => ({ ok: false, error });
