import { AppError } from '../../shared/result';
import { createWorkbench, type AppOptions, type WorkbenchApp } from './app';

export type StartResult = { ok: true; app: WorkbenchApp } | { ok: false; message: string };

/** Opens the store and takes the start-up backup; a refusal is reported, never thrown. */
export function startWorkbench(options: AppOptions): StartResult {
  let app: WorkbenchApp;
  try {
    app = createWorkbench(options);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
  app.backup().catch((error: unknown) => console.error('Start-up backup failed:', error));
  return { ok: true, app };
}
