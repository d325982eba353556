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
