import path from 'node:path';
import type Database from 'better-sqlite3';
import type { WorkbenchApp } from '../../electron/main/app';
import { openDatabase } from '../../electron/main/db/open';
import { generateRegional, planCounts, ratingMatrix, type RegionalOptions, type RegionalPlan } from '../../electron/main/sample/regional';
import { loadRaw } from './load-raw';
import { loadThroughServices, seedAgreements } from './load-service';
import { BENCH_NOW, openWorkbench } from './regional-db';

export interface ImportResult {
  plan: RegionalPlan;
  counts: Record<string, number>;
  generateMs: number;
  rawMs: number;
  serviceMs: number;
  /** CPU time of the two loads: the fair comparison on a busy machine. */
  rawCpuMs: number;
  serviceCpuMs: number;
  rawPhases: Record<string, number>;
  servicePhases: Record<string, number>;
  /** Tables whose row counts differ between the two loads (must be empty). */
  mismatches: string[];
  /** One rating at a time through `skills:rate` (its own transaction each), for contrast. */
  channelRate: { ratings: number; perRatingUs: number };
  rawPerRatingUs: number;
  /** The service-loaded database, left open for the query bench. */
  app: WorkbenchApp;
  file: string;
}

function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

async function rateThroughChannel(app: WorkbenchApp, memberId: number, frameworkId: number, assessments: number) {
  const skills = app.ctx.db.prepare<[number], { id: number }>(`SELECT id FROM skills WHERE framework_id = ? ORDER BY id`).all(frameworkId);
  let ratings = 0;
  const start = performance.now();
  for (let k = 0; k < assessments; k += 1) {
    const created = await app.dispatch('skills:createAssessment', { memberId, frameworkId, kind: 'ad_hoc', assessedOn: BENCH_NOW.slice(0, 10), shared: true });
    if (!created.ok) throw new Error(`skills:createAssessment failed: ${created.error.message}`);
    const { id } = created.value as { id: number };
    for (const skill of skills) {
      const rated = await app.dispatch('skills:rate', { assessmentId: id, skillId: skill.id, current: 2, target: 3 });
      if (!rated.ok) throw new Error(`skills:rate failed: ${rated.error.message}`);
      ratings += 1;
    }
  }
  return { ratings, perRatingUs: ((performance.now() - start) * 1000) / Math.max(1, ratings) };
}

/** Loads the same plan twice, raw loop then service layer, into fresh files in `dir`; times both. */
export async function benchImport(dir: string, size: Omit<RegionalOptions, 'today'>): Promise<ImportResult> {
  const today = BENCH_NOW.slice(0, 10);
  // Warm both code paths up (JIT, statement caches) on a tiny plan so neither pays for it in the timing.
  const warm = generateRegional({ today, members: 20, servicePoints: 2, assessmentsPerMember: 2, months: 2 });
  loadRaw(openDatabase(':memory:'), warm, BENCH_NOW);
  loadThroughServices(openWorkbench(':memory:').ctx, warm);

  const started = performance.now();
  const plan = generateRegional({ ...size, today });
  const matrix = ratingMatrix(plan);
  const generateMs = performance.now() - started;

  const rawDb = openDatabase(path.join(dir, 'raw.sqlite'));
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let t = performance.now();
  let cpu = process.cpuUsage();
  const raw = loadRaw(rawDb, plan, BENCH_NOW, matrix);
  const rawMs = performance.now() - t;
  const rawCpuMs = cpuMs(cpu);
  const rawCounts = tableCounts(rawDb);
  rawDb.close();

  const file = path.join(dir, 'workbench.sqlite');
  const app = openWorkbench(file);
  t = performance.now();
  cpu = process.cpuUsage();
  const service = loadThroughServices(app.ctx, plan, matrix);
  const serviceMs = performance.now() - t;
  const serviceCpuMs = cpuMs(cpu);
  const serviceCounts = tableCounts(app.ctx.db);
  const mismatches = Object.keys({ ...rawCounts, ...serviceCounts }).filter((k) => rawCounts[k] !== serviceCounts[k]);

  const ratings = planCounts(plan).ratings ?? 0;
  const rawPerRatingUs = ((raw.phases.ratings ?? 0) * 1000) / Math.max(1, ratings);
  const channelRate = await rateThroughChannel(app, service.memberIds[1] ?? service.memberIds[0] ?? 1, service.frameworkId, 2);
  seedAgreements(app.ctx, plan, service.memberIds);
  app.ctx.db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('onboarding.choice', 'empty')`).run();
  app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    plan,
    counts: planCounts(plan),
    generateMs,
    rawMs,
    serviceMs,
    rawCpuMs,
    serviceCpuMs,
    rawPhases: raw.phases,
    servicePhases: service.phases,
    mismatches,
    channelRate,
    rawPerRatingUs,
    app,
    file,
  };
}
