import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf } from '../../../electron/main/backup';
import { DATABASE_FILE_NAME } from '../../../electron/main/data-dir';
import { isEncryptedFile, passphraseOpens } from '../../../electron/main/db/encryption';
import type { AppStatus, BackupInfo } from '../../../shared/domains/system';
import { startOn, value } from './fixtures';

const PASS = 'correct horse battery';

/** Encryption that cannot leave plain copies or block the app (issue #13, "Encryption"). */
describe('encryption: unlock, slow-down and backups', () => {
  let dir: string;
  let ticks = 0;
  const open = () => startOn(dir, '2026-11-23T10:00:00Z', { ticks: () => ticks });
  let app: ReturnType<typeof open>;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-enc-safety-'));
    ticks = 0;
    app = open();
    await app.ready;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
  });
  afterEach(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const restartLocked = async () => {
    app.close();
    app = open();
    await app.ready;
    expect(await value<AppStatus>(app.dispatch('system:status', {}))).toMatchObject({ locked: true });
  };

  it('unlocking does not block the main thread while the key is derived', async () => {
    await value(app.dispatch('system:encrypt', { passphrase: PASS, confirm: PASS }));
    await restartLocked();
    let last = performance.now();
    let longestStall = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await value(app.dispatch('system:unlock', { passphrase: 'a wrong passphrase' }).then((r) => ({ ok: true, value: r })));
    const took = performance.now() - started;
    clearInterval(timer);
    longestStall = Math.max(longestStall, performance.now() - last);
    // Deriving a SQLCipher 4 key takes a few hundred milliseconds; on the main thread it would be one long stall.
    expect(took).toBeGreaterThan(50);
    expect(longestStall, `longest stall ${Math.round(longestStall)} ms of ${Math.round(took)} ms`).toBeLessThan(took / 2);
  });

  it('after three wrong passphrases each attempt must wait, then the right one still opens', async () => {
    await value(app.dispatch('system:encrypt', { passphrase: PASS, confirm: PASS }));
    await restartLocked();
    for (let i = 0; i < 3; i += 1) {
      expect(await app.dispatch('system:unlock', { passphrase: `wrong guess ${i}` })).toMatchObject({ ok: false, error: { field: 'passphrase', message: expect.stringMatching(/passphrase is not correct/i) } });
    }
    const refused = await app.dispatch('system:unlock', { passphrase: PASS });
    expect(refused, 'even the right passphrase waits its turn').toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'passphrase', message: expect.stringMatching(/wait 1 second/) },
    });
    ticks += 1000;
    expect(await app.dispatch('system:unlock', { passphrase: 'wrong guess 3' })).toMatchObject({ ok: false });
    ticks += 1000;
    expect(await app.dispatch('system:unlock', { passphrase: PASS }), 'the wait doubles').toMatchObject({ ok: false, error: { message: expect.stringMatching(/wait 1 second/) } });
    ticks += 1000;
    expect(await value<AppStatus>(app.dispatch('system:unlock', { passphrase: PASS }))).toMatchObject({ locked: false, memberCount: 12 });
  });

  it('a plain backup left behind by an interrupted encryption is encrypted at the next unlock', async () => {
    const plain = await value<BackupInfo>(app.dispatch('system:backupNow', {}));
    const leftover = path.join(os.tmpdir(), `leftover-${path.basename(dir)}`);
    fs.copyFileSync(path.join(backupDirOf(dir), plain.fileName), leftover);
    await value(app.dispatch('system:encrypt', { passphrase: PASS, confirm: PASS }));
    // As if the app was killed after the store was encrypted but before this backup was converted.
    fs.copyFileSync(leftover, path.join(backupDirOf(dir), plain.fileName));
    fs.rmSync(leftover);
    expect(isEncryptedFile(path.join(backupDirOf(dir), plain.fileName))).toBe(false);
    await restartLocked();
    await value(app.dispatch('system:unlock', { passphrase: PASS }));
    for (const f of fs.readdirSync(backupDirOf(dir))) {
      const file = path.join(backupDirOf(dir), f);
      expect(isEncryptedFile(file), f).toBe(true);
      expect(passphraseOpens(file, PASS), f).toBe(true);
    }
    const listed = await value<BackupInfo[]>(app.dispatch('system:listBackups', {}));
    expect(listed.find((b) => b.fileName === plain.fileName)?.memberCount).toBe(12);
  });

  it('encrypting never rewrites the store in place: the new file is built beside it and renamed over it', async () => {
    const file = path.join(dir, DATABASE_FILE_NAME);
    // A second name for the file as it is now: an in-place rekey would change these very bytes.
    const oldInode = path.join(path.dirname(dir), `old-inode-${path.basename(dir)}`);
    fs.linkSync(file, oldInode);
    try {
      await value(app.dispatch('system:encrypt', { passphrase: PASS, confirm: PASS }));
      expect(fs.statSync(file).ino).not.toBe(fs.statSync(oldInode).ino);
      expect(isEncryptedFile(oldInode), 'the old file was left whole, not half-converted').toBe(false);
      const old = new Database(oldInode, { readonly: true });
      expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((old.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(12);
      old.close();
    } finally {
      fs.rmSync(oldInode, { force: true });
    }
  });

  it('encrypting leaves no rekeying copy behind and the store opens with the passphrase', async () => {
    await value(app.dispatch('system:encrypt', { passphrase: PASS, confirm: PASS }));
    expect(fs.readdirSync(dir).filter((f) => /rekeying|restoring/.test(f))).toEqual([]);
    expect(passphraseOpens(path.join(dir, DATABASE_FILE_NAME), PASS)).toBe(true);
  });
});
