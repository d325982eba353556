import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/result';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Vite inlines every numbered migration at build time (vitest does the same), so
 * the bundled app never looks for .sql files on disk. Plain Node via tsx (the
 * crash-test writer, seed and bench scripts) has no import.meta.glob: it reads the
 * folder beside this file instead.
 */
function loadMigrationFiles(): Record<string, string> {
  try {
    return import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  } catch {
    const dir = path.join(__dirname, 'migrations');
    return Object.fromEntries(
      fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => [`./migrations/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]),
    );
  }
}
const files = loadMigrationFiles();

export const MIGRATIONS: Migration[] = Object.entries(files)
  .map(([file, sql]) => {
    const match = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file name must be NNNN_name.sql: ${file}`);
    return { version: Number(match[1]), name: match[2] as string, sql };
  })
  .sort((a, b) => a.version - b.version);

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1..n without gaps; found ${m.version} at ${i + 1}`);
});

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export const schemaVersionOf = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

export function assertNotFromTheFuture(db: Database.Database): void {
  const current = schemaVersionOf(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'UNSUPPORTED',
      `This database was saved by a newer version of Staff Development Workbench (schema ${current}; this app knows up to ${LATEST_SCHEMA_VERSION}). Please update the app. The file has not been changed.`,
    );
  }
}

/** Applies pending migrations, one transaction each; refuses a database from a newer app. */
export function migrate(db: Database.Database, upTo: number = LATEST_SCHEMA_VERSION): number {
  assertNotFromTheFuture(db);
  const current = schemaVersionOf(db);
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersionOf(db);
}
