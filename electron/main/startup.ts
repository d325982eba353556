import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StartupNotice } from '../../shared/domains/system';
import { AppError } from '../../shared/result';
import { createWorkbench, type AppOptions, type WorkbenchApp } from './app';
import { listBackups } from './backup';
import { DATABASE_FILE_NAME } from './data-dir';
import { isEncryptedFile } from './db/encryption';
import { resumeErasures } from './domains/privacy/erasure-files';

export type StartResult =
  | { ok: true; app: WorkbenchApp; startupBackup: Promise<unknown> }
  | { ok: false; message: string };

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

/**
 * Is the file a readable workbench database? A zero-byte file beside existing
 * backups counts as damaged: SQLite would happily treat it as a new, empty store.
 */
export function checkDatabaseFile(file: string, nativeBinding?: string): 'missing' | 'ok' | 'damaged' {
  if (!fs.existsSync(file)) return 'missing';
  // Without the passphrase an encrypted store cannot be checked; unlocking it is the check.
  if (isEncryptedFile(file)) return 'ok';
  if (fs.statSync(file).size === 0) return listBackups(path.dirname(file)).length > 0 ? 'damaged' : 'ok';
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok' ? 'ok' : 'damaged';
  } catch {
    return 'damaged';
  } finally {
    db?.close();
  }
}

/** Moves a damaged database (and its WAL files) aside, never deleting or overwriting it. */
function moveAside(file: string, now: Date): string {
  const target = `${file}.damaged-${stamp(now)}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${target}${suffix}`);
  }
  return target;
}

/**
 * Opens the store and takes the start-up backup. A database from a newer app is
 * refused untouched; a damaged one is moved aside and the manager is offered the
 * newest good backup. Refusals are reported, never thrown.
 */
export function startWorkbench(options: AppOptions): StartResult {
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  let notice: StartupNotice | null = null;
  if (!options.db && checkDatabaseFile(file, options.nativeBinding) === 'damaged') {
    const movedTo = moveAside(file, (options.clock ?? (() => new Date()))());
    const newestBackup = listBackups(options.dataDir).find((b) => b.memberCount !== null) ?? null;
    notice = {
      kind: 'damaged-database',
      movedTo,
      newestBackup,
      message:
        `The workbench's database could not be read: the file is damaged. It has been kept, unchanged, at ${movedTo}. ` +
        (newestBackup ? 'You can restore the newest good backup now.' : 'There is no backup to restore, so the workbench starts empty.'),
    };
  }
  let app: WorkbenchApp;
  try {
    app = createWorkbench({ ...options, notice });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
  if (notice) console.error(notice.message);
  // A locked store is backed up once it is unlocked.
  const startupBackup = notice || app.isLocked()
    ? Promise.resolve()
    : resumeErasures(app.ctx).then(() => app.backup()).catch((error: unknown) => console.error('Start-up backup failed:', error));
  return { ok: true, app, startupBackup };
}
