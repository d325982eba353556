#!/usr/bin/env node
// `npm test`: typecheck, lint, vitest (unit, db, renderer) and Playwright e2e, every
// layer run even when an earlier one fails, then one line totalling them all:
//   N passed, N failed, N skipped
// Typecheck and lint count as one check each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-test-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const layers = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  layers.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck (node)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.node.json']);
check('typecheck (web)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.web.json']);
check('lint', npx, ['eslint', '--max-warnings', '0', '.']);

/** Runs vitest once (optionally as if the clock said `fakeNow`) and adds its counts to the totals. */
function vitest(label, extraEnv = {}, extraArgs = []) {
  const json = path.join(reports, `vitest-${layers.length}.json`);
  const ok = run(label, npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`, ...extraArgs], extraEnv);
  const v = readJson(json);
  if (!v) {
    totals.failed += 1;
    layers.push(`${label}: FAILED to report`);
    return;
  }
  const skipped = (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests + (ok || v.numFailedTests > 0 ? 0 : 1);
  totals.skipped += skipped;
  layers.push(`${label}: ${v.numPassedTests} passed, ${v.numFailedTests} failed, ${skipped} skipped`);
}

/**
 * Other days to run the unit, db and renderer layers on (WORKBENCH_OTHER_DAYS): a comma-separated list of ISO
 * instants, or `auto` for a day at least a year ahead of the machine's clock and the next 29 February. These
 * runs prove that no test depends on the day it runs; `.ci/run` turns them on.
 */
function otherDays(spec) {
  if (!spec) return [];
  if (spec !== 'auto') return spec.split(',').map((d) => d.trim()).filter(Boolean);
  const now = new Date();
  const ahead = new Date(now.getTime() + 400 * 86_400_000);
  let year = now.getUTCFullYear();
  const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  while (!isLeap(year) || Date.UTC(year, 1, 29) <= now.getTime()) year += 1;
  return [`${ahead.toISOString().slice(0, 10)}T12:00:00Z`, `${year}-02-29T12:00:00Z`];
}

// The regional-network tests need a real PostgreSQL server; without one they are counted as skipped, never passed.
console.log(
  process.env.WORKBENCH_TEST_PG_URL
    ? '\nPostgreSQL: the regional-network tests use WORKBENCH_TEST_PG_URL'
    : '\nPostgreSQL: WORKBENCH_TEST_PG_URL is not set, so the regional-network tests are reported skipped (.ci/run starts a throwaway cluster)',
);
vitest('vitest (unit, db, renderer)');
// The kill tests run their writers in child processes, which keep the machine's clock: on another day they
// would repeat the first run, not test the date, so those files are left out of the other-day runs. The fuzz runs
// on the injected clock, so a short pass (50 inputs a channel) is enough there.
const CHILD_PROCESS_TESTS = ['tests/db/crash*.test.ts'];
for (const day of otherDays(process.env.WORKBENCH_OTHER_DAYS)) {
  vitest(
    `vitest as if it were ${day}`,
    { WORKBENCH_FAKE_NOW: day, WORKBENCH_FUZZ_RUNS: '50' },
    CHILD_PROCESS_TESTS.map((glob) => `--exclude=${glob}`),
  );
}

const browsersOk = run('browser prerequisites', process.execPath, ['scripts/ensure-chromium.mjs']);
const buildOk = browsersOk && run('build', npx, ['electron-vite', 'build']);
// Electron security lint of the built app (CI only: it is fetched from the npm registry on demand).
// Findings reviewed and accepted are listed; anything else, or anything HIGH, fails the check.
const REVIEWED = new Set([
  'CSP_GLOBAL_CHECK', // style-src 'unsafe-inline' for React/recharts style attributes; scripts stay 'self' only
  'OPEN_EXTERNAL_JS_CHECK', // shell.openExternal is called only for https: URLs (tests/unit/security.test.ts)
]);
if (buildOk && process.env.WORKBENCH_ELECTRONEGATIVITY === '1') {
  const report = path.join(reports, 'electronegativity.csv');
  run('electronegativity', npx, ['--yes', '@doyensec/electronegativity@1.10.3', '-i', 'out', '-o', report]);
  // Each finding's line ends with its check's wiki address (the CSV's quoted code samples are not
  // reliable enough to parse column by column), so the check is read from there.
  const rows = fs.existsSync(report)
    ? fs.readFileSync(report, 'utf8').split('\n').map((l) => /\/wiki\/([A-Z_]+)\s*$/.exec(l)).filter(Boolean).map((m) => ({ check: m[1], line: m.input }))
    : null;
  const unexpected = (rows ?? []).filter((r) => !REVIEWED.has(r.check) || /"HIGH"/.test(r.line)).map((r) => r.line);
  const ok = rows !== null && unexpected.length === 0;
  if (!ok) console.log(rows === null ? 'electronegativity produced no report' : unexpected.join('\n'));
  totals[ok ? 'passed' : 'failed'] += 1;
  layers.push(`electronegativity: ${rows === null ? 'FAILED to run' : `${rows.length} findings, ${unexpected.length} not reviewed`}`);
}

const playwrightJson = path.join(reports, 'playwright.json');
if (buildOk) {
  const e2eOk = run('e2e (Playwright, Chromium, web bridge)', npx, ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
  const p = readJson(playwrightJson);
  if (p?.stats) {
    const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = p.stats;
    totals.passed += expected + flaky;
    totals.failed += unexpected + (e2eOk || unexpected > 0 ? 0 : 1);
    totals.skipped += skipped;
    layers.push(`e2e: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
  } else {
    totals.failed += 1;
    layers.push('e2e: FAILED to report');
  }
} else {
  totals.failed += 1;
  layers.push('e2e: not run (browser prerequisites or build failed)');
}

fs.rmSync(reports, { recursive: true, force: true });
console.log(`\n=== Summary\n${layers.map((l) => `  ${l}`).join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
