import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOURS_INPUT_ATTRS, hoursSqlCheck } from '../../shared/domains/hours';
import { sessionHours } from '../../shared/domains/activities';
import { cpdHours } from '../../shared/domains/registration-cpd';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * One rule for hours of development (issue #21): the CPD log, the activities and every table that
 * stores such hours accept exactly the same values, all defined in shared/domains/hours.ts.
 */
const CANDIDATES = [-1, 0, 0.1, 0.25, 0.5, 0.75, 1, 1.3, 1.5, 7.25, 12.33, 23.75, 24, 24.25, 25];
const TABLES = ['cpd_entries', 'action_learning_meetings', 'coaching_records', 'shadowing_visits'];

describe('the hours rule', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ sample: true });
    // The sample story has no coaching session: add one, the way the coaching tab would.
    const [member] = await t.call('team:list', { includeArchived: false });
    await t.call('activities:createCoaching', { coacheeId: member!.id, coachMemberId: null, coachName: 'Siân ap Dŵr', heldOn: '2026-11-20', hours: 1, goal: 'Chair a team meeting', reality: '', options: '', wayForward: '', actions: [] });
  });
  afterAll(() => t.close());

  const expected = CANDIDATES.filter((h) => cpdHours.safeParse(h).success);

  it('is one rule for the CPD log and for activity sessions', () => {
    expect(expected).toEqual([0.25, 0.5, 0.75, 1, 1.5, 7.25, 23.75, 24]);
    expect(CANDIDATES.filter((h) => sessionHours.safeParse(h).success)).toEqual(expected);
    expect(HOURS_INPUT_ATTRS).toMatchObject({ step: '0.25', min: '0.25', max: '24' });
  });

  it('is the CHECK on the CPD log table, written from the shared constant', () => {
    const sql = t.db.prepare<[], { sql: string }>(`SELECT sql FROM sqlite_master WHERE name = 'cpd_entries'`).get()!.sql;
    expect(sql).toContain(`CHECK (${hoursSqlCheck('hours')})`);
  });

  for (const table of TABLES) {
    it(`${table} stores exactly the hours the shared rule accepts, on insert and on update`, () => {
      const row = t.db.prepare(`SELECT rowid AS rid, * FROM "${table}" LIMIT 1`).get() as { rid: number } | undefined;
      expect(row, `the sample has a ${table} row`).toBeDefined();
      const columns = (t.db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[])
        .filter((c) => c.pk === 0 && c.name !== 'source')
        .map((c) => c.name);
      const list = columns.map((c) => `"${c}"`).join(', ');
      const select = columns.map((c) => (c === 'hours' ? '?' : `"${c}"`)).join(', ');
      const insert = t.db.prepare(`INSERT INTO "${table}" (${list}) SELECT ${select} FROM "${table}" WHERE rowid = ?`);
      const update = t.db.prepare(`UPDATE "${table}" SET hours = ? WHERE rowid = ?`);
      const accepts = (write: () => unknown) => {
        t.db.exec('SAVEPOINT probe');
        try {
          write();
          return true;
        } catch {
          return false;
        } finally {
          t.db.exec('ROLLBACK TO probe; RELEASE probe');
        }
      };
      expect(CANDIDATES.filter((h) => accepts(() => insert.run(h, row!.rid)))).toEqual(expected);
      expect(CANDIDATES.filter((h) => accepts(() => update.run(h, row!.rid)))).toEqual(expected);
    });
  }
});
