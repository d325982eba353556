/** Worker-thread entry for import parsing (see parse-off-thread.ts): answers each job it is sent, in order. */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/result';
import { rowsFromJson } from '../domains/skills/import';
import type { ImportJob, WorkerReply } from './parse-off-thread';
import type { PackedTable } from './tabular';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_LINES, parseTabularPacked } from './tabular';
import { readAllSheets } from './xlsx-reader';

function run(job: ImportJob): WorkerReply {
  try {
    if (job.kind === 'workbook') {
      return { ok: true, value: readAllSheets(Buffer.from(job.content, 'base64'), { maxRow: MAX_IMPORT_LINES, maxColumn: MAX_IMPORT_COLUMNS }) };
    }
    return { ok: true, value: job.kind === 'table' ? parseTabularPacked(job.format, job.content) : rowsFromJson(job.content) };
  } catch (error) {
    return error instanceof AppError
      ? { ok: false, error: error.toData() }
      : { ok: false, error: { code: 'VALIDATION', key: 'stated', message: 'The file could not be read.', field: 'content' } };
  }
}

/** A packed table's buffers move to the main thread instead of being copied. */
function transferable(reply: WorkerReply): ArrayBuffer[] {
  const value = reply.ok ? (reply.value as Partial<PackedTable> | null) : null;
  return value?.cellEnds instanceof Uint32Array && value.rowEnds instanceof Uint32Array && value.rowNumbers instanceof Uint32Array
    ? [value.cellEnds.buffer, value.rowEnds.buffer, value.rowNumbers.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)
    : [];
}

parentPort?.on('message', (job: ImportJob) => {
  const reply = run(job);
  parentPort?.postMessage(reply, transferable(reply));
});
