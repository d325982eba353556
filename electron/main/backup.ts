import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/domains/system';
import { ensurePrivateDir, fsyncDir, makePrivate } from './data-dir';
import { countMembersInFile } from './domains/system/repo';


export const BACKUPS_TO_KEEP = 7;
/** `workbench-20261123T100000Z.sqlite`, with `-2`, `-3`… when several are taken in the same second. */
export const BACKUP_FILE_PATTERN = /^workbench-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite$/;

export const backupDirOf = (dataDir: string) => path.join(dataDir, 'backups');

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
const unstamp = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;

const serial = (fileName: string) => Number(BACKUP_FILE_PATTERN.exec(fileName)?.[2] ?? 1);

/** `countMembers` lets an encrypted workbench read its encrypted backups. */
export function listBackups(dataDir: string, countMembers: (file: string) => number | null = countMembersInFile): BackupInfo[] {
  const dir = backupDirOf(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((fileName) => ({ fileName, match: BACKUP_FILE_PATTERN.exec(fileName) }))
    .filter((f): f is { fileName: string; match: RegExpExecArray } => f.match !== null)
    .map(({ fileName, match }) => ({
      fileName,
      createdAt: unstamp(match[1] as string),
      sizeBytes: fs.statSync(path.join(dir, fileName)).size,
      memberCount: countMembers(path.join(dir, fileName)),
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || serial(b.fileName) - serial(a.fileName));
}

/**
 * SQLite's backup API refuses an encrypted source (the copy would need the key),
 * so an encrypted store is checkpointed and its already-encrypted file copied.
 * The driver is synchronous and this process is the only writer, so nothing can
 * change between the checkpoint and the copy.
 */
function copyEncrypted(db: Database.Database, file: string, target: string) {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result?.busy) throw new Error('The database is busy; the backup was not taken.');
  fs.copyFileSync(file, target);
}

/** A backup copy a killed backup left half-written, and its journal. */
const LEFTOVER_PARTIAL = /^workbench-[0-9TZ-]+\.sqlite\.partial(-wal|-shm|-journal)?$/;

/**
 * Copies the live database with SQLite's online backup API (safe while the app
 * writes), then keeps only the newest `keep` copies, plus any named in `protect`
 * (the good backup a damaged store's notice points at). Copies are 0600 in a
 * 0700 folder, whatever the umask.
 */
export async function createRollingBackup(
  db: Database.Database,
  dataDir: string,
  now: Date,
  keep = BACKUPS_TO_KEEP,
  encrypted: { file: string; countMembers: (file: string) => number | null } | null = null,
  protect: readonly string[] = [],
  /** Opens the copy with the right driver, binding and key (the app knows them). */
  openCopy: (file: string) => Database.Database = (file) => new Database(file, { fileMustExist: true }),
): Promise<BackupInfo> {
  const dir = backupDirOf(dataDir);
  ensurePrivateDir(dir);
  // Backups run one at a time (on the write queue): a `.partial` copy here now is one a kill interrupted.
  for (const f of fs.readdirSync(dir)) if (LEFTOVER_PARTIAL.test(f)) fs.rmSync(path.join(dir, f), { force: true });
  const nameFor = (i: number) => `workbench-${stamp(now)}${i > 1 ? `-${i}` : ''}.sqlite`;
  // Above every serial of this second still present, so the new copy sorts newest (rotation may have freed a lower one).
  const taken = fs.readdirSync(dir).map((f) => BACKUP_FILE_PATTERN.exec(f.replace(/\.partial$/, ''))).filter((m) => m?.[1] === stamp(now));
  let n = Math.max(0, ...taken.map((m) => Number(m?.[2] ?? 1))) + 1;
  while (fs.existsSync(path.join(dir, nameFor(n))) || fs.existsSync(path.join(dir, `${nameFor(n)}.partial`))) n += 1;
  const fileName = nameFor(n);
  const target = path.join(dir, fileName);
  const partial = `${target}.partial`;
  if (encrypted) copyEncrypted(db, encrypted.file, partial);
  else await db.backup(partial);
  // A backup is one self-contained file: in WAL mode every later reader would leave -wal/-shm files beside it.
  const copy = openCopy(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  makePrivate(partial);
  fs.renameSync(partial, target);
  fsyncDir(dir);
  // The copy just taken is never rotated away, even when the clock reads earlier than older copies.
  const evicted = listBackups(dataDir, () => null).slice(keep).filter((b) => b.fileName !== fileName && !protect.includes(b.fileName));
  for (const old of evicted) fs.rmSync(path.join(dir, old.fileName), { force: true });
  const info = listBackups(dataDir, encrypted?.countMembers).find((b) => b.fileName === fileName);
  if (!info) throw new Error(`Backup ${fileName} was not written`);
  return info;
}
