import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createWorkbench, type WorkbenchApp } from '../../electron/main/app';
import { fixedClock } from '../../electron/main/context';
import { openDatabase } from '../../electron/main/db/open';
import { generateRegional, type RegionalOptions, type RegionalPlan } from '../../electron/main/sample/regional';
import { loadThroughServices, seedAgreements, type LoadResult } from './load-service';

/** The bench and seed scripts run on a fixed date so every run builds the same database. */
export const BENCH_NOW = '2026-11-23T10:00:00.000Z';

export interface RegionalDb {
  app: WorkbenchApp;
  plan: RegionalPlan;
  load: LoadResult;
  agreements: number;
  generateMs: number;
}

/** A workbench over an existing or new database file (":memory:" for none), on the bench clock. */
export function openWorkbench(file: string, now = BENCH_NOW, beforeBuild?: (db: Database.Database) => void): WorkbenchApp {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-'));
  const db = openDatabase(file);
  beforeBuild?.(db);
  // As the shipped app runs: results are not re-checked against the contract (tests do that).
  return createWorkbench({ dataDir, transport: 'web', db, clock: fixedClock(now), log: () => undefined, checkOutputs: false });
}

/** Generates the regional plan and loads it through the service layer into `file`. */
export function buildRegionalDb(file: string, options: Omit<RegionalOptions, 'today'>, now = BENCH_NOW): RegionalDb {
  const started = performance.now();
  const plan = generateRegional({ ...options, today: now.slice(0, 10) });
  const generateMs = performance.now() - started;
  const app = openWorkbench(file, now);
  const load = loadThroughServices(app.ctx, plan);
  const agreements = seedAgreements(app.ctx, plan, load.memberIds);
  app.ctx.db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('onboarding.choice', 'empty')`).run();
  return { app, plan, load, agreements, generateMs };
}

/** Reads `--name value` and `--flag` arguments. */
export function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      flags.set(arg.slice(2), next);
      i += 1;
    } else flags.set(arg.slice(2), 'true');
  }
  return flags;
}

export function sizeFlags(flags: Map<string, string>, defaults: Omit<RegionalOptions, 'today'> = {}): Omit<RegionalOptions, 'today'> {
  const num = (name: string, fallback: number | undefined) => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${raw}")`);
    return n;
  };
  return {
    members: num('members', defaults.members),
    servicePoints: num('service-points', defaults.servicePoints),
    assessmentsPerMember: num('assessments', defaults.assessmentsPerMember),
    cpdPerMember: num('cpd', defaults.cpdPerMember),
    months: num('months', defaults.months),
  };
}
