import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/browser';
import { BENCH_NOW } from './regional-db';

const ROOT = path.resolve(__dirname, '../..');
const WEB_ENTRY = path.join(ROOT, 'out/main/web.js');

export interface WebServer {
  origin: string;
  loginUrl: string;
  token: string;
  pid: number;
  call: (channel: string, input?: unknown) => Promise<unknown>;
  stop: () => Promise<void>;
  /** What the bridge has printed so far (stdout and stderr), to say why a run failed. */
  output: () => string;
}

/** Starts the built web bridge over `dataDir` on the bench clock. */
export function startWeb(dataDir: string): Promise<WebServer> {
  if (!fs.existsSync(WEB_ENTRY)) throw new Error(`${WEB_ENTRY} is missing: run npx electron-vite build first`);
  const child: ChildProcess = spawn(process.execPath, [WEB_ENTRY, '--data-dir', dataDir, '--port', '0', '--no-open', '--clock', BENCH_NOW], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web bridge did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/auth\?token=(\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const origin = match[1] ?? '';
      const token = match[2] ?? '';
      resolve({
        origin,
        token,
        loginUrl: match[0],
        pid: child.pid ?? 0,
        call: async (channel, input = {}) => {
          const res = await fetch(`${origin}/api/invoke`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-workbench-token': token },
            body: JSON.stringify({ channel, input }),
          });
          const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
          if (!body.ok) throw new Error(`${channel} failed over HTTP: ${body.error?.message ?? res.status}`);
          return body.value;
        },
        output: () => output,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web bridge exited with ${code}:\n${output}`));
    });
  });
}

/** Resident memory of a process, from /proc (Linux). */
export function rssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * A browser context signed in to `server` in every page it opens: the bridge keeps its token in each
 * tab's sessionStorage (no cookie), so a fresh page gets it before the app's scripts run, as the
 * login page would have left it (renderer/src/api/client.ts).
 */
async function signedInContext(browser: Browser, server: WebServer) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await context.addInitScript(`sessionStorage.setItem('workbench.bridgeToken', ${JSON.stringify(server.token)})`);
  return context;
}

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

/**
 * Milliseconds from navigation start until the page has its h1, nothing still
 * loading, and (when `needs` is given) that element: read in the page itself.
 */
async function firstRender(page: Page, url: string, needs: string | null): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // Runs in the page (a string, so this Node project needs no DOM types). Polled every 16 ms (one
  // frame): animation-frame polling sometimes stalled in headless Chromium on a busy machine.
  const ready = `(() => {
    if (!document.querySelector('h1')) return false;
    if (document.querySelector('.loading, [aria-busy="true"]')) return false;
    const needs = ${JSON.stringify(needs)};
    if (needs && !document.querySelector(needs)) return false;
    return performance.now();
  })()`;
  try {
    const handle = await page.waitForFunction(ready, undefined, { timeout: 60_000, polling: 16 });
    return (await handle.jsonValue()) as number;
  } catch (error) {
    // Say what the page showed instead: its heading and whatever was still loading.
    const state = await page
      .evaluate(`JSON.stringify({ h1: document.querySelector('h1')?.textContent ?? null, busy: [...document.querySelectorAll('.loading, [aria-busy="true"]')].map((e) => e.outerHTML.slice(0, 160)) })`)
      .catch(() => 'page gone');
    throw new Error(`${String(error).slice(0, 120)}; page: ${String(state)}`, { cause: error });
  }
}

export interface PageTiming {
  page: string;
  runs: number[];
  medianMs: number;
  /** Runs that never became ready (timed out); left out of the median. */
  failures: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : ((s[Math.floor((s.length - 1) / 2)] ?? 0) + (s[Math.ceil((s.length - 1) / 2)] ?? 0)) / 2;
};

export const PAGES = [
  { page: 'Team', hash: '#/team', needs: 'table, .empty-state' },
  { page: 'Dashboard', hash: '#/', needs: null },
] as const;

/** First render of each page, `runs` times after one warm-up, in one browser context. */
export async function timePages(browser: Browser, server: WebServer, runs: number): Promise<PageTiming[]> {
  const context = await signedInContext(browser, server);
  try {
    const timings: PageTiming[] = [];
    for (const p of PAGES) {
      const samples: number[] = [];
      const failures: string[] = [];
      for (let i = 0; i <= runs; i += 1) {
        const page = await context.newPage();
        const ms = await firstRender(page, `${server.origin}/${p.hash}`, p.needs).catch((error: unknown) => {
          failures.push(`${p.page} run ${i}: ${String(error).slice(0, 200)}`);
          return null;
        });
        if (i > 0 && ms !== null) samples.push(ms);
        await page.close();
      }
      timings.push({ page: p.page, runs: samples.map((s) => Math.round(s)), medianMs: median(samples), failures });
    }
    return timings;
  } finally {
    await context.close();
  }
}

export interface ScrollResult {
  rowsInDom: number;
  frames: number;
  p95FrameMs: number;
  maxFrameMs: number;
  /** Main-thread tasks over 50 ms during the scroll (PerformanceObserver 'longtask'): the app's own jank. */
  longTasks: number;
  longestTaskMs: number;
  /** Renderer main-thread CPU time for script + style + layout per scrolled frame (CDP metrics in thread ticks). */
  workPerFrameMs: number;
}

/** Runs in the page: finds the table's scrolling box and scrolls it to the end over 60 frames. */
const SCROLL_SCRIPT = `(async () => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  const table = document.querySelector('table');
  let box = table ? table.parentElement : null;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  const scroller = box || document.scrollingElement || document.documentElement;
  const rowsInDom = document.querySelectorAll('table tbody tr').length;
  const step = Math.max(1, (scroller.scrollHeight - scroller.clientHeight) / 60);
  const deltas = [];
  let last = performance.now();
  for (let i = 0; i < 60; i += 1) {
    scroller.scrollTop += step;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const now = performance.now();
    deltas.push(now - last);
    last = now;
  }
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  deltas.sort((a, b) => a - b);
  const round = (n) => Math.round(n * 10) / 10;
  return {
    rowsInDom,
    frames: deltas.length,
    p95FrameMs: round(deltas[Math.ceil(deltas.length * 0.95) - 1] || 0),
    maxFrameMs: round(deltas[deltas.length - 1] || 0),
    longTasks: tasks.length,
    longestTaskMs: round(tasks.length ? Math.max(...tasks) : 0),
  };
})()`;

/**
 * Scrolls the Team table from top to bottom in 60 animation frames and measures frame times, long
 * tasks and the renderer main thread's CPU time for script, style and layout (CDP Performance
 * metrics in thread ticks: time the app's own work took, not time it waited for a busy machine).
 */
export async function scrollTeam(browser: Browser, server: WebServer): Promise<ScrollResult> {
  const context = await signedInContext(browser, server);
  try {
    const page = await context.newPage();
    await firstRender(page, `${server.origin}/#/team`, 'table tbody tr');
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const read = async () => {
      const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      return ((m.ScriptDuration ?? 0) + (m.RecalcStyleDuration ?? 0) + (m.LayoutDuration ?? 0)) * 1000;
    };
    const before = await read();
    const result = (await page.evaluate(SCROLL_SCRIPT)) as Omit<ScrollResult, 'workPerFrameMs'>;
    const after = await read();
    await session.detach();
    return { ...result, workPerFrameMs: Math.round(((after - before) / Math.max(1, result.frames)) * 100) / 100 };
  } finally {
    await context.close();
  }
}

export interface InitialRoute {
  /** Navigation start to the dashboard's first render on an empty workbench (median). */
  firstRenderMs: number;
  /** Script parse, compile and run up to that render (CDP ScriptDuration in thread CPU time, median). */
  scriptMs: number;
  /** Every JS file the page fetched by then, uncompressed bytes as served. */
  jsKb: number;
}

/** The initial route on an empty workbench: how long its JavaScript takes to parse and run, and its first render. */
export async function timeInitialRoute(browser: Browser, server: WebServer, runs: number): Promise<InitialRoute> {
  const renders: number[] = [];
  const scripts: number[] = [];
  let jsKb = 0;
  for (let i = 0; i <= runs; i += 1) {
    // A fresh context each run: nothing cached, as at start-up.
    const context = await signedInContext(browser, server);
    try {
      const page = await context.newPage();
      // Counters start when enabled: enable before the navigation so parse and compile are counted.
      const session = await context.newCDPSession(page);
      await session.send('Performance.enable', { timeDomain: 'threadTicks' });
      const ms = await firstRender(page, `${server.origin}/#/`, null);
      const { metrics: list } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const metrics = Object.fromEntries(list.map((m) => [m.name, m.value]));
      await session.detach();
      jsKb = (await page.evaluate(
        `performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).reduce((n, e) => n + (e.decodedBodySize || 0), 0) / 1024`,
      )) as number;
      if (i > 0) {
        renders.push(ms);
        scripts.push((metrics.ScriptDuration ?? 0) * 1000);
      }
    } finally {
      await context.close();
    }
  }
  return { firstRenderMs: median(renders), scriptMs: median(scripts), jsKb };
}

export interface StartupTiming {
  /** Process spawn to the first interactive dashboard, each run (ms). */
  runs: number[];
  medianMs: number;
  /** Process spawn to the bridge printing its address (the store opened, checked and migrated). */
  listenMedianMs: number;
  /** Runs whose dashboard did not become interactive within 60 s: what the page and the bridge showed. */
  failures: string[];
}

/**
 * Start-up as a user meets it: spawn the built web bridge over `dataDir` (the same start-up code as
 * the Electron main process: open, integrity check, migrations), open the dashboard in Chromium and
 * wait until it is interactive (its h1, nothing loading).
 */
export async function timeStartup(browser: Browser, dataDir: string, runs: number): Promise<StartupTiming> {
  const total: number[] = [];
  const listen: number[] = [];
  const failures: string[] = [];
  for (let i = 0; i <= runs; i += 1) {
    const started = performance.now();
    const server = await startWeb(dataDir);
    const listening = performance.now() - started;
    const context = await signedInContext(browser, server);
    try {
      const page = await context.newPage();
      const rendered = await firstRender(page, `${server.origin}/#/`, null).then(
        () => true,
        async (error: unknown) => {
          // Kept, not thrown: one stuck run must not lose the whole bench. It is reported, and not timed.
          const text = await page.evaluate('document.body.innerText.slice(0, 200)').catch(() => 'page gone');
          failures.push(`run ${i}: ${String(error).slice(0, 160)}; page text: ${JSON.stringify(text)}; bridge: ${JSON.stringify(server.output().slice(-400))}`);
          return false;
        },
      );
      if (i > 0 && rendered) {
        total.push(performance.now() - started);
        listen.push(listening);
      }
    } finally {
      await context.close();
      await server.stop();
    }
  }
  return { runs: total.map((t) => Math.round(t)), medianMs: median(total), listenMedianMs: median(listen), failures };
}
