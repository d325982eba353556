import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { openDatabase } from '../../../electron/main/db/open';

/** Migration 0020 gives each meeting of a series its slot; meetings booked before it are taken to be where the rule put them. */
describe('migration 0020: meetings of a series get their slot', () => {
  it('a meeting of a series gets its own time as its slot; a meeting outside any series gets none', () => {
    const db = openDatabase(':memory:', { migrateTo: 19 });
    db.prepare(`INSERT INTO members (id, name, job_title, team, fte, employment_type, created_at, updated_at) VALUES (1, 'Siân ap Dŵr', 'Library assistant', 'Bangor', 1, 'permanent', 'x', 'x')`).run();
    db.prepare(
      `INSERT INTO one_to_one_series (id, member_id, uid, frequency, interval, starts_at, duration_minutes, created_at, updated_at)
       VALUES (1, 1, 'one-to-one-series-a@staff-development-workbench', 'weekly', 4, '2026-12-01T10:00:00.000Z', 45, 'x', 'x')`,
    ).run();
    const meeting = db.prepare(
      `INSERT INTO one_to_ones (id, member_id, scheduled_at, duration_minutes, series_id, created_at, updated_at) VALUES (?, 1, ?, 45, ?, 'x', 'x')`,
    );
    meeting.run(1, '2026-12-01T10:00:00.000Z', 1);
    meeting.run(2, '2026-12-03T09:00:00.000Z', null);

    migrate(db);

    expect(db.prepare(`SELECT id, series_slot FROM one_to_ones ORDER BY id`).all()).toEqual([
      { id: 1, series_slot: '2026-12-01T10:00:00.000Z' },
      { id: 2, series_slot: null },
    ]);
    db.close();
  });
});
