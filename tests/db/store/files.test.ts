import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf } from '../../../electron/main/backup';
import { fixedClock } from '../../../electron/main/context';
import { startWorkbench } from '../../../electron/main/startup';
import { startOn, value } from './fixtures';

const modeOf = (f: string) => (fs.statSync(f).mode & 0o777).toString(8);

/** Files and folders (issue #13, "Files, the bridge and the Electron shell"; "Restore and recovery"). */
describe('the data folder on disk', () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-files-')), 'data');
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('is 0700 and every database, WAL, backup and notice file in it 0600, even with a umask of 000', async () => {
    const app = startOn(dir);
    await app.ready;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
    await value(app.dispatch('system:backupNow', {}));
    const db = path.join(dir, 'workbench.sqlite');
    expect(fs.existsSync(`${db}-wal`), 'the WAL is there to be checked').toBe(true);
    const files = [db, `${db}-wal`, `${db}-shm`, ...fs.readdirSync(backupDirOf(dir)).map((f) => path.join(backupDirOf(dir), f))];
    expect(Object.fromEntries([dir, backupDirOf(dir)].map((d) => [d, modeOf(d)]))).toEqual({ [dir]: '700', [backupDirOf(dir)]: '700' });
    expect(Object.fromEntries(files.map((f) => [path.basename(f), modeOf(f)]))).toEqual(Object.fromEntries(files.map((f) => [path.basename(f), '600'])));
    app.close();

    // A damaged store's notice, and a loose folder from an older version, are made private too.
    fs.writeFileSync(db, Buffer.alloc(8192, 0x5a));
    fs.chmodSync(dir, 0o755);
    const again = startOn(dir, '2026-11-24T10:00:00Z');
    await again.ready;
    expect(modeOf(dir)).toBe('700');
    expect(modeOf(path.join(dir, 'recovery-notice.json'))).toBe('600');
    expect(modeOf(path.join(dir, 'workbench.sqlite'))).toBe('600');
    again.close();
  });
});

/** Makes `dir` read-only: a read-only mount when running as root (root ignores modes), else chmod. */
function makeReadOnly(dir: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(path.join(dir, 'workbench.sqlite'), 0o400);
    fs.chmodSync(dir, 0o500);
    return () => fs.chmodSync(dir, 0o700);
  }
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-ro-copy-'));
  fs.cpSync(dir, copy, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  fs.cpSync(copy, dir, { recursive: true });
  fs.rmSync(copy, { recursive: true, force: true });
  execFileSync('mount', ['-o', 'remount,ro', dir]);
  return () => execFileSync('umount', [dir]);
}

describe('a read-only data folder', () => {
  it('gives a plain message at start, not a stack trace, and changes nothing', async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-readonly-'));
    const app = startOn(dir);
    await app.ready;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
    app.close();
    const undo = makeReadOnly(dir);
    if (!undo) {
      t.skip('this machine can neither mount a read-only folder nor drop root');
      return;
    }
    try {
      const before = fs.readFileSync(path.join(dir, 'workbench.sqlite'));
      const started = startWorkbench({ dataDir: dir, transport: 'web', clock: fixedClock('2026-11-24T10:00:00Z'), log: () => undefined });
      expect(started).toMatchObject({ ok: false, message: expect.stringMatching(/cannot write to its data folder.*read-only.*Nothing has been changed/) });
      expect(fs.readFileSync(path.join(dir, 'workbench.sqlite')).equals(before)).toBe(true);
      expect(fs.readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
    } finally {
      undo();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
