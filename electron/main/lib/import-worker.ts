/** Worker-thread entry for import parsing (see parse-off-thread.ts). Reads one job, answers once. */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/result';
import { rowsFromJson } from '../domains/skills/import';
import type { ImportJob, WorkerReply } from './parse-off-thread';
import { parseTabularHere } from './tabular';

function run(job: ImportJob): unknown {
  return job.kind === 'table' ? parseTabularHere(job.format, job.content) : rowsFromJson(job.content);
}

let reply: WorkerReply;
try {
  reply = { ok: true, value: run(workerData as ImportJob) };
} catch (error) {
  reply =
    error instanceof AppError
      ? { ok: false, error: error.toData() }
      : { ok: false, error: { code: 'VALIDATION', message: 'The file could not be read.', field: 'content' } };
}
parentPort?.postMessage(reply);
