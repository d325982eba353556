/**
 * Measures the regional network's reads on a real PostgreSQL with N synthetic library services.
 *   WORKBENCH_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/postgres npx tsx scripts/bench-network.ts 1000 5000
 * Each service gets its own role, a published offer (3 of 17 sections, 2 roles) and coverage for 10
 * sections × 5 levels. Prints the median and 95th percentile of 200 searches per query, run as one
 * service's role (so row-level security applies), on the machine it runs on.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { regionCoverage, searchHosts } from '../electron/main/domains/network/server-repo';
import { migrateServer, readServerMigrations } from '../electron/main/domains/network/server-migrator';

const SECTIONS = ['EV', 'OI', 'IM', 'KM', 'DM', 'IE', 'RS', 'IG', 'RM', 'CM', 'LL', 'LA', 'SP', 'CF', 'TC', 'WS', 'WO'];
const REGIONS = ['Wales', 'North West', 'London', 'Scotland', 'South West', 'North East', 'East', 'West Midlands', 'East Midlands', 'Yorkshire', 'South East', 'Northern Ireland'];
const SECTORS = ['public', 'health', 'academic', 'school', 'special'];

async function q(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function bench(server: string, n: number) {
  const db = `bench_${n}_${crypto.randomBytes(3).toString('hex')}`;
  await q(server, `CREATE DATABASE ${db}`);
  const u = new URL(server);
  u.pathname = `/${db}`;
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await migrateServer(admin, readServerMigrations());
  const role = `bench_reader_${crypto.randomBytes(3).toString('hex')}`;
  await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'bench' IN ROLE workbench_service`);
  // Synthetic services written as the owner (seeding speed); reads below run as a service role under RLS.
  await admin.query(
    `INSERT INTO services (owner, name, region, sector)
     SELECT 'svc_' || i, 'Library service ' || i, ($1::text[])[1 + i % 12], ($2::text[])[1 + i % 5] FROM generate_series(1, $3) i`,
    [REGIONS, SECTORS, n],
  );
  await admin.query(
    `INSERT INTO offers (owner, published, summary, sections, roles, in_person, virtual, contacts, availability)
     SELECT 'svc_' || i, i % 10 <> 0, 'Offer ' || i,
            ARRAY[($1::text[])[1 + i % 17], ($1::text[])[1 + (i * 7) % 17], ($1::text[])[1 + (i * 13) % 17]],
            ARRAY['Clinical librarian', 'Library assistant ' || i % 20], i % 2 = 0, i % 3 = 0,
            '[{"name":"Host","role":"Librarian","email":"","agreed":true}]'::jsonb, 'Weekdays'
       FROM generate_series(1, $2) i`,
    [SECTIONS, n],
  );
  await admin.query(
    `INSERT INTO coverage (owner, section, level, people, group_size)
     SELECT 'svc_' || i, ($1::text[])[1 + (i + s) % 17], l, (i + s + l) % 4, 6
       FROM generate_series(1, $2) i, generate_series(0, 9) s, generate_series(0, 4) l`,
    [SECTIONS, n],
  );
  await admin.query('ANALYZE');
  const plan = await admin.query(
    `EXPLAIN SELECT 1 FROM offers o JOIN services s ON s.owner = o.owner WHERE o.published AND o.sections @> ARRAY['IG']::text[]`,
  );
  await admin.end();

  u.username = role;
  u.password = 'bench';
  const reader = new pg.Client({ connectionString: u.toString() });
  await reader.connect();
  const time = async (fn: () => Promise<unknown>) => {
    const xs: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const t = performance.now();
      await fn();
      xs.push(performance.now() - t);
    }
    return `median ${percentile(xs, 50).toFixed(2)} ms, p95 ${percentile(xs, 95).toFixed(2)} ms`;
  };
  const hits = (await searchHosts(reader, { section: 'IG', role: '', sector: '', region: 'Wales', virtualOnly: false })).length;
  console.log(`${n} services (${n * 50} coverage rows):`);
  console.log(`  hosts by section + region (${hits} hits): ${await time(() => searchHosts(reader, { section: 'IG', role: '', sector: '', region: 'Wales', virtualOnly: false }))}`);
  console.log(`  hosts by section, all regions (≤100 shown): ${await time(() => searchHosts(reader, { section: 'IG', role: '', sector: '', region: '', virtualOnly: false }))}`);
  console.log(`  hosts by role words + virtual: ${await time(() => searchHosts(reader, { section: '', role: 'clinical', sector: 'health', region: '', virtualOnly: true }))}`);
  console.log(`  regional coverage (one region): ${await time(() => regionCoverage(reader, 'Wales'))}`);
  console.log(`  plan for a section search: ${plan.rows.map((r) => r['QUERY PLAN']).join(' | ').slice(0, 300)}`);
  await reader.end();
  await q(server, `DROP DATABASE ${db} WITH (FORCE)`);
  await q(server, `DROP ROLE ${role}`);
}

async function main() {
  const server = process.env.WORKBENCH_TEST_PG_URL;
  if (!server) throw new Error('Set WORKBENCH_TEST_PG_URL (scripts/test-postgres.sh start)');
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length ? sizes : [1000, 5000]) await bench(server, n);
}
void main();
