import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferInput } from '../../../shared/domains/network';
import { keychainVault } from '../../../electron/main/domains/network/credentials';
import { networkServiceFor } from '../../../electron/main/domains/network/handlers';
import { createNetworkService } from '../../../electron/main/domains/network/service';
import { adminQuery, createRegion, PG_SKIP_REASON, PG_URL, type Region } from '../../helpers/postgres';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const offer = (over: Partial<OfferInput> = {}): OfferInput => ({
  summary: 'Shadow our clinical librarians at ward rounds and literature searches',
  sections: ['5', '4'],
  roles: ['Clinical librarian', 'Knowledge manager'],
  inPerson: true,
  virtual: true,
  contacts: [
    { name: 'Siân ap Dŵr', role: 'Clinical librarian', email: 'sian@example.org', agreed: true },
    { name: 'Not Listed', role: 'Library assistant', email: '', agreed: false },
  ],
  availability: 'Tuesdays and Thursdays, from January',
  ...over,
});

async function connect(t: TestApp, url: string, name: string, region: string, sector: 'health' | 'public' = 'health') {
  return t.call('network:connect', { serviceName: name, region, sector, connectionString: url, tlsMode: 'disable', tlsCa: '' });
}
/** Sends the outbox now (it also goes on its own); resolves to how many changes still wait. */
const deliver = async (t: TestApp) => {
  await networkServiceFor(t.db)!.flush();
  return (await t.call('network:status', {})).pending;
};

/** `people` members with a shared latest assessment rating every skill of `section` at `level`. */
function seedRatings(db: Database.Database, section: string, levels: number[]) {
  const now = '2026-11-01T10:00:00.000Z';
  let fw = db.prepare<[], { id: number }>(`SELECT id FROM skill_frameworks WHERE name = 'Network test'`).get()?.id;
  if (!fw) {
    db.prepare('UPDATE skill_frameworks SET is_default = 0').run();
    fw = Number(db.prepare(`INSERT INTO skill_frameworks (name, version, is_default, created_at) VALUES ('Network test', '1', 1, ?)`).run(now).lastInsertRowid);
  }
  const sectionId = Number(db.prepare('INSERT INTO skill_sections (framework_id, code, name, position) VALUES (?, ?, ?, 1)').run(fw, section, `Section ${section}`).lastInsertRowid);
  const skill = Number(db.prepare(`INSERT INTO skills (framework_id, section_id, code, title, position) VALUES (?, ?, ?, 'A skill', 1)`).run(fw, sectionId, `${section}.1`).lastInsertRowid);
  levels.forEach((level, i) => {
    const member = Number(
      db.prepare(`INSERT INTO members (name, job_title, team, fte, employment_type, created_at, updated_at) VALUES (?, 'Librarian', 'Central', 1, 'permanent', ?, ?)`)
        .run(`Łukasz Żółć ${section}-${i}`, now, now).lastInsertRowid,
    );
    const a = Number(db.prepare(`INSERT INTO skill_assessments (member_id, framework_id, kind, assessed_on, shared, created_at, updated_at) VALUES (?, ?, 'initial', '2026-10-01', 1, ?, ?)`).run(member, fw, now, now).lastInsertRowid);
    db.prepare('INSERT INTO skill_ratings (assessment_id, skill_id, current, target) VALUES (?, ?, ?, 4)').run(a, skill, level);
  });
}

describe('regional network with no server (as today)', () => {
  it('a workbench never connected shows no network and keeps every local write local', async () => {
    const t = await createTestApp({ sample: true });
    try {
      const status = await t.call('network:status', {});
      expect(status).toMatchObject({ configured: false, enabled: false, pending: 0, lastPublishedAt: null, credentialSource: 'none' });
      expect((await t.call('network:check', {})).state).toBe('not-configured');
      const search = await t.fail('network:searchHosts', { section: '5', role: '', sector: '', region: '', virtualOnly: false });
      expect(search.code).toBe('UNSUPPORTED');
      // The offer is kept locally and waits; nothing tries to reach a server.
      await t.call('network:publishOffer', offer());
      expect(await deliver(t)).toBe(1);
      expect((await t.call('network:status', {})).offer?.status).toBe('published');
    } finally {
      t.close();
    }
  });

  it('an unreachable server never blocks a local write, and neither status nor errors show the password', async () => {
    const t = await createTestApp({ sample: true });
    try {
      await connect(t, 'postgresql://svc:s3cret-pass@127.0.0.1:1/region', 'Aberystwyth Health Library', 'Wales');
      await t.call('network:publishOffer', offer());
      const started = performance.now();
      const member = await t.call('team:create', {
        name: 'Siân ap Dŵr', preferredName: '', jobTitle: 'Librarian', grade: '', team: 'Central', fte: 1, startDate: '2026-01-05',
        lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: '',
      });
      expect(member.name).toBe('Siân ap Dŵr');
      expect(performance.now() - started).toBeLessThan(1000);
      expect(await deliver(t)).toBe(1);
      const status = await t.call('network:status', {});
      expect(status.lastError).toMatch(/cannot be reached/);
      expect(status.credentialSource).toBe('session'); // the web version keeps it for this session only
      expect(JSON.stringify(status)).not.toContain('s3cret');
      const stored = t.db.prepare('SELECT connection_enc, last_error FROM network_settings').get() as { connection_enc: Buffer | null; last_error: string };
      expect(stored.connection_enc).toBeNull();
      expect(JSON.stringify(t.db.prepare('SELECT * FROM network_outbox').all())).not.toContain('s3cret');
    } finally {
      t.close();
    }
  });
});

describe('credentials in the desktop app', () => {
  it('the connection string is stored encrypted by the keychain and found again after a restart, never in plain text', async () => {
    const t = await createTestApp();
    // A stand-in for Electron's safeStorage (the OS keychain): reversible, and never the plain text.
    const safeStorage = {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`),
      decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().slice('sealed:'.length), 'base64').toString(),
    };
    const ctx = { db: () => t.db, clock: () => new Date('2026-11-23T10:00:00.000Z'), emit: () => undefined };
    try {
      const desktop = createNetworkService(ctx, { vault: keychainVault(safeStorage), env: {}, autoDeliver: false });
      t.db.transaction(() =>
        desktop.connect({ serviceName: 'Aberystwyth Health Library', region: 'Wales', sector: 'health', connectionString: 'postgresql://svc:s3cret-pass@127.0.0.1:1/region', tlsMode: 'require', tlsCa: '' }),
      )();
      const row = t.db.prepare('SELECT connection_enc FROM network_settings').get() as { connection_enc: Buffer };
      expect(row.connection_enc.toString()).toMatch(/^sealed:/);
      expect(row.connection_enc.toString()).not.toContain('s3cret');
      // After a restart (a new service, nothing in memory) the keychain still provides it.
      const restarted = createNetworkService(ctx, { vault: keychainVault(safeStorage), env: {}, autoDeliver: false });
      expect(restarted.status().credentialSource).toBe('keychain');
      expect((await restarted.check()).state).toBe('offline'); // it tried the stored server: port 1 refuses
      // Without a keychain the desktop app keeps it for the session only, like the web version.
      const noKeychain = createNetworkService(ctx, { vault: keychainVault({ ...safeStorage, isEncryptionAvailable: () => false }), env: {}, autoDeliver: false });
      t.db.transaction(() =>
        noKeychain.connect({ serviceName: 'Aberystwyth Health Library', region: 'Wales', sector: 'health', connectionString: 'postgresql://svc:s3cret-pass@127.0.0.1:1/region', tlsMode: 'require', tlsCa: '' }),
      )();
      expect(noKeychain.status().credentialSource).toBe('session');
      expect((t.db.prepare('SELECT connection_enc FROM network_settings').get() as { connection_enc: Buffer | null }).connection_enc).toBeNull();
    } finally {
      t.close();
    }
  });
});

describe.skipIf(!PG_URL)(`regional network on a real PostgreSQL server${PG_URL ? '' : ` — ${PG_SKIP_REASON}`}`, () => {
  let region: Region;
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  let urlB: string;
  let roleA: string;

  beforeAll(async () => {
    region = await createRegion();
    ({ url: urlA, role: roleA } = await region.addService('aber'));
    ({ url: urlB } = await region.addService('krakow'));
    a = await createTestApp({ sample: true });
    b = await createTestApp({ sample: true });
    await connect(a, urlA, 'Aberystwyth Health Library', 'Wales', 'health');
    await connect(b, urlB, 'Cardiff Central Library', 'Wales', 'public');
  });
  afterAll(async () => {
    a?.close();
    b?.close();
    await region?.drop();
  });

  it('two services publish and find each other by PKSB section, sector, role and virtual visits', async () => {
    await a.call('network:publishOffer', offer());
    await b.call('network:publishOffer', offer({ summary: 'Local studies and archives', sections: ['6'], roles: ['Archivist'], virtual: false, contacts: [{ name: 'Łukasz Żółć', role: 'Archivist', email: '', agreed: true }] }));
    expect(await deliver(a)).toBe(0);
    expect(await deliver(b)).toBe(0);
    expect((await a.call('network:status', {})).lastPublishedAt).toBe('2026-11-23T10:00:00.000Z');

    const fromA = await a.call('network:searchHosts', { section: '6', role: '', sector: '', region: 'wales', virtualOnly: false });
    expect(fromA.map((h) => h.serviceName)).toEqual(['Cardiff Central Library']);
    expect(fromA[0]?.contacts.map((c) => c.name)).toEqual(['Łukasz Żółć']);

    const fromB = await b.call('network:searchHosts', { section: '5', role: 'clinical', sector: 'health', region: '', virtualOnly: true });
    expect(fromB.map((h) => h.serviceName)).toEqual(['Aberystwyth Health Library']);
    // A contact who did not agree to be listed never reaches the server.
    expect(fromB[0]?.contacts.map((c) => c.name)).toEqual(['Siân ap Dŵr']);
    // B's own offer is found (marked own) but not among virtual visits, which B does not offer.
    expect((await b.call('network:searchHosts', { section: '6', role: '', sector: '', region: '', virtualOnly: false })).map((h) => h.own)).toEqual([true]);
    expect(await b.call('network:searchHosts', { section: '6', role: '', sector: '', region: '', virtualOnly: true })).toEqual([]);

    // Arrange a visit from the result: a planned shadowing visit in B's workbench.
    const host = fromB[0]!;
    const team = await b.call('team:list', { includeArchived: false });
    const visit = await b.call('network:planVisit', {
      memberId: team[0]!.id, hostLibrary: host.serviceName, hostPerson: host.contacts[0]!.name, mode: 'virtual', visitOn: '2027-01-12', hours: 3, objectives: 'See a clinical literature search',
    });
    const visits = await b.call('activities:listVisits', {});
    expect(visits.find((v) => v.id === visit.id)).toMatchObject({ hostLibrary: 'Aberystwyth Health Library', hostPerson: 'Siân ap Dŵr', visitOn: '2027-01-12', reflection: '' });
  });

  it('a withdrawn offer is no longer found by others', async () => {
    await a.call('network:withdrawOffer', {});
    expect(await deliver(a)).toBe(0);
    expect(await b.call('network:searchHosts', { section: '5', role: '', sector: '', region: '', virtualOnly: false })).toEqual([]);
    // Even a raw query as B sees nothing of A's withdrawn row.
    const raw = await adminQuery(urlB, 'SELECT count(*)::int AS n FROM offers WHERE owner = $1', [roleA]);
    expect(raw.rows[0].n).toBe(0);
  });

  it('row-level security: the server refuses a write to another service\'s rows', async () => {
    await a.call('network:publishOffer', offer());
    await deliver(a);
    const update = await adminQuery(urlB, `UPDATE offers SET summary = 'defaced' WHERE owner = $1`, [roleA]);
    expect(update.rowCount).toBe(0);
    await expect(adminQuery(urlB, `INSERT INTO coverage (owner, section, level, people, group_size) VALUES ($1, '5', 4, 9, 9)`, [roleA])).rejects.toMatchObject({ code: '42501' });
    await expect(adminQuery(urlB, `UPDATE services SET owner = $1 WHERE owner = current_user`, [roleA])).rejects.toMatchObject({ code: '42501' });
    await expect(adminQuery(urlB, `DELETE FROM applied_changes`)).rejects.toMatchObject({ code: '42501' });
    const still = await adminQuery(region.adminUrl, 'SELECT summary FROM offers WHERE owner = $1', [roleA]);
    expect(still.rows[0].summary).toBe(offer().summary);
  });

  it('coverage is published only for sections with at least the minimum group size, never with names', async () => {
    seedRatings(b.db, '7', [3, 3, 4, 2, 1, 3]); // six people: published
    seedRatings(b.db, '9', [4, 2, 3]); // three people: withheld
    const preview = await b.call('network:previewCoverage', { minGroupSize: 5 });
    expect(preview.published).toEqual([{ section: '7', groupSize: 6, counts: [0, 1, 1, 3, 1] }]);
    expect(preview.withheld).toEqual(['9']);
    expect((await b.call('network:previewCoverage', { minGroupSize: 7 })).published).toEqual([]);
    expect((await b.fail('network:previewCoverage', { minGroupSize: 4 })).field).toBe('minGroupSize');

    await b.call('network:setCoverage', { share: true, minGroupSize: 5 });
    expect(JSON.stringify(b.db.prepare(`SELECT payload FROM network_outbox WHERE kind = 'coverage'`).all())).not.toMatch(/Łukasz|Żółć/);
    await deliver(b);
    const rows = await a.call('network:regionCoverage', { region: 'Wales' });
    expect(rows).toEqual([{ section: '7', services: 1, people: 6, atLevel3Plus: 4 }]);
    // The server itself refuses a group below five, whatever a client sends.
    await expect(adminQuery(urlA, `INSERT INTO coverage (section, level, people, group_size) VALUES ('9', 4, 1, 3)`)).rejects.toMatchObject({ code: '23514' });
    // Stopping sharing removes the counts.
    await b.call('network:setCoverage', { share: false, minGroupSize: 5 });
    await deliver(b);
    expect(await a.call('network:regionCoverage', { region: '' })).toEqual([]);
  });

  it('a server schema newer than the workbench knows is refused with a clear message, and nothing is sent', async () => {
    await adminQuery(region.adminUrl, `INSERT INTO network_schema_version (version, name) VALUES (99, 'from_the_future')`);
    try {
      const check = await a.call('network:check', {});
      expect(check.state).toBe('incompatible');
      expect(check.message).toMatch(/version 99, newer than this workbench understands \(1\)/);
      await a.call('network:publishOffer', offer({ availability: 'changed' }));
      expect(await deliver(a)).toBe(1);
      expect((await a.call('network:status', {})).lastError).toMatch(/newer than this workbench understands/);
      expect((await a.fail('network:searchHosts', { section: '', role: '', sector: '', region: '', virtualOnly: false })).code).toBe('UNSUPPORTED');
    } finally {
      await adminQuery(region.adminUrl, 'DELETE FROM network_schema_version WHERE version = 99');
    }
    expect(await deliver(a)).toBe(0);
  });
});
