import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { openDatabase } from '../../../electron/main/db/open';

/**
 * Migration 0021: agreements saved by earlier releases carry the dates of a later draft (version 2 …) typed
 * after the signed version; at version 20 rows like these come out with the signed version's dates.
 */
describe('migration 0021: an agreement takes the dates of its newest signed version', () => {
  it('puts back the signed dates and hours where a draft moved them, and leaves unsigned agreements alone', () => {
    const db = openDatabase(':memory:', { migrateTo: 20 });
    const now = '2026-11-20T10:00:00.000Z';
    db.prepare(
      `INSERT INTO members (id, name, job_title, team, fte, employment_type, created_at, updated_at)
       VALUES (1, 'Łukasz Żółć', 'Placement student', 'Central Library', 0.6, 'placement_student', ?, ?),
              (2, 'Siân ap Dŵr', 'Library apprentice', 'Central Library', 1, 'apprentice', ?, ?)`,
    ).run(now, now, now, now);
    const agreement = db.prepare(
      `INSERT INTO agreements (id, member_id, scheme, start_date, end_date, hours_per_week, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const version = db.prepare(`INSERT INTO agreement_versions (agreement_id, number, status, content, created_at) VALUES (?, ?, ?, ?, ?)`);
    const content = (startDate: string, endDate: string, hoursPerWeek: number) => JSON.stringify({ startDate, endDate, hoursPerWeek });
    // 1: signed version 1, then a draft version 2 whose earlier end the old code copied onto the agreement.
    agreement.run(1, 1, 'work_placement', '2026-11-09', '2026-11-20', 30, now, now);
    version.run(1, 1, 'signed', content('2026-11-02', '2027-01-22', 22.2), now);
    version.run(1, 2, 'draft', content('2026-11-09', '2026-11-20', 30), now);
    // 2: versions 1 and 2 both signed, version 3 ready: the agreement takes version 2's dates.
    agreement.run(2, 2, 'apprenticeship', '2026-09-01', '2028-06-30', 37, now, now);
    version.run(2, 1, 'signed', content('2026-09-01', '2027-12-31', 37), now);
    version.run(2, 2, 'signed', content('2026-09-01', '2028-03-31', 30), now);
    version.run(2, 3, 'ready', content('2026-09-01', '2028-06-30', 37), now);

    migrate(db, 21);

    expect(db.prepare(`SELECT id, start_date, end_date, hours_per_week FROM agreements ORDER BY id`).all()).toEqual([
      { id: 1, start_date: '2026-11-02', end_date: '2027-01-22', hours_per_week: 22.2 },
      { id: 2, start_date: '2026-09-01', end_date: '2028-03-31', hours_per_week: 30 },
    ]);
    db.close();
  });

  it('a signed version whose stored content lacks usable dates or hours leaves that agreement as it is, and the migration still runs', () => {
    const db = openDatabase(':memory:', { migrateTo: 20 });
    const now = '2026-11-20T10:00:00.000Z';
    db.prepare(
      `INSERT INTO members (id, name, job_title, team, fte, employment_type, created_at, updated_at) VALUES (1, 'Siân ap Dŵr', 'Placement student', 'Central Library', 0.6, 'placement_student', ?, ?)`,
    ).run(now, now);
    const agreement = db.prepare(
      `INSERT INTO agreements (id, member_id, scheme, start_date, end_date, hours_per_week, created_at, updated_at) VALUES (?, 1, 'work_placement', '2026-12-01', '2027-02-01', 22.2, ?, ?)`,
    );
    const version = db.prepare(`INSERT INTO agreement_versions (agreement_id, number, status, content, created_at) VALUES (?, 1, 'signed', ?, ?)`);
    const broken = ['{}', JSON.stringify({ startDate: 'soon', endDate: '2027-02-01', hoursPerWeek: 22.2 }), JSON.stringify({ startDate: '2027-03-01', endDate: '2027-02-01', hoursPerWeek: 22.2 }), JSON.stringify({ startDate: '2026-12-01', endDate: '2027-02-01', hoursPerWeek: '22' })];
    broken.forEach((content, i) => {
      agreement.run(i + 1, now, now);
      version.run(i + 1, content, now);
    });
    migrate(db, 21);
    expect(db.prepare(`SELECT DISTINCT start_date, end_date, hours_per_week FROM agreements`).all()).toEqual([
      { start_date: '2026-12-01', end_date: '2027-02-01', hours_per_week: 22.2 },
    ]);
    db.close();
  });

  it('an agreement with nothing signed keeps its draft’s dates', () => {
    const db = openDatabase(':memory:', { migrateTo: 20 });
    const now = '2026-11-20T10:00:00.000Z';
    db.prepare(
      `INSERT INTO members (id, name, job_title, team, fte, employment_type, created_at, updated_at) VALUES (1, 'Łukasz Żółć', 'Placement student', 'Central Library', 0.6, 'placement_student', ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO agreements (id, member_id, scheme, start_date, end_date, hours_per_week, created_at, updated_at) VALUES (1, 1, 'work_placement', '2026-12-01', '2027-02-01', 22.2, ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO agreement_versions (agreement_id, number, status, content, created_at) VALUES (1, 1, 'draft', ?, ?)`).run(
      JSON.stringify({ startDate: '2026-12-01', endDate: '2027-02-01', hoursPerWeek: 22.2 }),
      now,
    );
    migrate(db, 21);
    expect(db.prepare(`SELECT start_date, end_date, hours_per_week FROM agreements`).get()).toEqual({ start_date: '2026-12-01', end_date: '2027-02-01', hours_per_week: 22.2 });
    db.close();
  });
});
