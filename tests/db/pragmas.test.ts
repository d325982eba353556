import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startOn, value } from './store/fixtures';

/**
 * A process-kill test cannot tell synchronous=FULL from NORMAL (the OS still holds
 * the written pages), so the level the app runs with is checked here directly.
 * FULL: a commit is fsynced before the app answers, so an acknowledged write also
 * survives a power cut or OS crash on hardware that honours fsync; NORMAL in WAL mode
 * may lose the last commits then. Writes here are a few per minute, so FULL costs nothing a
 * manager would notice.
 */
const SYNCHRONOUS_FULL = 2;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function pragmasOf(db: Database.Database) {
  return {
    journalMode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    busyTimeout: db.pragma('busy_timeout', { simple: true }),
  };
}

const EXPECTED = { journalMode: 'wal', synchronous: SYNCHRONOUS_FULL, foreignKeys: 1, busyTimeout: 5000 };

describe('the live connection runs with the house pragmas', () => {
  it('a plain store started through the real start-up path: WAL, synchronous=FULL, foreign keys on, busy timeout 5 s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-pragmas-'));
    dirs.push(dir);
    const app = startOn(dir);
    await app.ready;
    expect(pragmasOf(app.ctx.db)).toEqual(EXPECTED);
    app.close();
  });

  it('an encrypted store keeps the same pragmas after encrypting and after unlocking at the next start', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-pragmas-enc-'));
    dirs.push(dir);
    const app = startOn(dir);
    await app.ready;
    await value(app.dispatch('system:encrypt', { passphrase: 'a long enough passphrase', confirm: 'a long enough passphrase' }));
    expect(pragmasOf(app.ctx.db)).toEqual(EXPECTED);
    app.close();

    const again = startOn(dir);
    await again.ready;
    await value(again.dispatch('system:unlock', { passphrase: 'a long enough passphrase' }));
    expect(pragmasOf(again.ctx.db)).toEqual(EXPECTED);
    again.close();
  });
});
