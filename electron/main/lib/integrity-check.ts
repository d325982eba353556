import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * `PRAGMA quick_check` reads every page of the file: about 8 ms per MB here, so seconds for a
 * regional network's database. At start-up it runs here, in a worker thread on its own read-only
 * connection, so the window is not kept waiting and the main process keeps answering meanwhile.
 *
 * - 'ok': the check passed;
 * - 'damaged': SQLite reported damage (or the file is not a database);
 * - 'unchecked': the check could not run (e.g. the worker failed to start): not evidence of damage.
 */
export type IntegrityResult = 'ok' | 'damaged' | 'unchecked';

// Plain JavaScript so it runs as-is in a worker, from the sources (tests) and from the bundle alike.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
let result = 'unchecked';
try {
  const options = { readonly: true, fileMustExist: true };
  if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
  db = new Database(workerData.file, options);
  const rows = db.pragma('quick_check');
  result = rows.length === 1 && rows[0].quick_check === 'ok' ? 'ok' : 'damaged';
} catch (error) {
  const code = String((error && error.code) || '');
  result = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? 'damaged' : 'unchecked';
} finally {
  try { if (db) db.close(); } catch {}
}
parentPort.postMessage(result);
`;

/** Runs `PRAGMA quick_check` over `file` in a worker thread; never rejects. */
export function quickCheckOffThread(file: string, nativeBinding?: string): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const driver = createRequire(__filename).resolve('better-sqlite3');
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, nativeBinding, driver } });
    } catch {
      resolve('unchecked');
      return;
    }
    let settled = false;
    const finish = (result: IntegrityResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    worker.once('message', (result: IntegrityResult) => finish(result));
    worker.once('error', () => finish('unchecked'));
    worker.once('exit', () => finish('unchecked'));
  });
}
