import fs from 'node:fs';
import path from 'node:path';

export const SQLITE_BINDING_ENV = 'WORKBENCH_SQLITE_BINDING';

/**
 * Electron needs better-sqlite3 built for its own ABI. That build lives apart
 * from node_modules (which keeps the Node build that `npm test` uses), in
 * native/electron-<version>/, made by `node scripts/build-electron-sqlite.mjs`.
 */
export function electronSqliteBinding(appRoot: string, electronVersion: string, env = process.env): string | undefined {
  const override = env[SQLITE_BINDING_ENV];
  if (override) return override;
  const candidate = path.join(appRoot, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

/** The cipher driver's Electron build (better-sqlite3-multiple-ciphers), kept beside better-sqlite3's. */
export const CIPHER_BINDING_FILE = 'better_sqlite3_multiple_ciphers.node';
export const cipherBindingBeside = (sqliteBinding: string): string | undefined => {
  const candidate = path.join(path.dirname(sqliteBinding), CIPHER_BINDING_FILE);
  return fs.existsSync(candidate) ? candidate : undefined;
};
