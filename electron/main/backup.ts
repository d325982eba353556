import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/domains/system';

export const BACKUPS_TO_KEEP = 7;
const PATTERN = /^workbench-(\d{8}T\d{6}Z)\.sqlite$/;

export const backupDirOf = (dataDir: string) => path.join(dataDir, 'backups');

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
const unstamp = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDirOf(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((fileName) => ({ fileName, match: PATTERN.exec(fileName) }))
    .filter((f): f is { fileName: string; match: RegExpExecArray } => f.match !== null)
    .map(({ fileName, match }) => ({
      fileName,
      createdAt: unstamp(match[1] as string),
      sizeBytes: fs.statSync(path.join(dir, fileName)).size,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Copies the live database with SQLite's online backup API (safe while the app
 * writes), then keeps only the newest `keep` copies.
 */
export async function createRollingBackup(
  db: Database.Database,
  dataDir: string,
  now: Date,
  keep = BACKUPS_TO_KEEP,
): Promise<BackupInfo> {
  const dir = backupDirOf(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `workbench-${stamp(now)}.sqlite`;
  const target = path.join(dir, fileName);
  const partial = `${target}.partial`;
  await db.backup(partial);
  fs.renameSync(partial, target);
  for (const old of listBackups(dataDir).slice(keep)) fs.rmSync(path.join(dir, old.fileName), { force: true });
  const info = listBackups(dataDir).find((b) => b.fileName === fileName);
  if (!info) throw new Error(`Backup ${fileName} was not written`);
  return info;
}
