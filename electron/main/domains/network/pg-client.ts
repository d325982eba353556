import path from 'node:path';
import pg from 'pg';
import { AppError } from '../../../../shared/result';
import { assertCompatible as assertVersion, readServerMigrations, toServerMigrations, type ServerMigration } from './server-migrator';

/**
 * The region's PostgreSQL database: connecting, and the server migrations this workbench
 * was built with. A workbench talks only to a server whose schema version it knows.
 */

function loadServerMigrations(): ServerMigration[] {
  try {
    return toServerMigrations(
      import.meta.glob('../../network-server/migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>,
    );
  } catch {
    // Plain Node (a bundled test child): the folder copied beside the bundle, or the source tree.
    const here = typeof __dirname === 'string' ? path.join(__dirname, 'network-migrations') : '';
    try {
      return readServerMigrations(here);
    } catch {
      return readServerMigrations();
    }
  }
}

export const SERVER_MIGRATIONS: ServerMigration[] = loadServerMigrations();

/** The newest server schema this workbench understands. */
export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.length;

export const assertCompatible = (version: number) => assertVersion(version, SERVER_SCHEMA_VERSION);
export { serverSchemaVersion } from './server-migrator';

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
