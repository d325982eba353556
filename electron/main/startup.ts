import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StartupNotice } from '../../shared/domains/system';
import { AppError } from '../../shared/result';
import { createWorkbench, type AppOptions, type WorkbenchApp } from './app';
import { backupDirOf, listBackups } from './backup';
import { DATABASE_FILE_NAME } from './data-dir';
import { isEncryptedFile } from './db/encryption';
import { countMembersInFile } from './domains/system/repo';
import { readNotice, writeNotice } from './recovery-notice';
import { resumeErasures } from './domains/privacy/erasure-files';
import { quickCheckOffThread, type IntegrityResult } from './lib/integrity-check';
import { quickCheckPasses, readHeaderAndSchema } from './db/file-check';

export type StartResult =
  | {
      ok: true;
      app: WorkbenchApp;
      /** Settles once start-up's own writes are done: erasures resumed, the whole-file check, the backup. */
      startupBackup: Promise<unknown>;
      /** The whole-file check: before opening for a small file ('ok' by then), in a worker after it for a large one. */
      integrity: Promise<IntegrityResult>;
    }
  | { ok: false; message: string };

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

/**
 * Up to this size the whole file is checked (`PRAGMA quick_check`) before the store opens: a team's file
 * is a few MB and reads in tens of milliseconds. A larger file (a regional network's) gets the header check
 * at start and its whole-file check in a worker once the store is open (see `startWorkbench`).
 */
export const CHECK_BEFORE_OPEN_MAX_BYTES = 16 * 1024 * 1024;

/** The file is shorter than its own header says: pages at the end were cut off. */
function cutShort(file: string, size: number): boolean {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return true;
  } finally {
    fs.closeSync(fd);
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = header.readUInt32BE(28);
  // The page count is only meaningful when "version-valid-for" matches the change counter.
  if (pageSize < 512 || pages === 0 || header.readUInt32BE(92) !== header.readUInt32BE(24)) return false;
  return pages * pageSize > size;
}

/**
 * Is the file a readable workbench database? A zero-byte file beside existing
 * backups counts as damaged: SQLite would happily treat it as a new, empty store.
 * 'whole' reads every page (`PRAGMA quick_check`); 'header' reads the header and the
 * schema only, which finds a file that is not a database, is cut short, or has a broken schema.
 */
export function checkDatabaseFile(file: string, nativeBinding?: string, depth: 'whole' | 'header' = 'whole'): 'missing' | 'ok' | 'damaged' {
  if (!fs.existsSync(file)) return 'missing';
  // Without the passphrase an encrypted store cannot be checked; unlocking it is the check.
  if (isEncryptedFile(file)) return 'ok';
  const size = fs.statSync(file).size;
  if (size === 0) return listBackups(path.dirname(file)).length > 0 ? 'damaged' : 'ok';
  let db: Database.Database | null = null;
  try {
    if (depth === 'header' && cutShort(file, size)) return 'damaged';
    db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    if (depth === 'header') {
      readHeaderAndSchema(db);
      return 'ok';
    }
    return quickCheckPasses(db) ? 'ok' : 'damaged';
  } catch {
    return 'damaged';
  } finally {
    db?.close();
  }
}

/** What the manager is told when the check after start finds damage in the open store. */
const damageFoundAfterStart = (file: string, newestBackup: StartupNotice['newestBackup']): StartupNotice => ({
  kind: 'damaged-database',
  movedTo: file,
  newestBackup,
  message:
    `A check of the workbench's database, run after it opened, found that the file is damaged (${file}). ` +
    "Today's start-up backup was not taken, so the backups still hold your last good copies. " +
    (newestBackup
      ? 'You can restore the newest good backup now; or restart the workbench, which will keep the damaged file aside and offer it again.'
      : 'There is no backup to restore. Restart the workbench: it will keep the damaged file aside and start empty.'),
});

/** Moves a damaged database (and its WAL files) aside, never deleting or overwriting it. */
function moveAside(file: string, now: Date): string {
  const target = `${file}.damaged-${stamp(now)}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${target}${suffix}`);
  }
  return target;
}

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_IOERR_WRITE']);

const readOnlyMessage = (dataDir: string) =>
  `The workbench cannot write to its data folder, ${dataDir}: the folder or its database is read-only, or belongs to another user. ` +
  'Nothing has been changed. Make the folder writable for you (or choose another with WORKBENCH_DATA_DIR or --data-dir), then start the workbench again.';

/** Can this process create files in the folder and write its database? Asked before anything else touches them. */
function isWritable(dataDir: string, file: string): boolean {
  try {
    fs.accessSync(fs.existsSync(dataDir) ? dataDir : path.dirname(dataDir), fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    // Root passes access() on a read-only mount's files; a real write answers truthfully.
    if (fs.existsSync(dataDir)) {
      const probe = path.join(dataDir, `.write-probe-${process.pid}`);
      fs.writeFileSync(probe, '');
      fs.rmSync(probe);
    }
    return true;
  } catch {
    return false;
  }
}

/** The newest backup holding team members, else the newest readable one. */
function newestWithData(options: AppOptions) {
  const readable = listBackups(options.dataDir, (f) => countMembersInFile(f, options.nativeBinding));
  return readable.find((b) => (b.memberCount ?? 0) > 0) ?? readable.find((b) => b.memberCount !== null) ?? null;
}

const isReadOnlyError = (error: unknown) =>
  typeof error === 'object' && error !== null && READ_ONLY_CODES.has(String((error as { code?: unknown }).code));

/**
 * Opens the store and takes the start-up backup. A database from a newer app is
 * refused untouched; a read-only folder or database is refused with a plain
 * message; a damaged one is moved aside and the manager is offered the newest
 * good backup, a notice kept on disk until they restore or dismiss it.
 * Refusals are reported, never thrown.
 */
export function startWorkbench(options: AppOptions): StartResult {
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  if (!options.db && !isWritable(options.dataDir, file)) return { ok: false, message: readOnlyMessage(options.dataDir) };
  let notice: StartupNotice | null = options.db ? null : readNotice(options.dataDir);
  if (notice?.newestBackup && !fs.existsSync(path.join(backupDirOf(options.dataDir), notice.newestBackup.fileName))) {
    // The offered backup is gone (an erasure removes every older copy): offer the newest one left, if any.
    notice = { ...notice, newestBackup: newestWithData(options) };
    writeNotice(options.dataDir, notice);
  }
  let freshDamage = false;
  let app: WorkbenchApp;
  // A large file is checked whole after it opens, unless that check already found it damaged (its notice
  // names the file itself): then it is checked whole now, and set aside.
  const foundDamagedBefore = notice?.kind === 'damaged-database' && notice.movedTo === file;
  const checkLater =
    !options.db && !foundDamagedBefore && fs.existsSync(file) && !isEncryptedFile(file) && fs.statSync(file).size > CHECK_BEFORE_OPEN_MAX_BYTES;
  try {
    if (!options.db && checkDatabaseFile(file, options.nativeBinding, checkLater ? 'header' : 'whole') === 'damaged') {
      const movedTo = moveAside(file, (options.clock ?? (() => new Date()))());
      const newestBackup = newestWithData(options);
      notice = {
        kind: 'damaged-database',
        movedTo,
        newestBackup,
        message:
          `The workbench's database could not be read: the file is damaged. It has been kept, unchanged, at ${movedTo}. ` +
          (newestBackup ? 'You can restore the newest good backup now.' : 'There is no backup to restore, so the workbench starts empty.'),
      };
      writeNotice(options.dataDir, notice);
      freshDamage = true;
    }
    app = createWorkbench({ ...options, notice });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    if (isReadOnlyError(error)) return { ok: false, message: readOnlyMessage(options.dataDir) };
    throw error;
  }
  if (freshDamage && notice) console.error(notice.message);
  const started = app;
  // The whole-file check of a large store runs beside the open app, in a worker. The start-up backup waits
  // for it: a backup of a damaged file could rotate the last good copy away.
  const integrity: Promise<IntegrityResult> = checkLater && !freshDamage ? quickCheckOffThread(file, options.nativeBinding) : Promise.resolve('ok');
  const reportDamage = () => {
    const found = damageFoundAfterStart(file, newestWithData(options));
    writeNotice(options.dataDir, found);
    started.report(found);
    console.error(found.message);
  };
  // A locked store is backed up once it is unlocked; the empty store made after damage needs no copy yet.
  const startupBackup = freshDamage || app.isLocked()
    ? Promise.resolve()
    : app
        // An interrupted erasure is finished first, on the write queue, so no command runs in between.
        .runExclusive(() => resumeErasures(started.ctx))
        .then(() => integrity)
        .then(async (result): Promise<unknown> => (result === 'damaged' ? reportDamage() : started.backup()))
        .catch((error: unknown) => console.error('Start-up backup failed:', error));
  return { ok: true, app, startupBackup, integrity };
}
