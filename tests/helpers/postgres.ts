/**
 * The real PostgreSQL server for the regional-network tests. `.ci/run` starts a
 * throwaway cluster (scripts/test-postgres.sh) and exports WORKBENCH_TEST_PG_URL (a
 * superuser on 127.0.0.1). Without it these tests are reported skipped, with the reason.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { migrateServer, readServerMigrations } from '../../electron/main/domains/network/server-migrator';

export const PG_URL = process.env.WORKBENCH_TEST_PG_URL ?? '';
export const PG_SKIP_REASON = 'PostgreSQL tests skipped: WORKBENCH_TEST_PG_URL is not set (.ci/run starts a throwaway cluster; see docs/network.md)';
if (!PG_URL) console.warn(PG_SKIP_REASON);

const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

export async function adminQuery(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export interface Region {
  /** The region's own database, migrated; the owner's URL. */
  adminUrl: string;
  database: string;
  /** A library service: its own login role in workbench_service, and its connection string. */
  addService: (label: string) => Promise<{ role: string; url: string }>;
  drop: () => Promise<void>;
}

/** A fresh region database on the server at `serverUrl`, migrated to the current schema. */
export async function createRegion(serverUrl = PG_URL): Promise<Region> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const database = `region_${suffix}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${database}`);
  const adminUrl = withDatabase(serverUrl, database);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await migrateServer(admin, readServerMigrations());
  } finally {
    await admin.end();
  }
  const roles: string[] = [];
  return {
    adminUrl,
    database,
    addService: async (label) => {
      const role = `svc_${label}_${suffix}`;
      const password = crypto.randomBytes(12).toString('hex');
      await adminQuery(adminUrl, `CREATE ROLE ${role} LOGIN PASSWORD '${password}' IN ROLE workbench_service`);
      roles.push(role);
      const u = new URL(adminUrl);
      u.username = role;
      u.password = password;
      return { role, url: u.toString() };
    },
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      for (const role of roles) await adminQuery(serverUrl, `DROP ROLE IF EXISTS ${role}`);
    },
  };
}

const script = path.resolve('scripts/test-postgres.sh');

/** A private cluster a test may stop and start (others share the CI one). */
export function startPrivateCluster(): { url: string; dir: string } {
  const out = execFileSync(script, ['start'], { encoding: 'utf8' });
  const url = /WORKBENCH_TEST_PG_URL=(\S+);/.exec(out)?.[1];
  const dir = /WORKBENCH_TEST_PG_DIR=(\S+)/.exec(out)?.[1];
  if (!url || !dir) throw new Error(`test-postgres.sh start printed no URL: ${out}`);
  return { url, dir };
}

const pgBin = () => execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1'], { encoding: 'utf8' }).trim();
const asOwner = (args: string[]) =>
  process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'ignore' }) : execFileSync(args[0] as string, args.slice(1), { stdio: 'ignore' });

export function stopCluster(dir: string) {
  asOwner([`${pgBin()}/pg_ctl`, '-D', `${dir}/data`, '-m', 'fast', '-w', 'stop']);
}
export function startCluster(cluster: { url: string; dir: string }) {
  const { port } = new URL(cluster.url);
  const opts = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${cluster.dir} -c fsync=off -c full_page_writes=off`;
  asOwner([`${pgBin()}/pg_ctl`, '-D', `${cluster.dir}/data`, '-l', `${cluster.dir}/log`, '-w', '-t', '30', '-o', opts, 'start']);
}
export function removeCluster(dir: string) {
  execFileSync(script, ['stop', dir]);
}
