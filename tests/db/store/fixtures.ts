import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { fixedClock } from '../../../electron/main/context';
import { startWorkbench } from '../../../electron/main/startup';
import type { AppOptions } from '../../../electron/main/app';

/** Starts the workbench over a data folder as the app does, failing the test on a refusal. */
export function startOn(dir: string, at = '2026-11-23T10:00:00Z', extra: Partial<AppOptions> = {}) {
  const started = startWorkbench({ dataDir: dir, transport: 'web', clock: fixedClock(at), log: () => undefined, ...extra });
  if (!started.ok) throw new Error(started.message);
  return Object.assign(started.app, { ready: started.startupBackup });
}

export async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

export const member = (name: string) => ({
  name, preferredName: '', jobTitle: 'Library Assistant', grade: 'Band 3', team: 'Central Library', fte: 1,
  startDate: '2025-01-06', lineManagerId: null, employmentType: 'permanent' as const, cilipNumber: '', email: '', notes: '',
});

/** The file names in the data folder's backups folder. */
export const backupNames = (dir: string) => (fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')).sort() : []);

/**
 * A data folder for each test holding the sample team and one good backup, the store closed cleanly (WAL folded in),
 * then `spoil` applied to the store file; removed after the test. Read `store.dir` and `store.file()` inside tests.
 */
export function sampleStoreWithBackup(prefix: string, spoil?: (file: string) => void) {
  const store = { dir: '', file: () => path.join(store.dir, 'workbench.sqlite') };
  beforeEach(async () => {
    store.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const app = startOn(store.dir, '2026-11-01T09:00:00Z');
    await app.ready;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
    await value(app.dispatch('system:backupNow', {}));
    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    app.close();
    spoil?.(store.file());
  });
  afterEach(() => fs.rmSync(store.dir, { recursive: true, force: true }));
  return store;
}
