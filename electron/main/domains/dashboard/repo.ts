import type Database from 'better-sqlite3';

/** Aggregates for the home dashboard's charts, computed in SQL over indexed columns. */
export function createDashboardRepo(db: Database.Database) {
  const cpd = db.prepare<{ since: string; today: string }, { member_id: number; name: string; hours: number }>(`
    SELECT m.id AS member_id, m.name,
           (SELECT coalesce(sum(c.hours), 0) FROM cpd_entries c
             WHERE c.member_id = m.id AND c.done_on > @since AND c.done_on <= @today) AS hours
    FROM members m
    WHERE m.left_on IS NULL
    ORDER BY hours, fold(m.name), m.name`);
  const nominations = db.prepare<{ since: string }, { month: string; n: number }>(`
    SELECT substr(nominated_on, 1, 7) AS month, count(*) AS n
    FROM recognition_nominations WHERE nominated_on >= @since GROUP BY month`);
  const wins = db.prepare<{ since: string }, { month: string; n: number }>(`
    SELECT substr(decided_on, 1, 7) AS month, count(*) AS n
    FROM recognition_cycles WHERE winner_member_id IS NOT NULL AND decided_on >= @since GROUP BY month`);
  const dismissals = db.prepare<[], { item_key: string; until: string | null }>(`SELECT item_key, until FROM dashboard_dismissals`);
  const dismiss = db.prepare<[string, string | null]>(
    `INSERT INTO dashboard_dismissals (item_key, until) VALUES (?, ?) ON CONFLICT (item_key) DO UPDATE SET until = excluded.until`,
  );
  const restore = db.prepare(`DELETE FROM dashboard_dismissals`);
  const alerted = db.prepare<[], string>(`SELECT item_key FROM dashboard_alerts`).pluck();
  const markAlerted = db.prepare<[string, string]>(`INSERT OR IGNORE INTO dashboard_alerts (item_key, alerted_on) VALUES (?, ?)`);
  return {
    /** Item key → the snooze date, or null for "hidden until it changes". */
    dismissals: () => new Map(dismissals.all().map((r) => [r.item_key, r.until])),
    dismiss: (key: string, until: string | null) => void dismiss.run(key, until),
    restoreDismissed: () => void restore.run(),
    /** Keys of the items already announced (each urgent item is announced once). */
    alerted: () => new Set(alerted.all()),
    markAlerted: (key: string, day: string) => void markAlerted.run(key, day),
    cpdHours: (since: string, today: string) => cpd.all({ since, today }),
    nominationsByMonth: (since: string) => nominations.all({ since }),
    winsByMonth: (since: string) => wins.all({ since }),
  };
}
