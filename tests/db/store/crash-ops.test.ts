import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isEncryptedFile, openWithCipher, passphraseOpens } from '../../../electron/main/db/encryption';
import { startOn, value } from './fixtures';

/** `npm test` kills each operation a few times; `.ci/run` may set WORKBENCH_STORE_CRASH_KILLS higher. */
const KILLS = Number(process.env.WORKBENCH_STORE_CRASH_KILLS ?? 3);
const P = 'first long passphrase';
const Q = 'second long passphrase';

function bundleChild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-store-crash-'));
  execFileSync(path.resolve('node_modules/.bin/esbuild'), [
    path.resolve('tests/db/store/crash-child.ts'), '--bundle', '--platform=node', '--format=cjs', '--log-level=error',
    '--packages=external', `--outfile=${path.join(dir, 'child.cjs')}`,
  ]);
  fs.cpSync(path.resolve('electron/main/db/migrations'), path.join(dir, 'migrations'), { recursive: true });
  return path.join(dir, 'child.cjs');
}

type Outcome = 'not started' | 'mid-operation' | 'acknowledged';

/** Runs one operation in a child and SIGKILLs it at a random moment after it is ready (or once it has answered). */
function runAndKill(child: string, args: string[], random: () => number, maxDelayMs: number): Promise<{ outcome: Outcome; out: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.resolve('node_modules') } });
    let out = '';
    let timer: NodeJS.Timeout | null = null;
    const guard = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => proc.kill('SIGKILL'), Math.floor(random() * maxDelayMs));
    });
    proc.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return reject(new Error(`child exited by itself: ${out}`));
      if (/^(error|failed) /m.test(out)) return reject(new Error(`child reported: ${out}`));
      resolve({ outcome: out.includes('ack\n') ? 'acknowledged' : out.includes('ready\n') ? 'mid-operation' : 'not started', out });
    });
  });
}

interface StoreState {
  passphrase: string | null;
  integrity: string;
  members: number;
}

/** Opens the store as a manager would after the crash: plain, or with one of the passphrases they may have set. */
function inspect(dataDir: string, candidates: (string | null)[]): StoreState | 'locked out' {
  const file = path.join(dataDir, 'workbench.sqlite');
  const read = (db: Database.Database, passphrase: string | null): StoreState => {
    try {
      return {
        passphrase,
        integrity: String(db.pragma('integrity_check', { simple: true })),
        members: (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n,
      };
    } finally {
      db.close();
    }
  };
  if (!isEncryptedFile(file)) return read(new Database(file), null);
  for (const p of candidates) if (p !== null && passphraseOpens(file, p)) return read(openWithCipher(file, p), p);
  return 'locked out';
}

/** Every file the workbench keeps (store, WAL, backups, staged copies), except damaged files moved aside. */
function plaintextFiles(dataDir: string, needle: string): string[] {
  const files = fs.readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dataDir, f));
  return files.filter((f) => fs.statSync(f).isFile() && !f.includes('.damaged-') && fs.readFileSync(f).includes(needle)).map((f) => path.relative(dataDir, f));
}

type Scenario = 'encrypt and decrypt' | 'change passphrase' | 'restore' | 'backup with rotation';

async function crashScenario(scenario: Scenario) {
  const child = bundleChild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-store-crash-data-'));
  const setup = startOn(dataDir, '2026-11-01T09:00:00Z');
  await setup.ready;
  await value(setup.dispatch('system:chooseStart', { mode: 'sample' }));
  await value(setup.dispatch('system:backupNow', {}));
  const needle = (await value<{ name: string }[]>(setup.dispatch('team:list', {})))[0]?.name ?? '';
  if (scenario === 'change passphrase') await value(setup.dispatch('system:encrypt', { passphrase: P, confirm: P }));
  setup.close();

  let seed = 20_261_130 + scenario.length;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  let passphrase: string | null = scenario === 'change passphrase' ? P : null;
  const tally = { kills: 0, midOperation: 0, acknowledged: 0, corrupt: 0, lockedOut: 0, lost: 0, plaintextAfterEncrypt: 0 };
  for (let run = 0; run < KILLS; run += 1) {
    const clock = new Date(Date.UTC(2026, 10, 2 + run, 9)).toISOString();
    const op =
      scenario === 'encrypt and decrypt' ? (passphrase === null ? 'encrypt' : 'decrypt')
      : scenario === 'change passphrase' ? 'rekey'
      : scenario === 'restore' ? 'restore' : 'backup';
    const target = op === 'encrypt' || op === 'rekey' ? (passphrase === P ? Q : P) : op === 'decrypt' ? null : passphrase;
    const { outcome } = await runAndKill(child, [dataDir, op, passphrase ?? '-', target ?? '-', clock], random, op === 'restore' || op === 'backup' ? 300 : 1500);
    tally.kills += 1;
    if (outcome === 'mid-operation') tally.midOperation += 1;
    if (outcome === 'acknowledged') tally.acknowledged += 1;
    const state = inspect(dataDir, [passphrase, target]);
    if (state === 'locked out') {
      tally.lockedOut += 1;
      break;
    }
    if (state.integrity !== 'ok') tally.corrupt += 1;
    if (state.members !== 12) tally.lost += 1;
    if (outcome === 'acknowledged' && target !== null && (state.passphrase !== target || plaintextFiles(dataDir, needle).length > 0)) {
      tally.plaintextAfterEncrypt += 1;
    }
    passphrase = state.passphrase;
  }
  console.log(
    `store crash test: ${scenario}: ${tally.kills} kills (${tally.midOperation} mid-operation, ${tally.acknowledged} after the answer), ` +
      `${tally.corrupt} corrupt, ${tally.lockedOut} locked out, ${tally.lost} with members lost, ${tally.plaintextAfterEncrypt} with plaintext after an acknowledged encryption`,
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(path.dirname(child), { recursive: true, force: true });
  expect(tally.midOperation + tally.acknowledged).toBeGreaterThan(0);
  expect({ corrupt: tally.corrupt, lockedOut: tally.lockedOut, lost: tally.lost, plaintextAfterEncrypt: tally.plaintextAfterEncrypt }).toEqual({
    corrupt: 0, lockedOut: 0, lost: 0, plaintextAfterEncrypt: 0,
  });
}

/** Kills during the app's own multi-step file operations (issue #13, "Encryption" and "Restore and recovery"). */
describe('whole-store operations under SIGKILL', () => {
  for (const scenario of ['encrypt and decrypt', 'change passphrase', 'restore', 'backup with rotation'] as const) {
    it(`${scenario}: after ${KILLS} kills the store is intact, opens with the right passphrase and keeps every member`, { timeout: KILLS * 15_000 + 30_000 }, () =>
      crashScenario(scenario));
  }
});
