import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf } from '../../../electron/main/backup';
import { LATEST_SCHEMA_VERSION } from '../../../electron/main/db/migrate';
import { openDatabase } from '../../../electron/main/db/open';
import type { AppStatus, BackupInfo } from '../../../shared/domains/system';
import { backupNames, member, startOn, value } from './fixtures';

/** Restore is checked before anything is replaced, and swapped in whole (issue #13, "Restore and recovery"). */
describe('a checked, atomic restore', () => {
  let dir: string;
  let app: ReturnType<typeof startOn>;
  let taken: BackupInfo;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-restore-'));
    app = startOn(dir);
    await app.ready;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
    taken = await value<BackupInfo>(app.dispatch('system:backupNow', {}));
    await value(app.dispatch('team:create', member('Łukasz Żółć')));
  });
  afterEach(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const names = async () => (await value<{ name: string }[]>(app.dispatch('team:list', {}))).map((m) => m.name);
  const backupFile = () => path.join(backupDirOf(dir), taken.fileName);

  /** After a refused restore the live data is exactly as it was, still open, and nothing was left behind. */
  async function expectUntouched(before: string[], backupsBefore: string[]) {
    expect(await names()).toEqual(before);
    await value(app.dispatch('team:create', member('Siân ap Dŵr')));
    expect(await names()).toContain('Siân ap Dŵr');
    expect(backupNames(dir), 'no safety copy is taken for a restore that cannot happen').toEqual(backupsBefore);
    expect(fs.readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
  }

  it('refuses a backup saved by a newer app, saying nothing changed, and the live store keeps working', async () => {
    const future = new Database(backupFile());
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 92}`);
    future.close();
    const before = await names();
    const backupsBefore = backupNames(dir);
    const result = await app.dispatch('system:restoreBackup', { fileName: taken.fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', field: 'fileName', message: expect.stringMatching(/newer version.*Nothing has been changed/) } });
    await expectUntouched(before, backupsBefore);
  });

  for (const [label, damage] of [
    ['truncated', (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
    ['overwritten in the middle', (file: string) => {
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096 * 2);
      fs.closeSync(fd);
    }],
    ['not a database at all', (file: string) => fs.writeFileSync(file, 'Łukasz Żółć, Siân ap Dŵr '.repeat(400))],
  ] as const) {
    it(`refuses a backup that was ${label}, and the live store is untouched and still open`, async () => {
      damage(backupFile());
      const before = await names();
      const backupsBefore = backupNames(dir);
      const result = await app.dispatch('system:restoreBackup', { fileName: taken.fileName });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'fileName', message: expect.stringMatching(/damaged|not a workbench backup/) } });
      await expectUntouched(before, backupsBefore);
    });
  }

  it('swaps the checked copy in with a rename: the file it replaces is never overwritten in place', async () => {
    const file = path.join(dir, 'workbench.sqlite');
    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const oldInode = path.join(path.dirname(dir), `old-inode-${path.basename(dir)}`);
    fs.linkSync(file, oldInode);
    try {
      await value(app.dispatch('system:restoreBackup', { fileName: taken.fileName }));
      expect(fs.statSync(file).ino).not.toBe(fs.statSync(oldInode).ino);
      const old = new Database(oldInode, { readonly: true });
      expect(old.prepare(`SELECT count(*) AS n FROM members WHERE name = 'Łukasz Żółć'`).get(), 'the replaced file still holds the data as it was').toEqual({ n: 1 });
      old.close();
    } finally {
      fs.rmSync(oldInode, { force: true });
    }
  });

  it('migrates a backup from an older schema as it restores it', async () => {
    const older = path.join(backupDirOf(dir), 'workbench-20261101T090000Z.sqlite');
    const db = openDatabase(older, { migrateTo: 1 });
    db.prepare(`INSERT INTO members (name, job_title, team, employment_type, fte, created_at, updated_at) VALUES ('Siân ap Dŵr', 'Archivist', 'Special Collections', 'permanent', 1, '2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z')`).run();
    db.pragma('journal_mode = DELETE');
    db.close();
    const restored = await value<AppStatus>(app.dispatch('system:restoreBackup', { fileName: 'workbench-20261101T090000Z.sqlite' }));
    expect(restored).toMatchObject({ memberCount: 1, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(await names()).toEqual(['Siân ap Dŵr']);
    const live = new Database(path.join(dir, 'workbench.sqlite'), { readonly: true });
    expect(live.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    live.close();
  });

  it('a command sent while the restore closes and reopens the store waits for it instead of failing', async () => {
    const restoring = app.dispatch('system:restoreBackup', { fileName: taken.fileName });
    const created = app.dispatch('team:create', member('Siân ap Dŵr'));
    const listed = app.dispatch('team:list', {});
    expect(await restoring).toMatchObject({ ok: true });
    expect(await created).toMatchObject({ ok: true });
    expect(await listed).toMatchObject({ ok: true });
    const after = await names();
    expect(after).toContain('Siân ap Dŵr');
    expect(after, 'the restore ran first, then the new member was added to the restored data').not.toContain('Łukasz Żółć');
  });
});
