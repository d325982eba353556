import type Database from 'better-sqlite3';
import { todayOf } from '../../electron/main/context';
import type { WorkbenchApp } from '../../electron/main/app';
import { overdueOrUpcomingReviews } from '../../electron/main/domains/agreements/agenda';
import { oneToOnesThisWeek } from '../../electron/main/domains/one-to-ones/dashboard';
import { cyclesClosingSoon, externalAwardDeadlines } from '../../electron/main/domains/recognition/deadlines';
import { revalidationsDue, stalledJourneys } from '../../electron/main/domains/registration/views';
import { brokenCoverageRules } from '../../electron/main/domains/skills/coverage';
import { contract } from '../../shared/ipc/contract';
import { captureSql, explain, fullScans } from './sql-capture';

export interface DashboardQuery {
  name: string;
  run: () => unknown;
  /** Untimed, before every run (including the warm-up). */
  before?: () => void;
}

/** Dashboard channels and the input each is called with. */
export const DASHBOARD_CHANNELS: [string, unknown][] = [
  ['team:list', { includeArchived: false }],
  ['skills:heatmap', {}],
  ['skills:coverage', {}],
  ['registration:dashboard', {}],
  ['recognition:overview', {}],
  ['recognition:equity', {}],
  ['oneToOnes:overview', {}],
  ['agreements:list', {}],
  ['dashboard:attention', {}],
  ['dashboard:charts', {}],
  // A command, but the app shell sends it on every page load, so every first render waits for it.
  ['dashboard:takeAlerts', {}],
];

/** Every query the dashboards run: channels through the dispatcher, plus the plain functions the home dashboard calls. */
export function dashboardQueries(app: WorkbenchApp): { queries: DashboardQuery[]; skipped: string[] } {
  const skipped: string[] = [];
  const channel = (name: string, input: unknown = {}): DashboardQuery | null => {
    if (!Object.hasOwn(contract, name)) {
      skipped.push(`${name} (no such channel yet)`);
      return null;
    }
    return {
      name,
      run: async () => {
        const result = await app.dispatch(name, input);
        if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
        return result.value;
      },
    };
  };
  const db = () => app.ctx.db;
  const today = () => todayOf(app.ctx);
  const fn = (name: string, run: (db: Database.Database, today: string) => unknown): DashboardQuery => ({ name, run: () => run(db(), today()) });
  // takeAlerts announces each urgent item once: forget the announcements before each run so every
  // timed call finds its alerts present, as when the app opens on a new day.
  const forgetAlerts = () => void db().prepare(`DELETE FROM settings WHERE key LIKE 'dashboard.alerted:%'`).run();
  const queries = [
    ...DASHBOARD_CHANNELS.map(([name, input]) => {
      const q = channel(name, input);
      return q && name === 'dashboard:takeAlerts' ? { ...q, before: forgetAlerts } : q;
    }),
    fn('brokenCoverageRules()', (d) => brokenCoverageRules(d)),
    fn('stalledJourneys()', (d, t) => stalledJourneys(d, t)),
    fn('revalidationsDue(60)', (d, t) => revalidationsDue(d, t, 60)),
    fn('overdueOrUpcomingReviews(14)', (d, t) => overdueOrUpcomingReviews(d, t, 14)),
    fn('externalAwardDeadlines()', (d, t) => externalAwardDeadlines(d, t)),
    fn('cyclesClosingSoon()', (d, t) => cyclesClosingSoon(d, t)),
    // As the home dashboard calls it: the first 10 meetings in detail (a count covers the rest).
    fn('oneToOnesThisWeek(10)', (d, t) => oneToOnesThisWeek(d, t, 10)),
  ].filter((q): q is DashboardQuery => q !== null);
  return { queries, skipped };
}

export interface QueryTiming {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** CPU time of this process (user + system): what the query costs, whatever else the machine is doing. */
  cpuMedianMs: number;
  /** Statements prepared by a later call (the second): repos built per call re-prepare their SQL every time. */
  prepared: number;
  /** Statements prepared by the first call: repos kept per connection are built (once) there. */
  preparedFirst: number;
  /** Length of the last run's result when it is a list (e.g. the alerts takeAlerts returned). */
  resultCount: number | null;
  statements: { sql: string; plan: string[]; fullScans: string[] }[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/**
 * Times each query (after one warm-up run) and explains every statement it executed.
 * A query gets `runs` runs, or fewer (at least 3) once it has used `budgetMs`.
 */
export async function timeQueries(
  app: WorkbenchApp,
  capture: ReturnType<typeof captureSql>,
  runs: number,
  budgetMs = 15_000,
): Promise<{ timings: QueryTiming[]; skipped: string[] }> {
  const { queries, skipped } = dashboardQueries(app);
  const timings: QueryTiming[] = [];
  for (const q of queries) {
    q.before?.();
    // The warm-up: its SQL is explained below; repos kept per connection prepare their statements here, once.
    const { sqls, prepared: preparedFirst } = await capture.record(q.run);
    q.before?.();
    // What every later call prepares (untimed): the figure a per-call repository would show.
    const { prepared } = await capture.record(q.run);
    const samples: number[] = [];
    const cpu: number[] = [];
    const began = performance.now();
    let last: unknown = null;
    for (let i = 0; i < runs && (i < 3 || performance.now() - began < budgetMs); i += 1) {
      q.before?.();
      const start = performance.now();
      const usage = process.cpuUsage();
      last = await q.run();
      const used = process.cpuUsage(usage);
      samples.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    samples.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const statements = sqls.map((sql) => {
      const plan = explain(app.ctx.db, sql);
      return { sql: sql.replace(/\s+/g, ' ').trim(), plan, fullScans: fullScans(sql, plan) };
    });
    timings.push({ name: q.name, runs: samples.length, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), cpuMedianMs: percentile(cpu, 50), prepared, preparedFirst, resultCount: Array.isArray(last) ? last.length : null, statements });
  }
  return { timings, skipped };
}
