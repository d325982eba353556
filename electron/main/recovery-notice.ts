import fs from 'node:fs';
import path from 'node:path';
import { startupNotice, type StartupNotice } from '../../shared/domains/system';
import { fsyncDir, makePrivate } from './data-dir';

/**
 * The "your database was damaged" notice is kept on disk beside the store until
 * the manager restores a backup or dismisses it: a restart must not make it
 * (and the way back to the good backup) disappear.
 */
export const NOTICE_FILE_NAME = 'recovery-notice.json';

const noticeFile = (dataDir: string) => path.join(dataDir, NOTICE_FILE_NAME);

export function readNotice(dataDir: string): StartupNotice | null {
  try {
    const parsed = startupNotice.safeParse(JSON.parse(fs.readFileSync(noticeFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written beside and renamed, so a kill never leaves half a notice. */
export function writeNotice(dataDir: string, notice: StartupNotice): void {
  const file = noticeFile(dataDir);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(notice), { mode: 0o600 });
  makePrivate(`${file}.tmp`);
  fs.renameSync(`${file}.tmp`, file);
  fsyncDir(dataDir);
}

export function clearNotice(dataDir: string): void {
  fs.rmSync(noticeFile(dataDir), { force: true });
}
