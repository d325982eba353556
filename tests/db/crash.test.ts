import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundleWithWorker } from '../helpers/crash-operations';

/** `npm test` kills 20 times; `.ci/run` sets WORKBENCH_CRASH_KILLS=100. */
const KILLS = Number(process.env.WORKBENCH_CRASH_KILLS ?? 20);

/** The writer bundled once (starting tsx a hundred times would dominate the run), laid out as the built app: import worker and migrations beside it. */
const bundleWriter = () => bundleWithWorker('tests/helpers/crash-writer.ts', 'writer.cjs');

/** Runs the writer, lets it acknowledge some writes, then SIGKILLs it at a random moment. */
function runAndKill(writer: string, dataDir: string, prefix: string, random: () => number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, prefix], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.resolve('node_modules') } });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), 20 + Math.floor(random() * 400));
      if (out.includes('refused ')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (_code, signal) => {
      const refused = out.split('\n').find((l) => l.startsWith('refused '));
      if (refused) reject(new Error(`writer's write was refused: ${refused}\n${err}`));
      else if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself: ${err}`));
      // Only complete lines were acknowledged.
      else resolve(out.split('\n').slice(0, -1).filter((l) => l !== 'ready'));
    });
  });
}

describe('durability under SIGKILL', () => {
  // A ceiling against a hung writer, not the expected time (about 1 s a kill on an idle machine, over 6 s under heavy load).
  it(`every acknowledged write survives ${KILLS} kills and the database stays intact`, { timeout: KILLS * 15_000 + 30_000 }, async () => {
    const writer = bundleWriter();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-crash-'));
    let seed = 20_261_123;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const acknowledged: string[] = [];
    const batches: string[] = [];
    let corrupt = 0;
    let lost = 0;
    let partialBatches = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      for (const line of await runAndKill(writer, dataDir, `k${kill}`, random)) {
        const [kind, name] = line.split(' ') as [string, string];
        (kind === 'ack' ? acknowledged : batches).push(name);
      }
      const db = new Database(path.join(dataDir, 'workbench.sqlite'));
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') corrupt += 1;
      const names = new Set(db.prepare<[], { name: string }>('SELECT name FROM members').pluck(false).all().map((r) => r.name));
      lost = acknowledged.filter((n) => !names.has(n)).length + batches.filter((b) => !names.has(`${b}-0`)).length;
      const perBatch = new Map<string, number>();
      for (const n of names) if (n.includes('-batch')) perBatch.set(n.replace(/-\d+$/, ''), (perBatch.get(n.replace(/-\d+$/, '')) ?? 0) + 1);
      partialBatches = Array.from(perBatch.values()).filter((count) => count !== 5).length;
      db.close();
    }
    const rows = acknowledged.length + batches.length * 5;
    console.log(`crash test: ${KILLS} kills, ${rows} acknowledged rows (${batches.length} five-row imports), ${corrupt} corrupt, ${lost} lost, ${partialBatches} half-written imports`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(writer), { recursive: true, force: true });
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    // The five-row imports really ran (a writer that could not start the import worker acknowledged none).
    expect(batches.length).toBeGreaterThan(0);
    expect({ corrupt, lost, partialBatches }).toEqual({ corrupt: 0, lost: 0, partialBatches: 0 });
  });
});
