import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUPS_TO_KEEP } from '../../electron/main/backup';
import { backupNames, member, startOn, value } from './store/fixtures';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Found by the crash test of backup with rotation (tests/db/crash-operations.test.ts), where the clock is fixed. */
describe('backup rotation keeps the copy just taken', () => {
  it('more backups than are kept within one second all succeed, and the newest holds the latest write', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-rotation-'));
    dirs.push(dir);
    const app = startOn(dir, '2026-11-02T09:00:00Z');
    await app.ready;
    let last = '';
    for (let i = 0; i < BACKUPS_TO_KEEP + 3; i += 1) {
      await value(app.dispatch('team:create', member(`Łukasz Żółć ${i}`)));
      last = (await value<{ fileName: string }>(app.dispatch('system:backupNow', {}))).fileName;
    }
    const listed = await value<{ fileName: string; memberCount: number | null }[]>(app.dispatch('system:listBackups', {}));
    app.close();
    expect(backupNames(dir)).toHaveLength(BACKUPS_TO_KEEP);
    expect(listed[0]).toMatchObject({ fileName: last, memberCount: BACKUPS_TO_KEEP + 3 });
  });

  it('a backup taken while the clock reads earlier than every kept copy is kept', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-rotation-back-'));
    dirs.push(dir);
    for (let day = 10; day < 10 + BACKUPS_TO_KEEP; day += 1) {
      const app = startOn(dir, `2026-11-${day}T09:00:00Z`);
      await app.ready;
      app.close();
    }
    // The computer's clock was later put back a year.
    const app = startOn(dir, '2025-11-02T09:00:00Z');
    await app.ready;
    const taken = await app.dispatch('system:backupNow', {});
    app.close();
    if (!taken.ok) throw new Error(taken.error.message);
    expect(backupNames(dir)).toContain((taken.value as { fileName: string }).fileName);
  });
});
