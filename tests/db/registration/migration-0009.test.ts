import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { openDatabase } from '../../../electron/main/db/open';

/** Migration 0009 changes data: rows written at version 8 come out as below (Signal-style: exact rows). */
describe('migration 0009: PKSB editions, carried-over ratings, registration rules', () => {
  it("drops 'reflection' and 'supporting' from evidence criteria, keeps the rest, and marks PKSB-skeleton frameworks as the 2012 wheel", () => {
    const db = openDatabase(':memory:', { migrateTo: 8 });
    const now = '2026-11-01T10:00:00Z';
    db.prepare(
      `INSERT INTO members (id, name, job_title, team, fte, employment_type, created_at, updated_at)
       VALUES (1, 'Siân ap Dŵr', 'Library Services Manager', 'Central Library', 1, 'permanent', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO registration_journeys (id, member_id, level, stage, stage_changed_on, created_at, updated_at)
       VALUES (1, 1, 'fellowship', 'portfolio_assembly', '2026-10-01', ?, ?)`,
    ).run(now, now);
    const evidence = db.prepare(
      `INSERT INTO registration_evidence (journey_id, title, criteria, added_on, created_at) VALUES (1, ?, ?, '2026-10-02', ?)`,
    );
    evidence.run('Both old tags', '["personal","reflection","wider","supporting"]', now);
    evidence.run('Only reflection', '["reflection"]', now);
    evidence.run('Untouched', '["organisational"]', now);
    db.prepare(`INSERT INTO skill_frameworks (id, name, version, created_at) VALUES (1, 'PKSB', '2012', ?), (2, 'Ours', '1', ?)`).run(now, now);
    db.prepare(`INSERT INTO skill_sections (framework_id, code, name, position, is_local) VALUES (1, '5', 'Information governance and compliance', 1, 0), (2, 'H', 'Health', 1, 1)`).run();

    migrate(db);

    expect(db.prepare(`SELECT title, criteria FROM registration_evidence ORDER BY id`).all()).toEqual([
      { title: 'Both old tags', criteria: '["personal","wider"]' },
      { title: 'Only reflection', criteria: '[]' },
      { title: 'Untouched', criteria: '["organisational"]' },
    ]);
    expect(db.prepare(`SELECT id, edition FROM skill_frameworks ORDER BY id`).all()).toEqual([
      { id: 1, edition: '2012' },
      { id: 2, edition: null },
    ]);
    expect(db.prepare(`SELECT route, mentor_on_register FROM registration_journeys`).get()).toEqual({ route: 'main', mentor_on_register: null });
    db.close();
  });
});
