import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorData } from '../../../shared/result';
import type { Table } from './tabular';

/**
 * Import files are parsed in a worker thread: the main process keeps answering
 * while a large file is read, and a file that still manages to ask for too much
 * memory or time ends the worker, not the app.
 */

export type ImportJob =
  | { kind: 'table'; format: 'csv' | 'xlsx' | 'json'; content: string }
  | { kind: 'framework-json'; content: string };

export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: AppErrorData };

export const IMPORT_WORKER_LIMITS = {
  /** Heap for one parse; the largest accepted file needs a fraction of this. */
  maxOldGenerationSizeMb: 256,
  timeoutMs: 30_000,
};

/** The built worker sits beside the bundle (out/main); from the sources (tests) it runs through tsx. */
function spawnWorker(job: ImportJob, limits: typeof IMPORT_WORKER_LIMITS): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 };
  // This code may be bundled into out/main or into a chunk under it.
  const built = [__dirname, path.dirname(__dirname)].map((dir) => path.join(dir, 'import-worker.js')).find((f) => fs.existsSync(f));
  if (built) return new Worker(built, { workerData: job, resourceLimits });
  const source = path.join(__dirname, 'import-worker.ts');
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, workerData: job, resourceLimits });
}

const tooMuch = (what: string) =>
  new AppError('VALIDATION', `The file needs more ${what} to read than an import allows. Save just the table you need as a new file and try again.`, 'content');

export function runImportJob<T>(job: ImportJob, limits = IMPORT_WORKER_LIMITS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const worker = spawnWorker(job, limits);
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(tooMuch('time'))), limits.timeoutMs);
    worker.once('message', (reply: WorkerReply) =>
      finish(() => (reply.ok ? resolve(reply.value as T) : reject(new AppError(reply.error.code, reply.error.message, reply.error.field)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuch('memory') : new AppError('INTERNAL', 'The file could not be read.', 'content'))),
    );
    worker.once('exit', () => finish(() => reject(new AppError('INTERNAL', 'The file could not be read.', 'content'))));
  });
}

/** CSV or .xlsx content to a table, off the main thread. */
export const parseTabular = (format: 'csv' | 'xlsx' | 'json', content: string): Promise<Table> =>
  runImportJob<Table>({ kind: 'table', format, content });
