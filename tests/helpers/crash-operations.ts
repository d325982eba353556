/**
 * Parent side of the crash test of the app's own multi-step operations
 * (tests/db/crash-operations.test.ts): bundles the child once, runs it, and
 * SIGKILLs it at a random moment; scans the data folder for text.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Bundles a child process entry as the built app is laid out: the import worker as
 * `import-worker.js` beside the bundle (where parse-off-thread looks for it, as in
 * out/main) and the migrations beside it. Starting tsx per kill would dominate the run.
 */
export function bundleWithWorker(entry: string, outName: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-crash-ops-'));
  const esbuild = path.resolve('node_modules/.bin/esbuild');
  const common = ['--bundle', '--platform=node', '--format=cjs', '--log-level=error', '--packages=external'];
  execFileSync(esbuild, [path.resolve(entry), ...common, `--outfile=${path.join(dir, outName)}`]);
  execFileSync(esbuild, [path.resolve('electron/main/lib/import-worker.ts'), ...common, `--outfile=${path.join(dir, 'import-worker.js')}`]);
  fs.cpSync(path.resolve('electron/main/db/migrations'), path.join(dir, 'migrations'), { recursive: true });
  return path.join(dir, outName);
}

/** The child of tests/db/crash-operations.test.ts, bundled with the import worker and migrations beside it. */
export const bundleChild = (): string => bundleWithWorker('tests/helpers/crash-operations-child.ts', 'child.cjs');

export interface ChildRun {
  /** Every complete line the child wrote before it died. */
  lines: string[];
  /** Milliseconds from the anchor line to the kill (null: killed after `done`). */
  killedAfterMs: number | null;
  /** Milliseconds from the anchor line to `done`, when the child got that far. */
  doneAfterMs: number | null;
  /** What the child logged on stderr (kept for a failing run's report). */
  stderr: string;
}

/**
 * Runs the child and kills it `delayMs` after it prints `anchor` (or, with delayMs
 * null, once it prints `done`). A child that prints `error …` fails the test: the
 * operation must not be refused on its own.
 */
export function runAndKill(child: string, args: string[], anchor: string, delayMs: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.resolve('node_modules') } });
    let out = '';
    let err = '';
    let anchoredAt: number | null = null;
    let doneAt: number | null = null;
    let killedAt: number | null = null;
    const kill = () => {
      if (killedAt === null) killedAt = performance.now();
      proc.kill('SIGKILL');
    };
    const guard = setTimeout(kill, 60_000);
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (anchoredAt === null && out.split('\n').slice(0, -1).includes(anchor)) {
        anchoredAt = performance.now();
        if (delayMs !== null) setTimeout(kill, delayMs);
      }
      if (doneAt === null && /^done$/m.test(out)) {
        doneAt = performance.now();
        if (delayMs === null) kill();
      }
      if (/^error /m.test(out)) kill();
    });
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (_code, signal) => {
      clearTimeout(guard);
      const lines = out.split('\n').slice(0, -1);
      const failed = lines.find((l) => l.startsWith('error '));
      if (failed) return reject(new Error(`child reported ${failed}\n${err}`));
      if (signal !== 'SIGKILL') return reject(new Error(`child exited by itself (${String(_code)}): ${out}\n${err}`));
      resolve({
        lines,
        killedAfterMs: delayMs === null || anchoredAt === null || killedAt === null ? null : killedAt - anchoredAt,
        doneAfterMs: anchoredAt !== null && doneAt !== null ? doneAt - anchoredAt : null,
        stderr: err,
      });
    });
  });
}

/** Every file under the data folder (backups, leftovers and sidecars included) whose bytes hold `text` (UTF-8). */
export function filesContaining(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(dataDir).filter((f) => fs.readFileSync(f).includes(needle)).map((f) => path.relative(dataDir, f));
}

/** A seeded generator, so a failing run can be repeated. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}
