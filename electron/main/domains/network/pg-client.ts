import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { AppError } from '../../../../shared/result';

/**
 * The region's PostgreSQL database: connecting, and the numbered server migrations
 * (electron/main/network-server/migrations/NNNN_name.sql, recorded in
 * network_schema_version). A workbench talks only to a server whose schema it knows.
 */

export interface ServerMigration {
  version: number;
  name: string;
  sql: string;
}

function loadServerMigrationFiles(): Record<string, string> {
  try {
    return import.meta.glob('../../network-server/migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  } catch {
    // Plain Node (a bundled test child): read the folder copied beside the bundle, or the source tree.
    const candidates = [path.join(__dirname, 'network-migrations'), path.resolve('electron/main/network-server/migrations')];
    const dir = candidates.find((d) => fs.existsSync(d)) as string;
    return Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => [`/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]));
  }
}

export const SERVER_MIGRATIONS: ServerMigration[] = Object.entries(loadServerMigrationFiles())
  .map(([file, sql]) => {
    const match = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Server migration file name must be NNNN_name.sql: ${file}`);
    return { version: Number(match[1]), name: match[2] as string, sql };
  })
  .sort((a, b) => a.version - b.version);

SERVER_MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`Server migrations must be numbered 1..n without gaps; found ${m.version} at ${i + 1}`);
});

/** The newest server schema this workbench understands. */
export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.length;

export interface ConnectionConfig {
  connectionString: string;
  tlsMode: 'disable' | 'require' | 'verify-full';
  tlsCa: string;
}

const CONNECT_TIMEOUT_MS = 4000;

export async function openServer(config: ConnectionConfig): Promise<pg.Client> {
  const ssl =
    config.tlsMode === 'disable'
      ? false
      : config.tlsMode === 'require'
        ? { rejectUnauthorized: false }
        : { rejectUnauthorized: true, ...(config.tlsCa ? { ca: config.tlsCa } : {}) };
  const client = new pg.Client({
    connectionString: config.connectionString,
    ssl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: 10_000,
    query_timeout: 12_000,
    application_name: 'staff-development-workbench',
  });
  // An idle client whose server goes away emits 'error'; without a listener Node would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/** The version the server's schema is at (0 when none has been applied). */
export async function serverSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('network_schema_version')::text AS t`);
  if (!exists.rows[0]?.t) return 0;
  const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM network_schema_version');
  return rows[0]?.v ?? 0;
}

/** Refuses a server this workbench cannot talk to safely, with a message a manager can pass on. */
export function assertCompatible(version: number, known = SERVER_SCHEMA_VERSION): void {
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
export async function migrateServer(client: pg.ClientBase, migrations = SERVER_MIGRATIONS): Promise<number> {
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

/**
 * Words a connection failure without the connection string, host or password (pg's
 * messages can carry the user name or host): the manager sees what to do, logs see nothing secret.
 */
export function describeServerError(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const code = (error as { code?: string } | null)?.code ?? '';
  const text = error instanceof Error ? error.message : '';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03'].includes(code) || /timeout|terminat|Connection/i.test(text)) {
    return 'The regional database cannot be reached just now; changes wait in the outbox and are sent when it is back.';
  }
  if (code === '28P01' || code === '28000') return 'The regional database refused the user name or password.';
  if (code === '42501') return 'The regional database refused this change: a service may only change its own rows.';
  if (code === '3D000') return 'The regional database named in the connection string does not exist.';
  if (/SSL|certificate|self.signed/i.test(text)) return 'The TLS settings do not match the server (check the TLS mode and certificate).';
  if (code === '23514') return 'The regional database refused a value (a coverage group below the minimum size, or a value out of range).';
  return `The regional database returned an error (${code || 'unknown'}).`;
}
