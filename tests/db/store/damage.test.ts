import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirOf } from '../../../electron/main/backup';
import type { AppStatus } from '../../../shared/domains/system';
import { sampleStoreWithBackup, startOn, value } from './fixtures';

/** After damage the way back to the good backup survives restarts (issue #13, "Restore and recovery"). */
describe('a damaged store: the notice and the good backup survive restarts', () => {
  const store = sampleStoreWithBackup('workbench-damage-');
  const file = store.file;

  const status = (app: ReturnType<typeof startOn>) => value<AppStatus>(app.dispatch('system:status', {}));

  it('eight restarts and backups later, the notice still offers the same good backup, and it restores', async () => {
    fs.writeFileSync(file(), Buffer.alloc(8192, 0x5a));
    let app = startOn(store.dir, '2026-11-02T09:00:00Z');
    await app.ready;
    const first = (await status(app)).notice;
    expect(first?.newestBackup?.memberCount).toBe(12);
    app.close();
    for (let day = 3; day <= 10; day += 1) {
      app = startOn(store.dir, `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`);
      await app.ready;
      await value(app.dispatch('system:backupNow', {}));
      expect((await status(app)).notice, `restart on day ${day}`).toEqual(first);
      app.close();
    }
    expect(fs.existsSync(path.join(backupDirOf(store.dir), first?.newestBackup?.fileName ?? '')), 'the good backup was never rotated away').toBe(true);
    app = startOn(store.dir, '2026-11-11T09:00:00Z');
    await app.ready;
    const restored = await value<AppStatus>(app.dispatch('system:restoreBackup', { fileName: first?.newestBackup?.fileName ?? '' }));
    expect(restored).toMatchObject({ memberCount: 12, notice: null });
    app.close();
    app = startOn(store.dir, '2026-11-12T09:00:00Z');
    await app.ready;
    expect((await status(app)).notice, 'a restore ends the notice for good').toBeNull();
    app.close();
  });

  it('if the offered backup is removed (an erasure removes old copies), the notice offers one that exists', async () => {
    fs.writeFileSync(file(), Buffer.alloc(8192, 0x5a));
    let app = startOn(store.dir, '2026-11-02T09:00:00Z');
    await app.ready;
    const offered = (await status(app)).notice?.newestBackup?.fileName ?? '';
    app.close();
    fs.rmSync(path.join(backupDirOf(store.dir), offered));
    app = startOn(store.dir, '2026-11-03T09:00:00Z');
    await app.ready;
    const now = (await status(app)).notice;
    expect(now?.kind).toBe('damaged-database');
    expect(now?.newestBackup?.fileName).not.toBe(offered);
    if (now?.newestBackup) expect(fs.existsSync(path.join(backupDirOf(store.dir), now.newestBackup.fileName))).toBe(true);
    app.close();
  });

  it('a dismissed notice stays dismissed after a restart', async () => {
    fs.truncateSync(file(), 0);
    let app = startOn(store.dir, '2026-11-02T09:00:00Z');
    await app.ready;
    expect((await status(app)).notice?.kind).toBe('damaged-database');
    await value(app.dispatch('system:dismissNotice', {}));
    app.close();
    app = startOn(store.dir, '2026-11-03T09:00:00Z');
    await app.ready;
    expect((await status(app)).notice).toBeNull();
    app.close();
  });

  for (const [label, damage] of [
    ['had its first 16 bytes overwritten with noise', (f: string) => {
      const fd = fs.openSync(f, 'r+');
      fs.writeSync(fd, Buffer.from([0x8f, 0x13, 0xe2, 0x47, 0xb9, 0x05, 0xd1, 0x6c, 0x3a, 0xf0, 0x99, 0x21, 0xc4, 0x7e, 0x58, 0xab]), 0, 16, 0);
      fs.closeSync(fd);
    }],
    ['was replaced by a text file', (f: string) => {
      const text = Buffer.from('Łukasz Żółć — notes from the one-to-one; Siân ap Dŵr — évaluation ✓\n'.repeat(300));
      fs.writeFileSync(f, text.subarray(0, text.length - (text.length % 512)));
    }],
  ] as const) {
    it(`a plain store that ${label} is treated as damage (moved aside, backup offered), never as a locked encrypted store`, async () => {
      damage(file());
      const app = startOn(store.dir, '2026-11-02T09:00:00Z');
      await app.ready;
      const s = await status(app);
      expect(s.locked ?? false).toBe(false);
      expect(s.notice).toMatchObject({ kind: 'damaged-database', newestBackup: { memberCount: 12 } });
      app.close();
    });
  }
});

/** A plain store whose first 8 KB are entirely random cannot be told from an encrypted one: the lock screen offers the backups. */
describe('a store that only looks encrypted', () => {
  const store = sampleStoreWithBackup('workbench-random-head-', (file) => {
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(8192), 0, 8192, 0);
    fs.closeSync(fd);
  });

  it('starts locked, yet lists the backups and restores a plain one without a passphrase; the locked file is kept aside', async () => {
    const app = startOn(store.dir, '2026-11-02T09:00:00Z');
    await app.ready;
    expect((await value<AppStatus>(app.dispatch('system:status', {}))).locked).toBe(true);
    const backups = await value<{ fileName: string; memberCount: number | null }[]>(app.dispatch('system:listBackups', {}));
    const good = backups.find((b) => b.memberCount === 12);
    expect(good).toBeDefined();
    // Everything else stays closed while locked.
    expect(await app.dispatch('team:list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const restored = await value<AppStatus>(app.dispatch('system:restoreBackup', { fileName: good!.fileName }));
    expect(restored).toMatchObject({ locked: false, memberCount: 12 });
    expect((await value<unknown[]>(app.dispatch('team:list', {}))).length).toBeGreaterThan(0);
    expect(fs.readdirSync(store.dir).filter((f) => f.startsWith('workbench.sqlite.damaged-'))).toHaveLength(1);
    app.close();
  });
});
