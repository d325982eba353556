/**
 * npm run bench -- [--members N] [--service-points N] [--assessments N] [--cpd N] [--months N]
 *                  [--runs N] [--no-build] [--skip renderer,bundle,queries,writes] [--db regional.sqlite]
 *
 * Measures, in one run on one machine: bulk import through the service layer vs
 * a raw prepared-statement loop, a 2,000-row team import through its channels vs
 * a raw loop, saving a whole assessment, a CPD entry, a one-to-one and a
 * nomination through their channels, every dashboard query (median, p95, query
 * plan; takeAlerts with its alerts present), start-up and first render with the
 * regional team vs an empty one, Team scrolling, the renderer bundle and preload
 * sizes and the main-process RSS. JSON goes to stdout and
 * bench-results/latest.json; a short table goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { REGIONAL_FULL } from '../electron/main/sample/regional';
import { CHANNELS, contract } from '../shared/ipc/contract';
import { measureBundle, measurePreload, type BundleResult, type PreloadResult } from './bench/bundle';
import { benchTeamImport, benchWrites, type Sampled, type TeamImportResult, type WritesResult } from './bench/channels';
import { benchImport } from './bench/import';
import { DASHBOARD_CHANNELS, timeQueries } from './bench/queries';
import { openWorkbench, parseFlags, sizeFlags } from './bench/regional-db';
import { failed, machine, metric, table, type Metric } from './bench/report';
import { captureSql } from './bench/sql-capture';
import { launchChromium, rssMb, scrollTeam, startWeb, timeInitialRoute, timePages, timeStartup, type PageTiming, type ScrollResult } from './bench/web';

const ROOT = path.resolve(__dirname, '..');
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/**
 * Default size: the full regional shape (40 service points, 120 skills, 10
 * assessments each, 24 months) with 500 people, so a run stays within minutes
 * on two cores. `--members 2000` measures the full network (see docs/performance.md).
 */
const DEFAULT_SIZE = { ...REGIONAL_FULL, members: 500 };

async function renderer(dataDir: string, runs: number) {
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-empty-'));
  const regional = await startWeb(dataDir);
  const empty = await startWeb(emptyDir);
  const browser = await launchChromium();
  try {
    await empty.call('system:chooseStart', { mode: 'empty' });
    const rssAtStart = rssMb(regional.pid);
    log('  first render, regional…');
    const regionalPages = await timePages(browser, regional, runs);
    log('  first render, empty…');
    const emptyPages = await timePages(browser, empty, runs);
    log('  initial route and Team scroll…');
    const initialRoute = await timeInitialRoute(browser, empty, Math.min(runs, 5));
    const scroll = await scrollTeam(browser, regional);
    // Every dashboard channel over HTTP, as the open dashboards would call them.
    const channels = DASHBOARD_CHANNELS.filter(([name]) => Object.hasOwn(contract, name));
    const rssAfterRender = rssMb(regional.pid);
    const rssByChannel: Record<string, number | null> = {};
    for (const [channel, input] of channels) {
      await regional.call(channel, input);
      rssByChannel[channel] = rssMb(regional.pid);
    }
    const rssAfter = rssMb(regional.pid);
    await regional.stop();
    await empty.stop();
    // Start-up: each run spawns its own bridge over the same folder (the two above have stopped).
    const startupRuns = Math.max(3, Math.min(runs, 5));
    log(`  start-up, ${startupRuns} runs each on the regional and the empty workbench…`);
    const startup = { regional: await timeStartup(browser, dataDir, startupRuns), empty: await timeStartup(browser, emptyDir, startupRuns) };
    return { chromium: browser.version(), regionalPages, emptyPages, initialRoute, scroll, startup, rssAtStart, rssAfterRender, rssByChannel, rssAfter };
  } finally {
    await browser.close();
    await regional.stop();
    await empty.stop();
    fs.rmSync(emptyDir, { recursive: true, force: true });
  }
}

function build() {
  log('building the app (npx electron-vite build)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npx electron-vite build failed');
}

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const size = sizeFlags(flags, DEFAULT_SIZE);
  const runs = Number(flags.get('runs') ?? 15);
  const skip = new Set((flags.get('skip') ?? '').split(',').filter(Boolean));
  const metrics: Metric[] = [];
  const started = performance.now();

  if (!skip.has('renderer') || !skip.has('bundle')) {
    if (flags.get('no-build') !== 'true') build();
  }
  let bundle: BundleResult | null = null;
  let preload: PreloadResult | null = null;
  if (!skip.has('bundle')) {
    bundle = measureBundle(path.join(ROOT, 'out/renderer'));
    const lazy = bundle.largestLazyChunk ? `; largest lazy chunk ${bundle.largestLazyChunk.file} ${bundle.largestLazyChunk.kb} KB` : '';
    metrics.push(metric('renderer initial route JS, uncompressed', bundle.initialJsKb, 'KB', 400, `as the desktop app reads it from disk${lazy}`));
    metrics.push(metric('renderer initial route, gzip (browser version)', bundle.initialGzipKb, 'KB', 350, `${bundle.lazyChunks} lazy chunks; all JS+CSS ${bundle.allJsCssGzipKb.toFixed(0)} KB gzip`));
    preload = measurePreload(path.join(ROOT, 'out/preload/index.js'), CHANNELS);
    metrics.push(
      preload.missingChannels.length > 0
        ? failed('preload size', 'KB', 20, `the built allow-list lacks ${preload.missingChannels.join(', ')}`)
        : metric('preload size', preload.kb, 'KB', 20, `allow-list names all ${CHANNELS.length} channels`),
    );
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-'));
  log(`generating and importing ${size.members} members × ${size.assessmentsPerMember} assessments (raw loop, then service layer)…`);
  const imported = await benchImport(dir, size);
  fs.rmSync(path.join(dir, 'raw.sqlite'), { force: true });
  const existing = flags.get('db');
  if (existing) {
    // Queries and renderer on a database built before (e.g. the full network from seed:regional).
    imported.app.close();
    fs.copyFileSync(path.resolve(existing), imported.file);
    log(`using ${existing} for queries, renderer and RSS`);
  }
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  metrics.push(metric('bulk import: service ÷ raw (wall clock)', imported.serviceMs / imported.rawMs, '×', 1.5, `${secs(imported.serviceMs)} vs ${secs(imported.rawMs)}`));
  metrics.push(metric('bulk import: service ÷ raw (CPU time)', imported.serviceCpuMs / imported.rawCpuMs, '×', 1.5, `${secs(imported.serviceCpuMs)} vs ${secs(imported.rawCpuMs)} CPU`));
  if (imported.mismatches.length > 0) throw new Error(`the two loads differ in: ${imported.mismatches.join(', ')}`);
  if (!existing) imported.app.close();

  let teamImport: TeamImportResult | null = null;
  if (!skip.has('writes')) {
    log('team import: 2,000-row CSV through team:importPreview + team:importCommit vs a raw loop…');
    teamImport = await benchTeamImport(2000, Math.max(5, runs));
    const ti = teamImport;
    metrics.push(
      metric('team import 2,000 rows: channels ÷ raw (wall clock)', ti.channels.medianMs / ti.raw.medianMs, '×', 3, `${ti.channels.medianMs.toFixed(0)} ms vs ${ti.raw.medianMs.toFixed(1)} ms (preview alone ${ti.preview.medianMs.toFixed(0)} ms)`),
    );
    metrics.push(metric('team import 2,000 rows: channels ÷ raw (CPU time)', ti.channels.cpuMedianMs / ti.raw.cpuMedianMs, '×', 3, `${ti.channels.cpuMedianMs.toFixed(0)} ms vs ${ti.raw.cpuMedianMs.toFixed(1)} ms CPU`));
  }

  log(`timing dashboard queries (${runs} runs each)…`);
  let capture: ReturnType<typeof captureSql> | null = null;
  const app = openWorkbench(imported.file, undefined, (db) => (capture = captureSql(db)));
  if (!capture) throw new Error('no capture');
  const { timings, skipped } = skip.has('queries') ? { timings: [], skipped: ['all (--skip queries)'] } : await timeQueries(app, capture, runs);
  for (const t of timings) {
    const scans = t.statements.flatMap((s) => s.fullScans);
    const alerts = t.name === 'dashboard:takeAlerts' ? `; ${t.resultCount ?? 0} alerts taken each run` : '';
    const note = `CPU ${t.cpuMedianMs.toFixed(1)} ms; ${t.prepared} statements prepared per call (${t.preparedFirst} on the first)${alerts}${scans.length > 0 ? `; FULL SCAN: ${scans.join('; ')}` : ''}`;
    metrics.push(metric(`query ${t.name} median`, t.medianMs, 'ms', 50, note));
  }

  // Writes through the channels on the regional database (after the queries, which they would change).
  let writes: WritesResult | null = null;
  if (!skip.has('writes')) {
    log('timing writes through the channels (assessment, CPD, one-to-one, nomination)…');
    writes = await benchWrites(app, Math.max(10, runs * 2));
    const w = writes;
    const cpu = (x: Sampled) => `CPU ${x.cpuMedianMs.toFixed(1)} ms`;
    metrics.push(metric(`save a whole assessment (${w.assessmentBatch.ratings} ratings), median`, w.assessmentBatch.medianMs, 'ms', 50, `skills:createAssessment + skills:rateMany; p95 ${w.assessmentBatch.p95Ms.toFixed(1)} ms; ${cpu(w.assessmentBatch)}`));
    metrics.push(
      metric(`save a whole assessment one skills:rate at a time`, w.assessmentPerRating.medianMs, 'ms', 50, `for contrast: ${(w.assessmentPerRating.medianMs / w.assessmentPerRating.ratings).toFixed(2)} ms per rating; ${cpu(w.assessmentPerRating)}`, { scored: false }),
    );
    const write = (name: string, x: Sampled | { error: string }) => {
      if ('error' in x) {
        metrics.push(failed(`${name} median`, 'ms', 20, x.error), failed(`${name} p95`, 'ms', 20, x.error));
        return;
      }
      metrics.push(metric(`${name} median`, x.medianMs, 'ms', 20, cpu(x)));
      metrics.push(metric(`${name} p95`, x.p95Ms, 'ms', 20, `${x.runs} runs; CPU p95 ${x.cpuP95Ms.toFixed(1)} ms`));
    };
    write('CPD entry (registration:addCpd)', w.cpd);
    // Three buttons in the app (Schedule, Save notes, Record as held): each is a wait of its own and is scored;
    // the three together are reported beside them. Every command waits for one fsync (synchronous=FULL in WAL):
    // the one-row commit gives that floor on this machine's disk.
    const floor = `; a one-row commit alone takes ${w.commitBaseline.medianMs.toFixed(1)} ms median, ${w.commitBaseline.p95Ms.toFixed(1)} ms p95 (the disk)`;
    write('one-to-one: schedule (oneToOnes:schedule)', w.oneToOneSteps.schedule);
    write('one-to-one: save notes (oneToOnes:saveNotes)', w.oneToOneSteps.saveNotes);
    write('one-to-one: record as held (oneToOnes:setStatus)', w.oneToOneSteps.held);
    metrics.push(
      metric('one-to-one: the three actions together, median', w.oneToOne.medianMs, 'ms', 20, `three user actions, three commits; ${cpu(w.oneToOne)}${floor}`, { scored: false }),
      metric('one-to-one: the three actions together, p95', w.oneToOne.p95Ms, 'ms', 20, `CPU p95 ${w.oneToOne.cpuP95Ms.toFixed(1)} ms`, { scored: false }),
      metric('one-row commit (fsync floor), median', w.commitBaseline.medianMs, 'ms', 20, `p95 ${w.commitBaseline.p95Ms.toFixed(1)} ms; CPU ${w.commitBaseline.cpuMedianMs.toFixed(2)} ms: what every command waits for before it answers`, { scored: false }),
    );
    write('nomination (recognition:nominate)', w.nomination);
  }
  app.close();

  let web: Awaited<ReturnType<typeof renderer>> | null = null;
  if (!skip.has('renderer')) {
    log('timing first render in Chromium (regional vs empty)…');
    web = await renderer(dir, Math.min(runs, 7));
    const byPage = (list: PageTiming[], page: string) => list.find((p) => p.page === page)?.medianMs ?? 0;
    for (const page of ['Team', 'Dashboard']) {
      const ratio = byPage(web.regionalPages, page) / Math.max(1, byPage(web.emptyPages, page));
      const timedOut = [...web.regionalPages, ...web.emptyPages].filter((p) => p.page === page).flatMap((p) => p.failures).length;
      const note = `${byPage(web.regionalPages, page).toFixed(0)} ms vs ${byPage(web.emptyPages, page).toFixed(0)} ms${timedOut > 0 ? `; ${timedOut} runs timed out` : ''}`;
      metrics.push(metric(`first render ${page}: regional ÷ empty`, ratio, '×', 3, note));
    }
    const { startup, initialRoute } = web;
    const stuck = startup.regional.failures.length + startup.empty.failures.length;
    metrics.push(
      // A run that never became interactive fails the metric, whatever the others' median.
      (stuck > 0 ? (m: Metric) => ({ ...m, pass: false }) : (m: Metric) => m)(metric('start-up to interactive dashboard: regional ÷ empty', startup.regional.medianMs / Math.max(1, startup.empty.medianMs), '×', 1.5,
        `${startup.regional.medianMs.toFixed(0)} ms vs ${startup.empty.medianMs.toFixed(0)} ms; bridge listening after ${startup.regional.listenMedianMs.toFixed(0)} vs ${startup.empty.listenMedianMs.toFixed(0)} ms` +
          (startup.regional.failures.length + startup.empty.failures.length > 0
            ? `; ${startup.regional.failures.length} regional and ${startup.empty.failures.length} empty runs not interactive within 60 s (renderer.startup.*.failures)`
            : ''))),
    );
    metrics.push(
      metric('initial route: first render, empty workbench', initialRoute.firstRenderMs, 'ms', 1000,
        `script parse+compile+run ${initialRoute.scriptMs.toFixed(0)} ms CPU; ${initialRoute.jsKb.toFixed(0)} KB JS fetched by then; measured, no target in issue #19`, { scored: false }),
    );
    const scroll: ScrollResult = web.scroll;
    metrics.push(
      metric('Team scroll, app main-thread CPU per frame', scroll.workPerFrameMs, 'ms', 16.7,
        `script+style+layout in renderer thread CPU time over ${scroll.frames} frames (one 60 Hz frame is 16.7 ms); ${scroll.rowsInDom} rows in the DOM for ${size.members} members`),
    );
    metrics.push(
      metric('Team scroll, longest task', scroll.longestTaskMs, 'ms', 50, `${scroll.longTasks} tasks over 50 ms (wall clock: includes waiting for a busy CPU)`, { scored: false }),
    );
    metrics.push(
      metric('Team scroll, p95 frame interval', scroll.p95FrameMs, 'ms', 50, 'headless Chromium without a GPU: measures the machine as much as the app (see docs/performance.md)', { scored: false }),
    );
    if (web.rssAfter !== null) metrics.push(metric('main-process RSS after every dashboard', web.rssAfter, 'MB', 150, `web bridge process; ${web.rssAtStart?.toFixed(0)} MB at start`));
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const result = {
    measuredAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 1000),
    machine: machine({ sqlite: new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get() as string, chromium: web?.chromium ?? 'not run' }),
    size: { ...size, rows: imported.counts },
    metrics,
    pass: metrics.every((m) => m.pass || m.scored === false),
    import: {
      generateMs: Math.round(imported.generateMs),
      rawMs: Math.round(imported.rawMs),
      serviceMs: Math.round(imported.serviceMs),
      rawCpuMs: Math.round(imported.rawCpuMs),
      serviceCpuMs: Math.round(imported.serviceCpuMs),
      rawPhasesMs: imported.rawPhases,
      servicePhasesMs: imported.servicePhases,
      rawPerRatingUs: imported.rawPerRatingUs,
      channelRate: imported.channelRate,
    },
    teamImport,
    writes,
    queries: timings,
    skippedQueries: skipped,
    renderer: web,
    bundle,
    preload,
  };
  const json = JSON.stringify(result, null, 2);
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results/latest.json'), json);
  process.stdout.write(`${json}\n`);
  process.stderr.write(`\n${table(metrics)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
