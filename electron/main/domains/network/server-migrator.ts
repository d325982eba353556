import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { AppError } from '../../../../shared/result';

/**
 * Numbered migrations of the region's PostgreSQL schema (electron/main/network-server/migrations/
 * NNNN_name.sql), recorded in network_schema_version. No Vite here, so plain Node (tests, a
 * region's set-up script) can apply them; pg-client.ts supplies the files the app was built with.
 */

export interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

/** File name → SQL, to numbered migrations; refuses gaps. */
export function toServerMigrations(files: Record<string, string>): ServerMigration[] {
  const list = Object.entries(files)
    .map(([file, sql]) => {
      const match = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) throw new Error(`Server migration file name must be NNNN_name.sql: ${file}`);
      return { version: Number(match[1]), name: match[2] as string, sql };
    })
    .sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Server migrations must be numbered 1..n without gaps; found ${m.version} at ${i + 1}`);
  });
  return list;
}

/** Reads the migration files from a folder (default: the source tree). */
export function readServerMigrations(dir = path.resolve('electron/main/network-server/migrations')): ServerMigration[] {
  return toServerMigrations(
    Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => [`/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')])),
  );
}

/** The version the server's schema is at (0 when none has been applied). */
export async function serverSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('network_schema_version')::text AS t`);
  if (!exists.rows[0]?.t) return 0;
  const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM network_schema_version');
  return rows[0]?.v ?? 0;
}

/** Refuses a server this workbench cannot talk to safely, with a message a manager can pass on. */
export function assertCompatible(version: number, known: number): void {
  if (version > known) {
    throw new AppError(
      'UNSUPPORTED',
      `The regional database uses network schema version ${version}, newer than this workbench understands (${known}). Update the workbench before connecting; nothing was sent.`,
      'connectionString',
    );
  }
  if (version < known) {
    throw new AppError(
      'UNSUPPORTED',
      `The regional database is at network schema version ${version}; this workbench needs version ${known}. Ask the region's database administrator to apply the network migrations.`,
      'connectionString',
    );
  }
}

/** Applies pending server migrations, one transaction each. Run by the region's database owner. */
export async function migrateServer(client: pg.ClientBase, migrations: ServerMigration[]): Promise<number> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS network_schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const current = await serverSchemaVersion(client);
  assertNotNewer(current, migrations.length);
  for (const m of migrations.filter((x) => x.version > current)) {
    await client.query('BEGIN');
    try {
      await client.query(m.sql);
      await client.query('INSERT INTO network_schema_version (version, name) VALUES ($1, $2)', [m.version, m.name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
  return migrations.length;
}

function assertNotNewer(version: number, known: number) {
  if (version > known) assertCompatible(version, known);
}

