import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesContaining } from '../helpers/crash-operations';
import { member, startOn, value } from './store/fixtures';

/**
 * Found by tests/db/crash-operations.test.ts (encrypt): a kill during the backup an
 * encryption takes first leaves a plain `.partial` backup, which the encryption and
 * every later unlock left in place, so the data stayed readable after an acknowledged encrypt.
 */
const P = 'a long enough passphrase';
const NAME = 'Łukasz Żółć';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A plain workbench holding NAME, with the plain copies a kill during a backup and a restore leave behind. */
async function plainWithLeftovers() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-leftovers-'));
  dirs.push(dir);
  const app = startOn(dir);
  await app.ready;
  await value(app.dispatch('team:create', member(NAME)));
  const { fileName } = await value<{ fileName: string }>(app.dispatch('system:backupNow', {}));
  const leave = () => {
    fs.copyFileSync(path.join(dir, 'backups', fileName), path.join(dir, 'backups', 'workbench-20261123T100001Z.sqlite.partial'));
    fs.copyFileSync(path.join(dir, 'backups', fileName), path.join(dir, 'workbench.sqlite.restoring'));
  };
  return { dir, app, leave };
}

describe('no plain copy a kill left outlives encryption', () => {
  it('encrypting removes a plain half-written backup and an interrupted restore copy', async () => {
    const { dir, app, leave } = await plainWithLeftovers();
    leave();
    expect(filesContaining(dir, NAME).length).toBeGreaterThan(2);
    await value(app.dispatch('system:encrypt', { passphrase: P, confirm: P }));
    app.close();
    expect(filesContaining(dir, NAME)).toEqual([]);
  });

  /**
   * Found by tests/db/crash-operations.test.ts (encrypt, under load: 1 acknowledged write lost). A kill while the
   * store's re-keyed copy is written (`workbench.sqlite.rekeying`, a SQLite transaction in rollback-journal mode)
   * leaves a hot `workbench.sqlite.rekeying-journal` holding pages of the store as it was THEN. The store itself is
   * untouched and opens plain, but the next encryption copied the newer store over `.rekeying` and opened it beside
   * that journal: SQLite rolled the old pages back into the fresh copy, which was then renamed over the store.
   */
  it('a journal left by a kill while a re-keyed copy was written is never rolled back into the next one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-leftovers-'));
    dirs.push(dir);
    const first = startOn(dir);
    await first.ready;
    await value(first.dispatch('team:create', member(NAME)));
    first.close();
    // The moment of the kill: a process is part-way through a transaction on the copy (as the re-key is) and dies.
    const staged = path.join(dir, 'workbench.sqlite.rekeying');
    fs.copyFileSync(path.join(dir, 'workbench.sqlite'), staged);
    const killed = spawnSync(process.execPath, ['-e', KILLED_MID_TRANSACTION, staged], { cwd: process.cwd() });
    expect(killed.signal).toBe('SIGKILL');
    expect(fs.statSync(`${staged}-journal`).size).toBeGreaterThan(0);

    // The restart finds the store plain and whole; the manager adds someone, then encrypts.
    const second = startOn(dir, '2026-11-24T10:00:00Z');
    await second.ready;
    await value(second.dispatch('team:create', member(LATER)));
    await value(second.dispatch('system:encrypt', { passphrase: P, confirm: P }));
    second.close();

    const third = startOn(dir, '2026-11-25T10:00:00Z');
    await third.ready;
    await value(third.dispatch('system:unlock', { passphrase: P }));
    expect(third.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = third.ctx.db.prepare('SELECT name FROM members').pluck().all();
    third.close();
    expect(names).toEqual(expect.arrayContaining([NAME, LATER]));
  });
});

const LATER = 'Siân ap Dŵr';
/** Run in a child: opens the copy in rollback-journal mode, rewrites its pages in one transaction, and is killed mid-way. */
const KILLED_MID_TRANSACTION = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { fileMustExist: true });
db.pragma('journal_mode = DELETE');
db.pragma('cache_size = 1');
db.exec('BEGIN');
for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()) {
  db.exec('DELETE FROM "' + name + '"');
}
process.kill(process.pid, 'SIGKILL');
`;
