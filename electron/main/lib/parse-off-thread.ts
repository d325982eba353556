import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorData } from '../../../shared/result';
import { unpackTable, type PackedTable, type Table } from './tabular';

/**
 * Import files are parsed in a worker thread: the main process keeps answering
 * while a large file is read, and a file that still manages to ask for too much
 * memory or time ends the worker, not the app. One worker is kept (idle, it does
 * not hold the process open) and takes one file at a time, so starting a thread
 * costs nothing per import and two large files never need twice the memory.
 */

export type ImportJob =
  | { kind: 'table'; format: 'csv' | 'xlsx' | 'json'; content: string }
  | { kind: 'framework-json'; content: string }
  | { kind: 'workbook'; content: string };

export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: AppErrorData };

export interface ImportWorkerLimits {
  /** Heap for the worker; the largest accepted file needs a fraction of this. */
  maxOldGenerationSizeMb: number;
  timeoutMs: number;
}

export const IMPORT_WORKER_LIMITS: ImportWorkerLimits = { maxOldGenerationSizeMb: 256, timeoutMs: 30_000 };

/** The built worker sits beside the bundle (out/main); from the sources (tests) it runs through tsx. */
function spawnWorker(limits: ImportWorkerLimits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 };
  // This code may be bundled into out/main or into a chunk under it.
  const built = [__dirname, path.dirname(__dirname)].map((dir) => path.join(dir, 'import-worker.js')).find((f) => fs.existsSync(f));
  if (built) return new Worker(built, { resourceLimits });
  const source = path.join(__dirname, 'import-worker.ts');
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits });
}

const tooMuch = (what: string) =>
  new AppError('VALIDATION', `The file needs more ${what} to read than an import allows. Save just the table you need as a new file and try again.`, 'content');
const unreadable = () => new AppError('INTERNAL', 'The file could not be read.', 'content');

let current: { worker: Worker; limits: ImportWorkerLimits } | null = null;
let queue: Promise<unknown> = Promise.resolve();

function workerFor(limits: ImportWorkerLimits): Worker {
  if (current && (current.limits.maxOldGenerationSizeMb !== limits.maxOldGenerationSizeMb)) {
    void current.worker.terminate();
    current = null;
  }
  current ??= { worker: spawnWorker(limits), limits };
  return current.worker;
}

function runNow<T>(job: ImportJob, limits: ImportWorkerLimits): Promise<T> {
  const worker = workerFor(limits);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const discard = () => {
      if (current?.worker === worker) current = null;
      void worker.terminate();
    };
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.unref();
      fn();
    };
    const onMessage = (reply: WorkerReply) =>
      finish(() => (reply.ok ? resolve(reply.value as T) : reject(new AppError(reply.error.code, reply.error.message, reply.error.field, reply.error))));
    const onError = (error: Error & { code?: string }) => {
      discard();
      finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuch('memory') : unreadable()));
    };
    const onExit = () => {
      discard();
      finish(() => reject(unreadable()));
    };
    const timer = setTimeout(() => {
      discard();
      finish(() => reject(tooMuch('time')));
    }, limits.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.ref();
    worker.postMessage(job);
  });
}

/** Runs one parse in the import worker, after any that are already running. */
export function runImportJob<T>(job: ImportJob, limits: ImportWorkerLimits = IMPORT_WORKER_LIMITS): Promise<T> {
  const result = queue.then(() => runNow<T>(job, limits));
  queue = result.catch(() => undefined);
  return result;
}

/** CSV or .xlsx content to a table, off the main thread. */
export const parseTabular = async (format: 'csv' | 'xlsx' | 'json', content: string): Promise<Table> =>
  unpackTable(await runImportJob<PackedTable>({ kind: 'table', format, content }));

/** Every sheet of an .xlsx workbook (base64) by name, off the main thread, bounded as a table import. */
export const parseWorkbookSheets = (content: string): Promise<Record<string, string[][]>> =>
  runImportJob<Record<string, string[][]>>({ kind: 'workbook', content });
