import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/open';
import { createNetworkService } from '../../../electron/main/domains/network/service';
import type { OfferInput } from '../../../shared/domains/network';
import { adminQuery, createRegion, PG_SKIP_REASON, PG_URL, removeCluster, startCluster, startPrivateCluster, stopCluster, type Region } from '../../helpers/postgres';

const offer: OfferInput = {
  summary: 'Shadow a health librarian',
  sections: ['5'],
  roles: ['Clinical librarian'],
  inPerson: true,
  virtual: false,
  contacts: [{ name: 'Siân ap Dŵr', role: 'Clinical librarian', email: '', agreed: true }],
  availability: 'Tuesdays',
};

/** A file store and a network service over it, the way the app and the child process open it. */
function open(dataDir: string, url: string) {
  const db = openDatabase(path.join(dataDir, 'workbench.sqlite'));
  const service = createNetworkService(
    { db: () => db, clock: () => new Date('2026-11-23T10:00:00.000Z'), emit: () => undefined },
    { env: { WORKBENCH_NETWORK_URL: url }, autoDeliver: false },
  );
  return { db, service };
}
const inTx = <T>(db: Database.Database, fn: () => T) => db.transaction(fn)();

async function serverState(region: Region, role: string) {
  const offerRow = await adminQuery(region.adminUrl, 'SELECT revision, availability FROM offers WHERE owner = $1', [role]);
  const applied = await adminQuery(region.adminUrl, 'SELECT idempotency_key FROM applied_changes WHERE owner = $1 ORDER BY applied_at', [role]);
  return { revision: offerRow.rows[0]?.revision as number | undefined, availability: offerRow.rows[0]?.availability as string | undefined, applied: applied.rows.length };
}

describe.skipIf(!PG_URL)(`outbox against a PostgreSQL server that stops and a workbench that is killed${PG_URL ? '' : ` — ${PG_SKIP_REASON}`}`, () => {
  // A private cluster: stopping it must not disturb other test files using the shared one.
  let cluster: { url: string; dir: string };
  let region: Region;
  let service: { role: string; url: string };
  const dirs: string[] = [];
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-outbox-'));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    cluster = startPrivateCluster();
    region = await createRegion(cluster.url);
    service = await region.addService('aber');
  }, 60_000);
  afterAll(() => {
    if (cluster) removeCluster(cluster.dir);
    dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  it('a change made while the server is stopped is kept, and sent once when it is back', async () => {
    const { db, service: net } = open(tempDir(), service.url);
    try {
      inTx(db, () => net.connect({ serviceName: 'Aberystwyth Health Library', region: 'Wales', sector: 'health', connectionString: '', tlsMode: 'disable', tlsCa: '' }));
      inTx(db, () => net.publishOffer(offer));
      await net.flush();
      expect(await serverState(region, service.role)).toMatchObject({ revision: 1, applied: 1 });

      stopCluster(cluster.dir);
      try {
        const started = performance.now();
        inTx(db, () => net.publishOffer({ ...offer, availability: 'Wednesdays from March' }));
        expect(performance.now() - started).toBeLessThan(500); // the local write does not wait for the server
        expect(await net.flush()).toBe(0);
        await net.flush(); // a retry while still down changes nothing
        const status = net.status();
        expect(status).toMatchObject({ pending: 1, offer: { availability: 'Wednesdays from March' } });
        expect(status.lastError).toMatch(/cannot be reached/);
        expect((db.prepare('SELECT attempts FROM network_outbox WHERE sent_at IS NULL').get() as { attempts: number }).attempts).toBe(2);
      } finally {
        startCluster(cluster);
      }
      expect(await net.flush()).toBe(1);
      expect(net.status().pending).toBe(0);
      expect(await serverState(region, service.role)).toMatchObject({ revision: 2, applied: 2, availability: 'Wednesdays from March' });
    } finally {
      db.close();
    }
  }, 60_000);

  it('a workbench killed after the server committed but before it noted the delivery sends the change exactly once', async () => {
    // Bundled once, as the crash test does: starting tsx would dominate the run.
    const bundle = tempDir();
    execFileSync(path.resolve('node_modules/.bin/esbuild'), [
      path.resolve('tests/helpers/network-outbox-child.ts'), '--bundle', '--platform=node', '--format=cjs', '--log-level=error',
      '--external:better-sqlite3', '--external:pg', `--outfile=${path.join(bundle, 'child.cjs')}`,
    ]);
    fs.cpSync(path.resolve('electron/main/db/migrations'), path.join(bundle, 'migrations'), { recursive: true });
    fs.cpSync(path.resolve('electron/main/network-server/migrations'), path.join(bundle, 'network-migrations'), { recursive: true });
    const killedDir = tempDir();
    const other = await region.addService('killed');
    const out = await new Promise<{ stdout: string; signal: NodeJS.Signals | null }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(bundle, 'child.cjs'), killedDir, other.url], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('exit', (_code, signal) => (stderr && !stdout.includes('committed') ? reject(new Error(stderr)) : resolve({ stdout, signal })));
    });
    expect(out.signal).toBe('SIGKILL');
    expect(out.stdout).toContain('committed');

    // The server has the change; the killed workbench's outbox still says it is waiting.
    expect(await serverState(region, other.role)).toMatchObject({ revision: 1, applied: 1 });
    const { db, service: net } = open(killedDir, other.url);
    try {
      expect(net.status().pending).toBe(1);
      await net.flush();
      expect(net.status().pending).toBe(0);
      // Sent again on restart, applied once: the idempotency key was already on the server.
      expect(await serverState(region, other.role)).toMatchObject({ revision: 1, applied: 1 });
    } finally {
      db.close();
    }
  }, 60_000);
});
