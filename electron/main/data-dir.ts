import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Staff Development Workbench';
export const DATA_DIR_ENV = 'WORKBENCH_DATA_DIR';
export const DATABASE_FILE_NAME = 'workbench.sqlite';

/**
 * Where the manager's data lives: WORKBENCH_DATA_DIR if set, otherwise the same
 * per-user folder Electron's `app.getPath('userData')` uses, so the desktop app
 * and `npm run start:web` share one store.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const override = env[DATA_DIR_ENV];
  if (override) return path.resolve(override);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

/**
 * The data folder and every file the workbench writes in it are the manager's
 * alone, whatever the umask: folders 0700, files 0600. Modes are set after
 * creation because `mkdir`/`open` modes are filtered by the umask.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform !== 'win32') fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Narrows a file's mode to 0600 (no-op when it does not exist). */
export function makePrivate(file: string): void {
  if (process.platform === 'win32') return;
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** A database and the WAL/shared-memory files SQLite keeps beside it. */
export const withSidecars = (file: string) => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

/** Makes a rename durable: the folder's entry is flushed, not only the file. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
