import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/main/context';
import { listBackups } from '../../electron/main/backup';
import { startWorkbench } from '../../electron/main/startup';
import type { AppStatus, BackupInfo } from '../../shared/domains/system';

const open = (dir: string, at = '2026-11-23T10:00:00Z') => {
  const started = startWorkbench({ dataDir: dir, transport: 'web', clock: fixedClock(at), log: () => undefined });
  if (!started.ok) throw new Error(started.message);
  const { app, startupBackup } = started;
  return Object.assign(app, { ready: startupBackup });
};

async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

describe('backups, restore and damaged databases', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-recovery-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('"Back up now" then "Restore" round-trips, and the restore itself can be undone', async () => {
    const app = open(dir);
    await app.ready;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
    const taken = await value<BackupInfo>(app.dispatch('system:backupNow', {}));
    expect(taken.memberCount).toBe(12);
    await value(app.dispatch('team:create', {
      name: 'After Backup', preferredName: '', jobTitle: 'Archivist', grade: '', team: 'Central Library', fte: 1,
      startDate: null, lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: '',
    }));
    const restored = await value<AppStatus>(app.dispatch('system:restoreBackup', { fileName: taken.fileName }));
    expect(restored.memberCount).toBe(12);
    expect((await value<{ name: string }[]>(app.dispatch('team:list', {}))).map((m) => m.name)).not.toContain('After Backup');
    const safety = (await value<BackupInfo[]>(app.dispatch('system:listBackups', {}))).find((b) => b.memberCount === 13);
    expect(safety, 'the data as it was before the restore is kept as a backup').toBeDefined();
    app.close();
  });

  it('refuses a restore of a file that is not one of the backups, and changes nothing', async () => {
    const app = open(dir);
    await app.ready;
    const result = await app.dispatch('system:restoreBackup', { fileName: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'fileName' } });
    const missing = await app.dispatch('system:restoreBackup', { fileName: 'workbench-20200101T000000Z.sqlite' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    app.close();
  });

  for (const [label, damage] of [
    ['overwritten with garbage', (file: string) => fs.writeFileSync(file, Buffer.alloc(8192, 0x5a))],
    ['truncated', (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3))],
    ['emptied', (file: string) => fs.truncateSync(file, 0)],
  ] as const) {
    it(`a database that was ${label} is moved aside untouched, the manager is told, and the newest good backup can be restored`, async () => {
      let app = open(dir);
      await app.ready;
      await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
      await value(app.dispatch('system:backupNow', {}));
      app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      app.close();
      const file = path.join(dir, 'workbench.sqlite');
      damage(file);
      const damagedBytes = fs.readFileSync(file);

      app = open(dir, '2026-11-24T08:00:00Z');
      const status = await value<AppStatus>(app.dispatch('system:status', {}));
      expect(status.notice?.kind).toBe('damaged-database');
      expect(status.notice?.message).toMatch(/could not be read/);
      expect(status.notice?.newestBackup?.memberCount).toBe(12);
      expect(status.needsOnboarding).toBe(true);
      const movedTo = status.notice?.movedTo ?? '';
      expect(fs.readFileSync(movedTo).equals(damagedBytes)).toBe(true);

      const restored = await value<AppStatus>(app.dispatch('system:restoreBackup', { fileName: status.notice?.newestBackup?.fileName ?? '' }));
      expect(restored).toMatchObject({ memberCount: 12, notice: null });
      app.close();
    });
  }

  it('a damaged database with no backups starts empty and says so', async () => {
    fs.writeFileSync(path.join(dir, 'workbench.sqlite'), 'this is not a database at all, just some text '.repeat(200));
    const app = open(dir);
    const status = await value<AppStatus>(app.dispatch('system:status', {}));
    expect(status.notice?.newestBackup).toBeNull();
    expect(status.notice?.message).toMatch(/no backup to restore/);
    await value(app.dispatch('system:dismissNotice', {}));
    expect((await value<AppStatus>(app.dispatch('system:status', {}))).notice).toBeNull();
    app.close();
    expect(listBackups(dir)).toEqual([]);
    await app.ready;
  });
});
