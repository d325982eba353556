import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/main/db/migrate';
import { openDatabase } from '../../electron/main/db/open';

/** Migration 0016 moves dashboard dismissals out of the settings store: rows at version 15 come out as below. */
describe('migration 0016: dashboard dismissals get their own table', () => {
  it('moves snoozes and "until it changes" dismissals, drops damaged ones, leaves other settings alone', () => {
    const db = openDatabase(':memory:', { migrateTo: 15 });
    const setting = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`);
    setting.run('dashboard.dismissed:revalidation:7:30', 'changed');
    setting.run('dashboard.dismissed:review:Łukasz Żółć:2026-12-01', '2026-12-07');
    setting.run('dashboard.dismissed:broken', 'next week');
    setting.run('dashboard.alerted:revalidation:7:30', '2026-11-20');
    setting.run('registration.driftWeeks', '12');

    migrate(db, 16);

    expect(db.prepare(`SELECT item_key, until FROM dashboard_dismissals ORDER BY item_key`).all()).toEqual([
      { item_key: 'revalidation:7:30', until: null },
      { item_key: 'review:Łukasz Żółć:2026-12-01', until: '2026-12-07' },
    ]);
    expect(db.prepare(`SELECT key, value FROM settings ORDER BY key`).all()).toEqual([
      { key: 'dashboard.alerted:revalidation:7:30', value: '2026-11-20' },
      { key: 'registration.driftWeeks', value: '12' },
    ]);
    db.close();
  });

  it('migration 0019: announced items move to their own table; a damaged value is dropped (announced once more at worst)', () => {
    const db = openDatabase(':memory:', { migrateTo: 18 });
    const setting = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`);
    setting.run('dashboard.alerted:revalidation:7:30', '2026-11-20');
    setting.run('dashboard.alerted:review:Siân ap Dŵr:2026-12-01', '2026-11-28');
    setting.run('dashboard.alerted:broken', 'yesterday');
    setting.run('registration.driftWeeks', '12');

    migrate(db);

    expect(db.prepare(`SELECT item_key, alerted_on FROM dashboard_alerts ORDER BY item_key`).all()).toEqual([
      { item_key: 'revalidation:7:30', alerted_on: '2026-11-20' },
      { item_key: 'review:Siân ap Dŵr:2026-12-01', alerted_on: '2026-11-28' },
    ]);
    expect(db.prepare(`SELECT key, value FROM settings ORDER BY key`).all()).toEqual([{ key: 'registration.driftWeeks', value: '12' }]);
    db.close();
  });
});
