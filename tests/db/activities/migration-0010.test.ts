import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { openDatabase } from '../../../electron/main/db/open';

/** Migration 0010 (Signal-style: rows in the old format at version 9, migrate, assert the exact rows). */
describe('migration 0010: drafts and attendance', () => {
  it('marks everyone in a set as attending meetings recorded before attendance, and drops doubled CPD titles', () => {
    const db = openDatabase(':memory:', { migrateTo: 9 });
    const now = '2026-11-01T10:00:00.000Z';
    db.prepare(`INSERT INTO members (id, name, job_title, team, fte, employment_type, created_at, updated_at) VALUES (1, 'Łukasz Żółć', 'Librarian', 'Main', 1, 'permanent', ?, ?), (2, 'Siân ap Dŵr', 'Librarian', 'Main', 1, 'permanent', ?, ?)`).run(now, now, now, now);
    db.prepare(`INSERT INTO action_learning_sets (id, name, session_type, created_at, updated_at) VALUES (1, 'Reader development', 'open', ?, ?)`).run(now, now);
    db.prepare(`INSERT INTO action_learning_set_members (set_id, member_id) VALUES (1, 1), (1, 2)`).run();
    db.prepare(`INSERT INTO action_learning_meetings (id, set_id, held_on, hours, created_at) VALUES (7, 1, '2026-10-01', 2, ?)`).run(now);
    const cpd = db.prepare(`INSERT INTO cpd_entries (member_id, done_on, activity_type, hours, title, source, created_at, updated_at) VALUES (1, '2026-10-01', ?, 2, ?, ?, ?, ?)`);
    cpd.run('action_learning_set', 'Action learning set: Reader development', 'activities:alsMeeting:7:member:1', now, now);
    cpd.run('shadowing_visit', 'Shadowing visit: County Record Office', 'activities:shadowing:3:member:1', now, now);
    cpd.run('course', 'Action learning set: my own title', null, now, now);

    migrate(db);
    expect(db.prepare(`SELECT meeting_id, member_id, status FROM action_learning_attendance ORDER BY member_id`).all()).toEqual([
      { meeting_id: 7, member_id: 1, status: 'attended' },
      { meeting_id: 7, member_id: 2, status: 'attended' },
    ]);
    expect(db.prepare(`SELECT title FROM cpd_entries ORDER BY id`).all().map((r) => (r as { title: string }).title)).toEqual([
      'Reader development',
      'County Record Office',
      'Action learning set: my own title',
    ]);
  });
});
