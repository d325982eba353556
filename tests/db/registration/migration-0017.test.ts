import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { openDatabase } from '../../../electron/main/db/open';

/**
 * Migration 0017 (Signal-style: rows in the old format at version 16, migrate to 17, assert the exact rows):
 * the encoded cpd_entries.source becomes one foreign-key column per kind of origin.
 */
const NOW = '2026-11-01T10:00:00.000Z';
const PACK = '6f1c2a9e-3b7d-4c1e-9a5f-0d2b8c4e7a11';

function atVersion16() {
  const db = openDatabase(':memory:', { migrateTo: 16 });
  const member = db.prepare(`INSERT INTO members (id, name, job_title, team, fte, employment_type, created_at, updated_at) VALUES (?, ?, 'Librarian', 'Main', 1, 'permanent', ?, ?)`);
  member.run(1, 'Łukasz Żółć', NOW, NOW);
  member.run(2, 'Siân ap Dŵr', NOW, NOW);
  db.prepare(`INSERT INTO action_learning_sets (id, name, session_type, created_at, updated_at) VALUES (1, 'Reader development', 'open', ?, ?)`).run(NOW, NOW);
  db.prepare(`INSERT INTO action_learning_meetings (id, set_id, held_on, hours, created_at) VALUES (7, 1, '2026-10-01', 2, ?)`).run(NOW);
  db.prepare(`INSERT INTO buddy_pairs (id, buddy_id, new_starter_id, started_on, created_at, updated_at) VALUES (5, 1, 2, '2026-09-01', ?, ?)`).run(NOW, NOW);
  db.prepare(`INSERT INTO coaching_records (id, coachee_id, coach_member_id, held_on, hours, goal, created_at, updated_at) VALUES (12, 1, 2, '2026-10-03', 1, 'Lead the stock review', ?, ?)`).run(NOW, NOW);
  db.prepare(`INSERT INTO shadowing_visits (id, member_id, host_library, mode, visit_on, hours, created_at, updated_at) VALUES (3, 2, 'County Record Office', 'in_person', '2026-10-04', 3, ?, ?)`).run(NOW, NOW);
  db.prepare(`INSERT INTO member_packs (id, member_id, sent_on, created_at) VALUES (?, 2, '2026-10-01', ?)`).run(PACK, NOW);
  const cpd = db.prepare(
    `INSERT INTO cpd_entries (id, member_id, done_on, activity_type, hours, title, source, created_at, updated_at) VALUES (?, ?, '2026-10-05', 'other', 1, ?, ?, ?, ?)`,
  );
  const rows: [number, number, string, string | null][] = [
    // Every kind of source, well formed.
    [1, 1, 'set meeting', 'activities:alsMeeting:7:member:1'],
    [2, 2, 'buddying, buddy', 'activities:buddying:5:2026-10-02:member:2'],
    [3, 1, 'buddying, starter', 'activities:buddying:5:2026-10-02:member:1'],
    [4, 1, 'buddying, next session', 'activities:buddying:5:2026-10-16:member:1'],
    [5, 1, 'coaching', 'activities:coaching:12:member:1'],
    [6, 2, 'visit', 'activities:shadowing:3:member:2'],
    [7, 2, 'from the pack', `member-pack:${PACK}:cpd:4`],
    [8, 1, 'typed in', null],
    // Well formed, but the record was deleted since (ids are not reused safely without a key).
    [9, 1, 'deleted visit', 'activities:shadowing:99:member:1'],
    [10, 1, 'deleted pack', 'member-pack:0b5e9d1c-0000-4000-8000-000000000000:cpd:1'],
    // Malformed: each is kept as an entry with no link.
    [11, 1, 'not a number', 'activities:shadowing:abc:member:1'],
    [12, 1, 'leading zero', 'activities:shadowing:03:member:1'],
    [13, 1, 'trailing junk', 'activities:shadowing:3x:member:1'],
    [14, 1, 'no member part', 'activities:coaching:12'],
    [15, 1, 'someone else’s member part', 'activities:coaching:12:member:2'],
    [16, 2, 'bad session date', 'activities:buddying:5:2026-02-30:member:2'],
    [17, 2, 'no session date', 'activities:buddying:5:member:2'],
    [18, 1, 'unknown kind', 'activities:reading:7:member:1'],
    [19, 2, 'row zero', `member-pack:${PACK}:cpd:0`],
    [20, 2, 'row not a number', `member-pack:${PACK}:cpd:four`],
    [21, 1, 'anything at all', 'restored from a note'],
    [22, 1, 'negative id', 'activities:alsMeeting:-7:member:1'],
  ];
  for (const [id, memberId, title, source] of rows) cpd.run(id, memberId, title, source, NOW, NOW);
  db.prepare(`INSERT INTO activity_cpd_links (source, member_id, cpd_entry_id, created_at) VALUES ('activities:shadowing:3', 2, 6, ?)`).run(NOW);
  return db;
}

const LINK_COLUMNS = 'als_meeting_id, buddy_pair_id, buddy_session_on, coaching_record_id, shadowing_visit_id, member_pack_id, member_pack_row';
const none = { als_meeting_id: null, buddy_pair_id: null, buddy_session_on: null, coaching_record_id: null, shadowing_visit_id: null, member_pack_id: null, member_pack_row: null };

describe('migration 0017: CPD links become foreign-key columns', () => {
  it('moves every kind of old source to its column with the same meaning, and keeps malformed ones as entries with no link', () => {
    const db = atVersion16();
    const before = db.prepare(`SELECT id, member_id, done_on, activity_type, hours, title, reflection, sections, created_at, updated_at FROM cpd_entries ORDER BY id`).all();
    expect(migrate(db, 17)).toBe(17);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    const links = Object.fromEntries(
      (db.prepare(`SELECT id, ${LINK_COLUMNS} FROM cpd_entries ORDER BY id`).all() as ({ id: number } & typeof none)[]).map(({ id, ...l }) => [id, l]),
    );
    expect(links).toEqual({
      1: { ...none, als_meeting_id: 7 },
      2: { ...none, buddy_pair_id: 5, buddy_session_on: '2026-10-02' },
      3: { ...none, buddy_pair_id: 5, buddy_session_on: '2026-10-02' },
      4: { ...none, buddy_pair_id: 5, buddy_session_on: '2026-10-16' },
      5: { ...none, coaching_record_id: 12 },
      6: { ...none, shadowing_visit_id: 3 },
      7: { ...none, member_pack_id: PACK, member_pack_row: 4 },
      ...Object.fromEntries([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22].map((id) => [id, none])),
    });
    // Nothing else about any entry changed, and no entry was lost.
    expect(db.prepare(`SELECT id, member_id, done_on, activity_type, hours, title, reflection, sections, created_at, updated_at FROM cpd_entries ORDER BY id`).all()).toEqual(before);
    const columns = (db.prepare(`PRAGMA table_info(cpd_entries)`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('source');
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'activity_cpd_links'`).get()).toBeUndefined();
    db.close();
  });

  it('after the move, the keys keep the rules the string kept: once per person, and a deleted activity leaves the CPD entry', () => {
    const db = atVersion16();
    migrate(db, 17);
    const insert = db.prepare(
      `INSERT INTO cpd_entries (member_id, done_on, activity_type, hours, shadowing_visit_id, created_at, updated_at) VALUES (?, '2026-10-05', 'shadowing_visit', 1, ?, ?, ?)`,
    );
    expect(() => insert.run(2, 3, NOW, NOW)).toThrow(/UNIQUE/);
    expect(() => insert.run(1, 98, NOW, NOW)).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM shadowing_visits WHERE id = 3`).run();
    expect(db.prepare(`SELECT title, shadowing_visit_id FROM cpd_entries WHERE id = 6`).get()).toEqual({ title: 'visit', shadowing_visit_id: null });
    db.prepare(`DELETE FROM buddy_pairs WHERE id = 5`).run();
    expect(db.prepare(`SELECT count(*) AS n FROM cpd_entries WHERE id IN (2, 3, 4) AND buddy_pair_id IS NULL`).get()).toEqual({ n: 3 });
    db.close();
  });
});
