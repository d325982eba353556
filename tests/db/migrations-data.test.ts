import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersionOf } from '../../electron/main/db/migrate';
import { openDatabase } from '../../electron/main/db/open';

/**
 * Migrations that change or move data, tested as Signal Desktop tests its own
 * (ts/test-node/sql/migration_*_test.ts): rows written in the OLD format at version
 * N−1, migrate to exactly N, assert the exact rows after. Migrations that only create
 * tables or indexes have nothing to move. Covered elsewhere: 0009
 * (tests/db/registration/migration-0009.test.ts), 0010 (tests/db/activities/migration-0010.test.ts).
 */
const NOW = '2026-11-01T10:00:00.000Z';

function at(version: number): Database.Database {
  const db = openDatabase(':memory:', { migrateTo: version });
  expect(schemaVersionOf(db)).toBe(version);
  return db;
}

function migrateTo(db: Database.Database, version: number) {
  expect(migrate(db, version)).toBe(version);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

const rows = (db: Database.Database, sql: string) => db.prepare(sql).all();

function addMembers(db: Database.Database, people: [number, string, string | null][]) {
  const insert = db.prepare(
    `INSERT INTO members (id, name, job_title, team, fte, employment_type, left_on, created_at, updated_at)
     VALUES (?, ?, 'Library Assistant', 'Central Library', 1, 'permanent', ?, ?, ?)`,
  );
  for (const [id, name, leftOn] of people) insert.run(id, name, leftOn, NOW, NOW);
}

describe('migrations that change data, from rows in the old format', () => {
  it('0002: the default 0–4 rating scale is added and existing members are untouched', () => {
    const db = at(1);
    addMembers(db, [[1, 'Łukasz Żółć', null]]);
    const before = rows(db, 'SELECT * FROM members');
    migrateTo(db, 2);
    expect(rows(db, 'SELECT level, label FROM skill_scale_levels ORDER BY level')).toEqual([
      { level: 0, label: 'No knowledge' },
      { level: 1, label: 'Basic' },
      { level: 2, label: 'Developing' },
      { level: 3, label: 'Competent' },
      { level: 4, label: 'Expert' },
    ]);
    expect(rows(db, 'SELECT * FROM members')).toEqual(before);
  });

  it('0007: section totals are built from existing ratings (unrated skills count nowhere, a 0 counts as rated) and then follow changes', () => {
    const db = at(6);
    addMembers(db, [[1, 'Łukasz Żółć', null], [2, 'Siân ap Dŵr', null]]);
    db.prepare(`INSERT INTO skill_frameworks (id, name, version, created_at) VALUES (1, 'PKSB', '2012', ?)`).run(NOW);
    db.exec(`INSERT INTO skill_sections (id, framework_id, code, name, position) VALUES (10, 1, '1', 'Organising knowledge and information', 1), (20, 1, '2', 'Knowledge and information management', 2), (30, 1, '3', 'Research skills', 3)`);
    db.exec(`INSERT INTO skills (id, framework_id, section_id, code, title, position) VALUES
      (100, 1, 10, '1.1', 'Cataloguing', 1), (101, 1, 10, '1.2', 'Metadata', 2),
      (200, 1, 20, '2.1', 'Records', 1), (201, 1, 20, '2.2', 'Retention', 2), (300, 1, 30, '3.1', 'Methods', 1)`);
    db.prepare(`INSERT INTO skill_assessments (id, member_id, framework_id, kind, assessed_on, shared, created_at, updated_at) VALUES
      (1000, 1, 1, 'initial', '2026-01-10', 1, ?, ?), (1001, 2, 1, 'initial', '2026-02-10', 0, ?, ?)`).run(NOW, NOW, NOW, NOW);
    db.exec(`INSERT INTO skill_ratings (assessment_id, skill_id, current, target) VALUES
      (1000, 100, 3, 4), (1000, 101, 1, 3), (1000, 200, NULL, 4), (1000, 201, 0, 2), (1000, 300, NULL, 1),
      (1001, 100, 2, 2)`);
    migrateTo(db, 7);
    const totals = () => rows(db, 'SELECT assessment_id, section_id, total, rated FROM skill_section_totals ORDER BY assessment_id, section_id');
    expect(totals()).toEqual([
      { assessment_id: 1000, section_id: 10, total: 4, rated: 2 },
      { assessment_id: 1000, section_id: 20, total: 0, rated: 1 },
      { assessment_id: 1001, section_id: 10, total: 2, rated: 1 },
    ]);
    db.exec('UPDATE skill_ratings SET current = 4 WHERE assessment_id = 1000 AND skill_id = 200');
    db.exec('DELETE FROM skill_ratings WHERE assessment_id = 1001 AND skill_id = 100');
    expect(totals()).toEqual([
      { assessment_id: 1000, section_id: 10, total: 4, rated: 2 },
      { assessment_id: 1000, section_id: 20, total: 4, rated: 2 },
      { assessment_id: 1001, section_id: 10, total: 0, rated: 0 },
    ]);
  });

  it('0008: a panel scheme\'s past voters still on the team become its panel; catalogue awards get their sources and a manager\'s own award is kept', () => {
    const db = at(7);
    addMembers(db, [[1, 'Łukasz Żółć', null], [2, 'Siân ap Dŵr', '2026-06-30'], [3, 'Chidi Okafor', null], [4, 'Aoife Ní Bhriain', null]]);
    const scheme = db.prepare(
      `INSERT INTO recognition_schemes (id, name, cadence, categories, allow_self_nomination, anonymous, cooldown_cycles, decided_by, tie_break, min_reason_length, created_at, updated_at)
       VALUES (?, ?, 'quarterly', '["Service"]', 0, 0, 0, ?, 'manager', 0, ?, ?)`,
    );
    scheme.run(1, 'Star of the quarter', 'panel', NOW, NOW);
    scheme.run(2, 'Manager\'s pick', 'manager', NOW, NOW);
    const cycle = db.prepare(`INSERT INTO recognition_cycles (id, scheme_id, label, period_start, period_end, status, created_at) VALUES (?, ?, ?, ?, ?, 'decided', ?)`);
    cycle.run(11, 1, 'Q1 2026', '2026-01-01', '2026-03-31', NOW);
    cycle.run(12, 1, 'Q2 2026', '2026-04-01', '2026-06-30', NOW);
    cycle.run(21, 2, 'Q1 2026', '2026-01-01', '2026-03-31', NOW);
    const nomination = db.prepare(
      `INSERT INTO recognition_nominations (id, cycle_id, nominee_id, nominator_kind, category, reason, nominated_on, created_at) VALUES (?, ?, 4, 'manager', 'Service', 'Ran the summer reading challenge.', '2026-02-01', ?)`,
    );
    nomination.run(111, 11, NOW);
    nomination.run(121, 12, NOW);
    nomination.run(211, 21, NOW);
    const vote = db.prepare(`INSERT INTO recognition_votes (cycle_id, voter_id, nomination_id, cast_at) VALUES (?, ?, ?, ?)`);
    vote.run(11, 1, 111, NOW); // voted twice in the panel scheme: listed once
    vote.run(12, 1, 121, NOW);
    vote.run(11, 2, 111, NOW); // has left: not on the panel
    vote.run(12, 3, 121, NOW);
    vote.run(21, 4, 211, NOW); // voted only in a manager-decided scheme
    const award = db.prepare(`INSERT INTO external_awards (id, name, organiser, window_opens, window_closes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    award.run(1, 'Libraries Change Lives Award', 'CILIP', '', '', NOW, NOW);
    award.run(2, 'Sally Hernando Award for innovation in NHS library and knowledge services', 'NHS England', '', '', NOW, NOW);
    award.run(3, 'Library Design Awards', 'SCONUL', '', '', NOW, NOW);
    award.run(4, 'School Librarian of the Year', 'School Library Association', '', '', NOW, NOW);
    award.run(5, 'Reader of the Year (our own)', 'Central Library', '01-15', '02-28', NOW, NOW);
    migrateTo(db, 8);
    expect(rows(db, 'SELECT scheme_id, member_id FROM recognition_panel_members ORDER BY scheme_id, member_id')).toEqual([
      { scheme_id: 1, member_id: 1 },
      { scheme_id: 1, member_id: 3 },
    ]);
    expect(rows(db, 'SELECT id, name, window_opens, window_closes, source, last_checked, every_years, status FROM external_awards ORDER BY id')).toEqual([
      { id: 1, name: 'Libraries Change Lives Award', window_opens: '', window_closes: '', source: 'https://www.cilip.org.uk/page/LCLAPastWinnersandFinalists', last_checked: null, every_years: 1, status: 'possibly_discontinued' },
      { id: 2, name: 'Sally Hernando Award for innovation in NHS library and knowledge services', window_opens: '', window_closes: '03-09', source: 'https://kfh.libraryservices.nhs.uk/category/quality-and-impact/', last_checked: null, every_years: 2, status: 'active' },
      { id: 3, name: 'Library Design Awards', window_opens: '', window_closes: '', source: 'https://www.sconul.ac.uk/services-for-members/library-design-awards/', last_checked: null, every_years: 3, status: 'active' },
      { id: 4, name: 'School Librarian of the Year', window_opens: '', window_closes: '', source: 'https://www.sla.org.uk/awards', last_checked: null, every_years: 1, status: 'active' },
      { id: 5, name: 'Reader of the Year (our own)', window_opens: '01-15', window_closes: '02-28', source: '', last_checked: null, every_years: 1, status: 'active' },
    ]);
  });

  it('0008: a Sally Hernando entry whose window the manager already set keeps it', () => {
    const db = at(7);
    db.prepare(`INSERT INTO external_awards (id, name, organiser, window_opens, window_closes, created_at, updated_at) VALUES (1, 'Sally Hernando Award for innovation in NHS library and knowledge services', 'NHS England', '01-10', '04-30', ?, ?)`).run(NOW, NOW);
    migrateTo(db, 8);
    expect(rows(db, 'SELECT window_opens, window_closes, every_years FROM external_awards')).toEqual([{ window_opens: '01-10', window_closes: '04-30', every_years: 2 }]);
  });

  it('0011: every signature is carried into the rebuilt table unchanged (ids included), and a tutor may now sign', () => {
    const db = at(10);
    addMembers(db, [[1, 'Łukasz Żółć', null], [2, 'Siân ap Dŵr', null]]);
    db.prepare(`INSERT INTO agreements (id, member_id, scheme, start_date, end_date, hours_per_week, created_at, updated_at) VALUES (5, 1, 'apprenticeship', '2026-09-01', '2027-08-31', 30, ?, ?), (6, 2, 'work_placement', '2026-10-01', '2027-03-31', 37, ?, ?)`).run(NOW, NOW, NOW, NOW);
    db.prepare(`INSERT INTO agreement_versions (id, agreement_id, number, status, content, created_at, ready_at, signed_at) VALUES (50, 5, 1, 'signed', '{}', ?, ?, ?), (60, 6, 1, 'ready', '{}', ?, ?, NULL)`).run(NOW, NOW, NOW, NOW, NOW);
    const sign = db.prepare(`INSERT INTO agreement_signatures (id, version_id, role, name, signed_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`);
    sign.run(500, 50, 'trainee', 'Łukasz Żółć', '2026-08-20', NOW);
    sign.run(501, 50, 'manager', 'Margaret Hughes', '2026-08-21', NOW);
    sign.run(502, 50, 'provider', 'Northern Training Ltd', '2026-08-22', NOW);
    sign.run(600, 60, 'trainee', 'Siân ap Dŵr', '2026-09-20', NOW);
    const before = rows(db, 'SELECT * FROM agreement_signatures ORDER BY id');
    migrateTo(db, 11);
    expect(rows(db, 'SELECT * FROM agreement_signatures ORDER BY id')).toEqual(before);
    expect(before).toHaveLength(4);
    sign.run(601, 60, 'tutor', 'Dr Ife Adeyemi', '2026-09-25', NOW);
    expect(rows(db, 'SELECT role FROM agreement_signatures WHERE version_id = 60 ORDER BY id')).toEqual([{ role: 'trainee' }, { role: 'tutor' }]);
    // The rebuilt table still belongs to its version: deleting the agreement removes its signatures.
    db.exec('DELETE FROM agreements WHERE id = 5');
    expect(rows(db, 'SELECT id FROM agreement_signatures ORDER BY id')).toEqual([{ id: 600 }, { id: 601 }]);
    expect(rows(db, 'SELECT * FROM agreement_version_returns')).toEqual([]);
  });

  it('0014: existing assessments are the manager\'s, existing ratings have no separate manager view, existing agenda items were raised by the manager and not yet covered', () => {
    const db = at(13);
    addMembers(db, [[1, 'Łukasz Żółć', null]]);
    db.prepare(`INSERT INTO skill_frameworks (id, name, version, created_at) VALUES (1, 'PKSB', '2012', ?)`).run(NOW);
    db.exec(`INSERT INTO skill_sections (id, framework_id, code, name, position) VALUES (10, 1, '1', 'Organising knowledge and information', 1)`);
    db.exec(`INSERT INTO skills (id, framework_id, section_id, code, title, position) VALUES (100, 1, 10, '1.1', 'Cataloguing', 1)`);
    db.prepare(`INSERT INTO skill_assessments (id, member_id, framework_id, kind, assessed_on, shared, created_at, updated_at) VALUES (1000, 1, 1, 'initial', '2026-01-10', 1, ?, ?)`).run(NOW, NOW);
    db.exec(`INSERT INTO skill_ratings (assessment_id, skill_id, current, target, notes) VALUES (1000, 100, 2, 4, 'Uses RDA daily.')`);
    db.prepare(`INSERT INTO one_to_ones (id, member_id, scheduled_at, duration_minutes, created_at, updated_at) VALUES (7, 1, '2026-11-20T10:00:00.000Z', 30, ?, ?)`).run(NOW, NOW);
    db.exec(`INSERT INTO one_to_one_agenda_items (id, meeting_id, position, title, source) VALUES (70, 7, 0, 'Chartership: next steps', 'registration')`);
    const assessmentsBefore = rows(db, 'SELECT * FROM skill_assessments');
    const ratingsBefore = rows(db, 'SELECT * FROM skill_ratings');
    const agendaBefore = rows(db, 'SELECT * FROM one_to_one_agenda_items');
    migrateTo(db, 14);
    expect(rows(db, 'SELECT * FROM skill_assessments')).toEqual(assessmentsBefore.map((r) => ({ ...(r as object), self_assessed: 0, pack_id: null })));
    expect(rows(db, 'SELECT * FROM skill_ratings')).toEqual(ratingsBefore.map((r) => ({ ...(r as object), manager_current: null })));
    expect(rows(db, 'SELECT * FROM one_to_one_agenda_items')).toEqual(agendaBefore.map((r) => ({ ...(r as object), raised_by: 'manager', covered: 0 })));
    expect(rows(db, 'SELECT * FROM member_packs')).toEqual([]);
  });
});
