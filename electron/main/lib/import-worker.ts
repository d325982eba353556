/** Worker-thread entry for import parsing (see parse-off-thread.ts): answers each job it is sent, in order. */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/result';
import { rowsFromJson } from '../domains/skills/import';
import type { ImportJob, WorkerReply } from './parse-off-thread';
import { parseTabularHere } from './tabular';

function run(job: ImportJob): WorkerReply {
  try {
    return { ok: true, value: job.kind === 'table' ? parseTabularHere(job.format, job.content) : rowsFromJson(job.content) };
  } catch (error) {
    return error instanceof AppError
      ? { ok: false, error: error.toData() }
      : { ok: false, error: { code: 'VALIDATION', message: 'The file could not be read.', field: 'content' } };
  }
}

parentPort?.on('message', (job: ImportJob) => parentPort?.postMessage(run(job)));
