import { toErrorData } from '../../../electron/main/ipc/errors';
import { AppError, type AppErrorData, type ErrorCode, type ErrorKey, type ErrorParams } from '../../../shared/result';

type Thrown =
  /** `new AppError(code, message, field)`: a whole sentence for one situation. */
  | { code: ErrorCode; message: string; field?: string }
  /** `AppError.rule(code, field, rule, key)`: a rule about a field, worded beside the check. */
  | { code: ErrorCode; field: string; rule: string; key?: ErrorKey }
  /** `AppError.of(code, key, { field, params })`. */
  | { code: ErrorCode; key: ErrorKey; field?: string; params?: ErrorParams };

/**
 * The error data the main process sends when a service throws what `thrown` describes (a fake throws
 * this, so the renderer gets exactly what it would get from the app).
 */
export function mainError(thrown: Thrown): AppErrorData {
  if ('message' in thrown) return toErrorData(new AppError(thrown.code, thrown.message, thrown.field));
  if ('rule' in thrown) return toErrorData(AppError.rule(thrown.code, thrown.field, thrown.rule, thrown.key));
  return toErrorData(AppError.of(thrown.code, thrown.key, { ...(thrown.field !== undefined ? { field: thrown.field } : {}), ...(thrown.params ? { params: thrown.params } : {}) }));
}
