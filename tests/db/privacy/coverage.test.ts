import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/open';
import { recordName, unnamedTextTables } from '../../../electron/main/domains/privacy/mentions';
import { createPrivacyRepo } from '../../../electron/main/domains/privacy/repo';
import { pdfText, hasPdftotext } from '../../helpers/documents';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/** A column that names a person by id: it must point at members, so the pack finds it and erasure clears it. */
const PERSON_COLUMN = /(^|_)(member|nominee|nominator|voter|presenter|buddy|new_starter|coachee|coach_member|winner_member|line_manager|trainee|mentor)_id$/;

/** Person columns deliberately without a foreign key, and why. */
const NOT_LINKED: Record<string, string> = {
  // The erasure's own record: only the id of someone already deleted, kept so copies in backups are
  // scrubbed even after a crash (docs/reliability.md). It names no one and is not in any pack.
  'erasures.member_id': 'erasure bookkeeping',
};

describe('privacy covers every table', () => {
  it('every table with free text has a name a manager would use (no "Agreement version returns")', () => {
    const db = openDatabase(':memory:');
    const repo = createPrivacyRepo(db);
    expect(unnamedTextTables(repo)).toEqual([]);
    expect(recordName('agreement_version_returns')).toBe('Agreement returned to draft');
    db.close();
  });

  it('every column that holds a person’s id points at members (or is listed with the reason)', () => {
    const db = openDatabase(':memory:');
    const repo = createPrivacyRepo(db);
    const linked = new Set(repo.foreignKeys().filter((fk) => fk.parent === 'members').map((fk) => `${fk.table}.${fk.column}`));
    const personColumns = repo.tables().flatMap((table) =>
      (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).filter((c) => PERSON_COLUMN.test(c.name)).map((c) => `${table}.${c.name}`),
    );
    expect(personColumns.length).toBeGreaterThan(20);
    expect(personColumns.filter((c) => !linked.has(c) && !NOT_LINKED[c])).toEqual([]);
    db.close();
  });
});

describe('subject access pack and erasure, table by table', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  it('for the fewest sample members that reach every table: each table that points at them is in their pack, and after erasure nothing points at them (drafts included)', async () => {
    const members = await t.call('team:list', { includeArchived: true });
    const now = '2026-11-23T10:00:00.000Z';
    // Rows the sample does not make, for tables added by migrations 0008–0018.
    for (const m of members) {
      await t.call('drafts:save', { key: `oneToOne:test-${m.id}:sharedNotes`, memberId: m.id, body: `Draft about ${m.name}: half-typed notes` });
      t.db.prepare(`INSERT INTO member_packs (id, member_id, sent_on, created_at) VALUES (?, ?, '2026-11-01', ?)`).run(`pack-${m.id}-abcdef`, m.id, now);
      t.db.prepare(`INSERT INTO one_to_one_dismissed_hints (member_id, hint_key, dismissed_at) VALUES (?, 'drift', ?)`).run(m.id, now);
      t.db.prepare(`INSERT INTO one_to_one_standing_items (member_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(m.id, `Standing item for ${m.name}`, now, now);
      t.db
        .prepare(`INSERT INTO one_to_one_series (member_id, uid, frequency, interval, starts_at, duration_minutes, created_at, updated_at) VALUES (?, ?, 'weekly', 4, ?, 30, ?, ?)`)
        .run(m.id, `series-${m.id}@test`, '2026-12-01T10:00:00.000Z', now, now);
    }
    const repo = createPrivacyRepo(t.db);
    const memberFks = repo.foreignKeys().filter((fk) => fk.parent === 'members');
    const pointingAt = (id: number) => memberFks.filter((fk) => t.db.prepare(`SELECT 1 FROM "${fk.table}" WHERE "${fk.column}" = ?`).get(id) !== undefined);
    // The fewest members whose rows, together, reach every table the sample fills (a pack takes a second).
    const reach = new Map(members.map((m) => [m.id, new Set(pointingAt(m.id).map((fk) => `${fk.table}.${fk.column}`))]));
    const exercised = new Set<string>();
    const chosen: typeof members = [];
    for (;;) {
      const gain = (id: number) => [...reach.get(id)!].filter((c) => !exercised.has(c)).length;
      const next = members.filter((m) => !chosen.includes(m)).sort((a, b) => gain(b.id) - gain(a.id))[0];
      if (!next || gain(next.id) === 0) break;
      chosen.push(next);
      reach.get(next.id)!.forEach((c) => exercised.add(c));
    }
    for (const m of chosen) {
      const before = pointingAt(m.id);
      const pack = await t.call('privacy:subjectAccess', { memberId: m.id });
      const tables = Object.keys((JSON.parse(pack.json.content) as { tables: Record<string, unknown[]> }).tables);
      const missing = before.filter((fk) => !tables.includes(fk.table) && fk.table !== 'subject_access_requests');
      expect(missing.map((fk) => `${fk.table}.${fk.column}`), `${m.name}'s pack`).toEqual([]);
      expect(pack.json.content).toContain(`Draft about ${m.name}: half-typed notes`);
      if (m === chosen[0] && hasPdftotext()) expect(pdfText(Buffer.from(pack.pdf.content, 'base64'))).toMatch(/Unsaved draft \(1\)/);

      const result = await t.call('privacy:erase', { memberId: m.id, confirmName: m.name, mentions: [] });
      expect(result.complete).toBe(true);
      expect(pointingAt(m.id).map((fk) => `${fk.table}.${fk.column}`), `after erasing ${m.name}`).toEqual([]);
      expect(t.db.prepare(`SELECT count(*) AS n FROM drafts WHERE key = ?`).get(`oneToOne:test-${m.id}:sharedNotes`)).toEqual({ n: 0 });
    }
    // The walk is only as good as the rows it saw: the newer tables must have been among them.
    const tablesSeen = new Set([...exercised].map((c) => c.split('.')[0]));
    expect([...tablesSeen]).toEqual(expect.arrayContaining(['drafts', 'member_packs', 'one_to_one_dismissed_hints', 'one_to_one_standing_items', 'one_to_one_series', 'one_to_ones', 'agreements', 'cpd_entries', 'skill_assessments']));
    expect(tablesSeen.size).toBeGreaterThan(15);
  });
});
