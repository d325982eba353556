import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/main/backup';
import { fixedClock } from '../../electron/main/context';
import { CHECK_BEFORE_OPEN_MAX_BYTES, startWorkbench } from '../../electron/main/startup';
import type { AppStatus } from '../../shared/domains/system';
import { emptyMemberInput } from '../../shared/domains/team';

const start = (dir: string, at: string) => {
  const started = startWorkbench({ dataDir: dir, transport: 'web', clock: fixedClock(at), log: () => undefined });
  if (!started.ok) throw new Error(started.message);
  return started;
};
const status = async (app: { dispatch: (c: string, i: unknown) => Promise<{ ok: boolean; value?: unknown }> }) =>
  (await app.dispatch('system:status', {})).value as AppStatus;

/** A workbench with the sample team and one backup, grown past the size that is checked before opening. */
async function largeWorkbench(dir: string): Promise<string> {
  const { app, startupBackup } = start(dir, '2026-11-23T10:00:00Z');
  await startupBackup;
  await app.dispatch('system:chooseStart', { mode: 'sample' });
  await app.dispatch('system:backupNow', {});
  // Bulk the file up past the threshold (a regional network's file is far larger).
  app.ctx.db.exec(`CREATE TABLE padding (x BLOB)`);
  const add = app.ctx.db.prepare(`INSERT INTO padding (x) VALUES (randomblob(65536))`);
  app.ctx.db.transaction(() => {
    for (let i = 0; i < (CHECK_BEFORE_OPEN_MAX_BYTES / 65536) * 1.3; i += 1) add.run();
  })();
  app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  app.close();
  const file = path.join(dir, 'workbench.sqlite');
  expect(fs.statSync(file).size).toBeGreaterThan(CHECK_BEFORE_OPEN_MAX_BYTES);
  return file;
}

describe('start-up: a large database is checked whole after it opens', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-integrity-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens at once, checks the file in the background and takes the start-up backup once the check passes', async () => {
    await largeWorkbench(dir);
    const before = listBackups(dir).length;
    const { app, integrity, startupBackup } = start(dir, '2026-11-24T08:00:00Z');
    expect((await status(app)).memberCount).toBe(12);
    expect(await integrity).toBe('ok');
    await startupBackup;
    expect(listBackups(dir).length).toBe(before + 1);
    expect((await status(app)).notice).toBeNull();
    app.close();
  });

  it('a damaged file found by the background check is reported, no backup is taken, and the next start sets it aside', async () => {
    const file = await largeWorkbench(dir);
    const backups = listBackups(dir).map((b) => b.fileName);
    // Damage pages in the middle of the file: the header and the schema still read, quick_check does not pass.
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(Math.floor(size * 0.4), 0x5a), 0, Math.floor(size * 0.4), Math.floor(size * 0.45));
    fs.closeSync(fd);

    const { app, integrity, startupBackup } = start(dir, '2026-11-24T08:00:00Z');
    expect((await status(app)).notice).toBeNull();
    const events: string[] = [];
    app.subscribe((e) => events.push(e));
    expect(await integrity).toBe('damaged');
    await startupBackup;
    const told = (await status(app)).notice;
    expect(told).toMatchObject({ kind: 'damaged-database', movedTo: file, newestBackup: { memberCount: 12 } });
    expect(told?.message).toMatch(/found that the file is damaged/);
    expect(told?.message).toMatch(/start-up backup was not taken/);
    expect(events).toContain('system:changed');
    expect(listBackups(dir).map((b) => b.fileName)).toEqual(backups);
    // Nothing more is written into the damaged file: a save is refused, saying why and what to do.
    const refused = await app.dispatch('team:create', { ...emptyMemberInput, name: 'Siân ap Dŵr', jobTitle: 'Library assistant', team: 'Bangor' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/^Nothing can be saved now: a check found the database file damaged .* Restore the newest good backup/);
    app.close();

    // The next start checks the whole file before opening it, keeps it aside and offers the good backup.
    const next = start(dir, '2026-11-24T09:00:00Z');
    const after = await status(next.app);
    expect(after.notice?.movedTo).toMatch(/workbench\.sqlite\.damaged-/);
    expect(after.notice?.newestBackup?.memberCount).toBe(12);
    expect(fs.existsSync(after.notice?.movedTo ?? '')).toBe(true);
    await next.startupBackup;
    next.app.close();
  });
  it('after damage is found, restoring the newest good backup lets the manager save again', async () => {
    const file = await largeWorkbench(dir);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(Math.floor(size * 0.4), 0x5a), 0, Math.floor(size * 0.4), Math.floor(size * 0.45));
    fs.closeSync(fd);
    const { app, integrity, startupBackup } = start(dir, '2026-11-24T08:00:00Z');
    expect(await integrity).toBe('damaged');
    await startupBackup;
    const newest = (await status(app)).notice?.newestBackup;
    expect(newest?.memberCount).toBe(12);
    const member = { ...emptyMemberInput, name: 'Łukasz Żółć', jobTitle: 'Bibliotekarz', team: 'Żoliborz' };
    expect(await app.dispatch('team:create', member)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const restored = await app.dispatch('system:restoreBackup', { fileName: newest?.fileName });
    expect(restored).toMatchObject({ ok: true, value: { memberCount: 12, notice: null } });
    expect(await app.dispatch('team:create', member)).toMatchObject({ ok: true, value: { name: 'Łukasz Żółć' } });
    expect((await status(app)).memberCount).toBe(13);
    app.close();
  });
});
