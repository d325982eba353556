/**
 * npm run bench -- [--members N] [--service-points N] [--assessments N] [--cpd N] [--months N]
 *                  [--runs N] [--no-build] [--skip renderer,bundle,queries] [--db regional.sqlite]
 *
 * Measures, in one run on one machine: bulk import through the service layer vs
 * a raw prepared-statement loop, every dashboard query (median, p95, query plan),
 * first render of Team and Dashboard with the regional team vs an empty one,
 * the initial renderer bundle (gzip) and the main-process RSS. JSON goes to
 * stdout and bench-results/latest.json; a short table goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { REGIONAL_FULL } from '../electron/main/sample/regional';
import { contract } from '../shared/ipc/contract';
import { measureBundle, type BundleResult } from './bench/bundle';
import { benchImport } from './bench/import';
import { DASHBOARD_CHANNELS, timeQueries } from './bench/queries';
import { openWorkbench, parseFlags, sizeFlags } from './bench/regional-db';
import { machine, metric, table, type Metric } from './bench/report';
import { captureSql } from './bench/sql-capture';
import { launchChromium, rssMb, scrollTeam, startWeb, timePages, type PageTiming, type ScrollResult } from './bench/web';

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
    const regionalPages = await timePages(browser, regional, runs);
    const emptyPages = await timePages(browser, empty, runs);
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
    return { chromium: browser.version(), regionalPages, emptyPages, scroll, rssAtStart, rssAfterRender, rssByChannel, rssAfter };
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
  if (!skip.has('bundle')) {
    bundle = measureBundle(path.join(ROOT, 'out/renderer'));
    metrics.push(metric('renderer initial route, gzip', bundle.initialGzipKb, 'KB', 350, `${bundle.lazyChunks} lazy chunks; all JS+CSS ${bundle.allJsCssGzipKb.toFixed(0)} KB gzip`));
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

  log(`timing dashboard queries (${runs} runs each)…`);
  let capture: ReturnType<typeof captureSql> | null = null;
  const app = openWorkbench(imported.file, undefined, (db) => (capture = captureSql(db)));
  if (!capture) throw new Error('no capture');
  const { timings, skipped } = skip.has('queries') ? { timings: [], skipped: ['all (--skip queries)'] } : await timeQueries(app, capture, runs);
  app.close();
  for (const t of timings) {
    const scans = t.statements.flatMap((s) => s.fullScans);
    const note = `CPU ${t.cpuMedianMs.toFixed(1)} ms; ${t.prepared} statements prepared per call${scans.length > 0 ? `; FULL SCAN: ${scans.join('; ')}` : ''}`;
    metrics.push(metric(`query ${t.name} median`, t.medianMs, 'ms', 50, note));
  }

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
    const scroll: ScrollResult = web.scroll;
    metrics.push(metric('Team scroll, p95 frame', scroll.p95FrameMs, 'ms', 50, `${scroll.rowsInDom} rows in the DOM for ${size.members} members`));
    if (web.rssAfter !== null) metrics.push(metric('main-process RSS after every dashboard', web.rssAfter, 'MB', 150, `web bridge process; ${web.rssAtStart?.toFixed(0)} MB at start`));
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const result = {
    measuredAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 1000),
    machine: machine({ sqlite: new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get() as string, chromium: web?.chromium ?? 'not run' }),
    size: { ...size, rows: imported.counts },
    metrics,
    pass: metrics.every((m) => m.pass),
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
    queries: timings,
    skippedQueries: skipped,
    renderer: web,
    bundle,
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
