import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkbenchApp } from '../../electron/main/app';
import { openDatabase } from '../../electron/main/db/open';
import { generateRegional } from '../../electron/main/sample/regional';
import { EMPLOYMENT_TYPE_LABELS } from '../../shared/domains/team';
import { contract } from '../../shared/ipc/contract';
import { BENCH_NOW, openWorkbench } from './regional-db';

/**
 * The writes people wait for, through the channels as the renderer sends them
 * (`app.dispatch`: contract parse, write queue, one transaction, change event):
 * a team import, saving a whole assessment, a CPD entry, a one-to-one, a nomination.
 */

export interface Sampled {
  runs: number;
  medianMs: number;
  p95Ms: number;
  cpuMedianMs: number;
  cpuP95Ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** Runs `fn` `runs` times after `warmup` untimed runs; wall clock and this process's CPU time. */
export async function sample(runs: number, fn: (i: number) => Promise<unknown> | unknown, warmup = 1, before?: (i: number) => void): Promise<Sampled> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    before?.(i);
    const t = performance.now();
    const usage = process.cpuUsage();
    await fn(i);
    const used = process.cpuUsage(usage);
    if (i < warmup) continue;
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { runs, medianMs: percentile(wall, 50), p95Ms: percentile(wall, 95), cpuMedianMs: percentile(cpu, 50), cpuP95Ms: percentile(cpu, 95) };
}

interface Step {
  wallMs: number;
  cpuMs: number;
}

/** Times one part of a sampled run; run 0 is the warm-up (`sample`'s default) and is not kept. */
async function step<T>(run: number, into: Step[], fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const usage = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(usage);
  if (run > 0) into.push({ wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 });
  return value;
}

function summarise(steps: Step[]): Sampled {
  const wall = steps.map((x) => x.wallMs).sort((a, b) => a - b);
  const cpu = steps.map((x) => x.cpuMs).sort((a, b) => a - b);
  return { runs: steps.length, medianMs: percentile(wall, 50), p95Ms: percentile(wall, 95), cpuMedianMs: percentile(cpu, 50), cpuP95Ms: percentile(cpu, 95) };
}

async function call<T = unknown>(app: WorkbenchApp, channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

// ---------------------------------------------------------------------------------------------
// Team import: a 2,000-row CSV through team:importPreview + team:importCommit vs a raw loop.

const TEAM_HEADER = 'Name,Job title,Team,Start date,Email,FTE,Employment type';
const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export interface TeamImportResult {
  rows: number;
  /** team:importPreview then team:importCommit, into an empty workbench each run. */
  channels: Sampled;
  preview: Sampled;
  /** The same rows' values written by one prepared INSERT in a loop, one transaction. */
  raw: Sampled;
  added: number;
}

/** Untimed rounds of all three first (one before 30 Nov): neither side is timed while the JIT warms up. */
const TEAM_IMPORT_WARMUP = 2;

export async function benchTeamImport(rows: number, runs: number): Promise<TeamImportResult> {
  const plan = generateRegional({ today: BENCH_NOW.slice(0, 10), members: rows, servicePoints: 40, assessmentsPerMember: 0, cpdPerMember: 0, months: 1 });
  const people = plan.members.map((m, i) => ({
    name: m.name,
    jobTitle: m.jobTitle,
    team: m.team,
    startDate: m.startDate,
    email: `staff${i + 1}@region.example.org`,
    fte: m.fte,
    employmentType: m.employmentType,
  }));
  const content = [
    TEAM_HEADER,
    ...people.map((p) =>
      [p.name, p.jobTitle, p.team, p.startDate ? ukDate(p.startDate) : '', p.email, String(p.fte), EMPLOYMENT_TYPE_LABELS[p.employmentType]].map(csvCell).join(','),
    ),
  ].join('\n');
  const input = { fileName: 'regional-staff.csv', format: 'csv', content };

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-import-'));
  try {
    let n = 0;
    const fresh = () => path.join(dir, `run-${(n += 1)}.sqlite`);
    let added = 0;
    const rawLoad = (d: ReturnType<typeof openDatabase>) => {
      const insert = d.prepare(`INSERT INTO members (name, preferred_name, job_title, grade, team, fte, start_date, line_manager_id,
        employment_type, cilip_number, email, notes, created_at, updated_at) VALUES (?, '', ?, '', ?, ?, ?, NULL, ?, '', ?, '', ?, ?)`);
      d.transaction(() => {
        for (const p of people) insert.run(p.name, p.jobTitle, p.team, p.fte, p.startDate, p.employmentType, p.email, BENCH_NOW, BENCH_NOW);
      })();
    };
    // The three are interleaved run by run, each into a fresh file, so a busy moment on a shared machine falls on
    // all of them rather than on whichever was being timed then; the ratio is of medians over the same stretch.
    const steps = { channels: [] as Step[], preview: [] as Step[], raw: [] as Step[] };
    for (let i = 0; i < TEAM_IMPORT_WARMUP + runs; i += 1) {
      // `step` keeps runs numbered above 0.
      const run = i - TEAM_IMPORT_WARMUP + 1;
      let app = openWorkbench(fresh());
      await step(run, steps.channels, async () => {
        await call(app, 'team:importPreview', input);
        added = (await call<{ added: number }>(app, 'team:importCommit', input)).added;
      });
      app.close();
      app = openWorkbench(fresh());
      await step(run, steps.preview, () => call(app, 'team:importPreview', input));
      app.close();
      const db = openDatabase(fresh());
      await step(run, steps.raw, async () => rawLoad(db));
      db.close();
      if (added !== rows) throw new Error(`team:importCommit added ${added} of ${rows} rows`);
    }
    const channels = summarise(steps.channels);
    const preview = summarise(steps.preview);
    const raw = summarise(steps.raw);
    return { rows, channels, preview, raw, added };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Single writes on the regional database.

export interface WritesResult {
  /** skills:createAssessment + skills:rateMany with every skill of the framework (the UI's batch). */
  assessmentBatch: Sampled & { ratings: number };
  /** The same assessment one skills:rate per rating, for contrast. */
  assessmentPerRating: Sampled & { ratings: number };
  /** memberPack:accept, if that channel exists: not measured here (see docs/performance.md). */
  cpd: Sampled;
  /** A one-to-one as people record it: scheduled, notes saved, recorded as held (three buttons, three waits). */
  oneToOne: Sampled;
  /** Each of those three user actions on its own, timed inside the same runs. */
  oneToOneSteps: { schedule: Sampled; saveNotes: Sampled; held: Sampled };
  /**
   * One row written in its own transaction on the same connection (synchronous=FULL in WAL): what the disk
   * costs every command before it can answer, however little it writes.
   */
  commitBaseline: Sampled;
  nomination: Sampled | { error: string };
}

export async function benchWrites(app: WorkbenchApp, runs: number): Promise<WritesResult> {
  const db = app.ctx.db;
  const members = db.prepare<[], { id: number }>(`SELECT id FROM members WHERE left_on IS NULL ORDER BY id LIMIT 400`).all().map((r) => r.id);
  const frameworkId = (db.prepare(`SELECT id FROM skill_frameworks WHERE is_default = 1 ORDER BY id LIMIT 1`).pluck().get() ??
    db.prepare(`SELECT id FROM skill_frameworks ORDER BY id DESC LIMIT 1`).pluck().get()) as number;
  const skills = db.prepare<[number], { id: number }>(`SELECT id FROM skills WHERE framework_id = ? AND retired_on IS NULL ORDER BY id`).all(frameworkId).map((r) => r.id);
  const member = (i: number) => members[i % members.length] ?? 1;
  const today = BENCH_NOW.slice(0, 10);

  const newAssessment = async (i: number) =>
    (await call<{ id: number }>(app, 'skills:createAssessment', { memberId: member(i), frameworkId, kind: 'ad_hoc', assessedOn: today, shared: true })).id;
  const level = (i: number, k: number) => (i + k) % 5;
  const assessmentBatch = await sample(runs, async (i) => {
    const assessmentId = await newAssessment(i);
    await call(app, 'skills:rateMany', { assessmentId, ratings: skills.map((skillId, k) => ({ skillId, current: level(i, k), target: level(i, k + 1) })) });
  });
  const perRatingRuns = Math.max(3, Math.min(runs, 5));
  const assessmentPerRating = await sample(perRatingRuns, async (i) => {
    const assessmentId = await newAssessment(i + runs + 1);
    for (const [k, skillId] of skills.entries()) await call(app, 'skills:rate', { assessmentId, skillId, current: level(i, k), target: level(i, k + 1) });
  });

  const cpd = await sample(runs, (i) =>
    call(app, 'registration:addCpd', {
      memberId: member(i),
      date: today,
      activityType: 'reading',
      hours: 1.5,
      title: `Reading group on community outreach ${i + 1}`,
      reflection: 'Łukasz Żółć led the discussion; I will try the drop-in format at my branch.',
      sections: [],
    }),
  );
  // Each step timed on its own too: in the app they are three separate actions (Schedule, Save notes, Record as held).
  const steps = { schedule: [] as Step[], saveNotes: [] as Step[], held: [] as Step[] };
  const oneToOne = await sample(runs, async (i) => {
    const hour = String(8 + (i % 9)).padStart(2, '0');
    const m = await step(i, steps.schedule, () =>
      call<{ id: number }>(app, 'oneToOnes:schedule', { memberId: member(i + 7), scheduledAt: `${today}T${hour}:00:00.000Z`, durationMinutes: 30, location: '', recurrence: 'none' }),
    );
    await step(i, steps.saveNotes, () => call(app, 'oneToOnes:saveNotes', { id: m.id, privateNotes: '', sharedNotes: 'Agreed to shadow Siân ap Dŵr on the mobile library route.' }));
    await step(i, steps.held, () => call(app, 'oneToOnes:setStatus', { id: m.id, status: 'held' }));
  });
  const touch = db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('bench.commitBaseline', ?)`);
  const commitBaseline = await sample(runs, (i) => db.transaction(() => touch.run(String(i)))());
  db.prepare(`DELETE FROM settings WHERE key = 'bench.commitBaseline'`).run();
  let nomination: WritesResult['nomination'];
  const cycle = db
    .prepare<[], { id: number }>(`SELECT c.id FROM recognition_cycles c WHERE c.status = 'open' ORDER BY c.id DESC LIMIT 1`)
    .get();
  if (!cycle) nomination = { error: 'no open recognition cycle in this database' };
  else {
    // Current members not yet nominated in that cycle.
    const nominees = db
      .prepare<[number], { id: number }>(
        `SELECT m.id FROM members m WHERE m.left_on IS NULL AND m.id NOT IN (SELECT nominee_id FROM recognition_nominations WHERE cycle_id = ?) ORDER BY m.id LIMIT 200`,
      )
      .all(cycle.id)
      .map((r) => r.id);
    try {
      nomination = await sample(runs, (i) =>
        call(app, 'recognition:nominate', {
          cycleId: cycle.id,
          nomineeId: nominees[i % nominees.length] ?? 1,
          nominatorId: null,
          category: 'Teamwork',
          reason: `Covered the Saturday rota at short notice (${i + 1}) and trained two new volunteers.`,
          evidence: '',
        }),
      );
    } catch (error) {
      nomination = { error: String(error).slice(0, 200) };
    }
  }
  return {
    assessmentBatch: { ...assessmentBatch, ratings: skills.length },
    assessmentPerRating: { ...assessmentPerRating, ratings: skills.length },
    cpd,
    oneToOne,
    oneToOneSteps: { schedule: summarise(steps.schedule), saveNotes: summarise(steps.saveNotes), held: summarise(steps.held) },
    commitBaseline,
    nomination,
  };
}

/** dashboard:takeAlerts as the app shell sends it on opening, with its alerts not yet taken. */
export async function benchTakeAlerts(app: WorkbenchApp, runs: number): Promise<Sampled & { alerts: number }> {
  if (!Object.hasOwn(contract, 'dashboard:takeAlerts')) throw new Error('no dashboard:takeAlerts channel');
  const forget = app.ctx.db.prepare(`DELETE FROM settings WHERE key LIKE 'dashboard.alerted:%'`);
  let alerts = 0;
  const timing = await sample(
    runs,
    async () => {
      alerts = (await call<unknown[]>(app, 'dashboard:takeAlerts', {})).length;
    },
    1,
    () => forget.run(),
  );
  return { ...timing, alerts };
}
