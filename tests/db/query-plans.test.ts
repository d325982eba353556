import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbenchApp } from '../../electron/main/app';
import { generateRegional } from '../../electron/main/sample/regional';
import { loadThroughServices, seedAgreements } from '../../scripts/bench/load-service';
import { dashboardQueries, type DashboardQuery } from '../../scripts/bench/queries';
import { BENCH_NOW, openWorkbench } from '../../scripts/bench/regional-db';
import { captureSql, explain, fullScans } from '../../scripts/bench/sql-capture';

/**
 * Every dashboard query must reach the big tables (ratings, assessments, CPD,
 * one-to-ones, nominations…) through an index: a full scan that is invisible
 * with a team of 12 makes the home screen crawl with 2,000 people. The store
 * never runs ANALYZE, so the planner decides from the schema alone and a small
 * regional team is enough to see the plans it will use at full size.
 */
describe('dashboard query plans at regional scale', () => {
  let app: WorkbenchApp;
  let capture: ReturnType<typeof captureSql>;
  let queries: DashboardQuery[];

  beforeAll(() => {
    app = openWorkbench(':memory:', BENCH_NOW, (db) => {
      capture = captureSql(db);
    });
    const plan = generateRegional({ today: BENCH_NOW.slice(0, 10), members: 120, servicePoints: 6, assessmentsPerMember: 2, cpdPerMember: 2, months: 2 });
    const loaded = loadThroughServices(app.ctx, plan);
    seedAgreements(app.ctx, plan, loaded.memberIds);
    queries = dashboardQueries(app).queries;
  });
  afterAll(() => {
    app.close();
    fs.rmSync(app.ctx.dataDir, { recursive: true, force: true });
  });

  it('covers every dashboard channel and home-dashboard function', () => {
    const names = queries.map((q) => q.name);
    for (const expected of ['skills:heatmap', 'skills:coverage', 'registration:dashboard', 'recognition:equity', 'oneToOnes:overview', 'team:list', 'oneToOnesThisWeek(10)', 'brokenCoverageRules()']) {
      expect(names).toContain(expected);
    }
  });

  it('never scans a large table from end to end', async () => {
    const problems: string[] = [];
    for (const q of queries) {
      const { sqls } = await capture.record(q.run);
      expect(sqls.length, `${q.name} ran no SQL`).toBeGreaterThan(0);
      for (const sql of sqls) {
        const scans = fullScans(sql, explain(app.ctx.db, sql));
        if (scans.length > 0) problems.push(`${q.name}: ${scans.join('; ')} in\n  ${sql.replace(/\s+/g, ' ').trim()}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('flags a query that does scan a large table (the check can fail)', () => {
    const sql = `SELECT r.assessment_id FROM skill_ratings r WHERE r.notes = 'x'`;
    expect(fullScans(sql, explain(app.ctx.db, sql))).toEqual(['SCAN r']);
    const seek = `SELECT current FROM skill_ratings WHERE assessment_id = ? AND skill_id = ?`;
    expect(fullScans(seek, explain(app.ctx.db, seek))).toEqual([]);
  });
});
