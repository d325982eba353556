import fs from 'node:fs';
import path from 'node:path';
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
