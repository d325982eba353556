import { toErrorData } from '../../../electron/main/ipc/errors';
import { AppError, type AppErrorData, type ErrorCode } from '../../../shared/result';

/**
 * The error data the main process sends when a service throws `new AppError(code, message, field)`
 * (a fake throws this, so the renderer gets exactly what it would get from the app).
 */
export const mainError = ({ code, message, field }: { code: ErrorCode; message: string; field?: string }): AppErrorData =>
  toErrorData(new AppError(code, message, field));
