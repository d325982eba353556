import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchApp } from '../../../electron/main/app';
import { fixedClock } from '../../../electron/main/context';
import { createPrivacyService } from '../../../electron/main/domains/privacy/service';
import { startWorkbench } from '../../../electron/main/startup';

type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
async function value<T>(p: Promise<Reply>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}
interface Erased {
  complete: boolean;
  resumed: boolean;
  message: string;
  backupsDeleted: number;
  leftoversDeleted: number;
}

describe('erasure is finished even when interrupted, and covers leftover files', () => {
  let dir: string;
  let app: WorkbenchApp;
  let target: { id: number; name: string; email: string };
  const start = async () => {
    const started = startWorkbench({ dataDir: dir, transport: 'web', clock: fixedClock('2026-11-23T10:00:00Z'), log: () => undefined });
    if (!started.ok) throw new Error(started.message);
    await started.startupBackup;
    return started.app;
  };
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-erasure-resume-'));
    app = await start();
    await value(app.dispatch('system:chooseStart', { mode: 'empty' }));
    const person = (name: string, email: string, notes: string) => ({
      name, preferredName: '', jobTitle: 'Library Assistant', grade: '', team: 'Central Library', fte: 1, startDate: '2024-01-08',
      lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email, notes,
    });
    target = await value(app.dispatch('team:create', person('Siân ap Dŵr', 'sian.apdwr@library.example', 'Welsh-language storytimes.')));
    await value(app.dispatch('team:create', person('Łukasz Żółć', '', 'Covers the issue desk with Siân ap Dŵr on Saturdays.')));
    const meeting = await value<{ id: number }>(app.dispatch('oneToOnes:schedule', { memberId: target.id, scheduledAt: '2026-11-20T10:00:00Z', durationMinutes: 30, location: '', recurrence: 'none' }));
    await value(app.dispatch('oneToOnes:saveNotes', { id: meeting.id, privateNotes: 'Asked about flexible hours.', sharedNotes: 'Agreed a Chartership plan.' }));
    await value(app.dispatch('system:backupNow', {}));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Every file in the data folder (backups and leftovers included) whose bytes hold the text. */
  const filesContaining = (text: string): string[] => {
    const needle = Buffer.from(text, 'utf8');
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    return walk(dir).filter((f) => fs.readFileSync(f).includes(needle)).map((f) => path.relative(dir, f));
  };

  const erase = async () => {
    const { mentions } = await value<{ mentions: { ref: unknown }[] }>(app.dispatch('privacy:mentions', { id: target.id }));
    return app.dispatch('privacy:erase', { memberId: target.id, confirmName: target.name, mentions: mentions.map((m) => ({ ref: m.ref, action: 'redact' })) });
  };

  /** The disk fails while the old copies are being removed: after the delete has committed. */
  const failFileRemoval = () =>
    vi.spyOn(fs, 'rmSync').mockImplementation(() => {
      throw Object.assign(new Error('i/o error'), { code: 'EIO' });
    });

  it('says truthfully that the person is gone when the files fail, and a retry finishes it instead of answering NOT_FOUND', async () => {
    const spy = failFileRemoval();
    const first = (await erase()) as Reply;
    spy.mockRestore();
    expect(first.ok).toBe(true);
    const reply = first.value as Erased;
    expect(reply.complete).toBe(false);
    expect(reply.message).toMatch(/has been removed from the workbench’s database/);
    expect(reply.message).not.toMatch(/nothing was saved/i);
    expect(filesContaining(target.name).length).toBeGreaterThan(0);

    const retry = await value<Erased>(app.dispatch('privacy:erase', { memberId: target.id, confirmName: target.name, mentions: [] }));
    expect(retry).toMatchObject({ resumed: true, complete: true });
    expect(retry.backupsDeleted).toBeGreaterThan(0);
    expect(filesContaining(target.name)).toEqual([]);
    expect(filesContaining(target.email)).toEqual([]);
    // Once nothing is left, the id is unknown again.
    expect(await app.dispatch('privacy:erase', { memberId: target.id, confirmName: target.name, mentions: [] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses to restore a backup while an erasure still waits to remove old copies (it would bring the person back)', async () => {
    const spy = failFileRemoval();
    expect(await erase()).toMatchObject({ ok: true, value: { complete: false } });
    spy.mockRestore();
    const backups = await value<{ fileName: string }[]>(app.dispatch('system:listBackups', {}));
    const holding = backups.filter((b) => filesContaining(target.name).includes(path.join('backups', b.fileName)));
    expect(holding.length).toBeGreaterThan(0);
    const reply = await app.dispatch('system:restoreBackup', { fileName: holding[0]!.fileName });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'fileName' } });
    expect((reply as Reply).error?.message).toMatch(/could bring them back/);
    const team = await value<{ name: string }[]>(app.dispatch('team:list', { includeArchived: true }));
    expect(team.map((m) => m.name)).not.toContain(target.name);
    // Once the erasure is finished (next start), the copies are gone and restores work again.
    app.close();
    app = await start();
    expect(filesContaining(target.name)).toEqual([]);
    const left = await value<{ fileName: string }[]>(app.dispatch('system:listBackups', {}));
    expect(await app.dispatch('system:restoreBackup', { fileName: left[0]!.fileName })).toMatchObject({ ok: true });
  });

  it('the next start finishes an interrupted erasure and says so on the dashboard', async () => {
    const spy = failFileRemoval();
    await erase();
    spy.mockRestore();
    app.close();
    app = await start();
    expect(filesContaining(target.name)).toEqual([]);
    const status = await value<{ pending: number; finishedOnStart: { filesRemoved: number }[] }>(app.dispatch('privacy:erasureStatus', {}));
    expect(status.pending).toBe(0);
    expect(status.finishedOnStart).toHaveLength(1);
    expect(status.finishedOnStart[0]?.filesRemoved).toBeGreaterThan(0);
    const attention = await value<{ items: { kind: string; title: string }[] }>(app.dispatch('dashboard:attention', {}));
    expect(attention.items).toContainEqual(expect.objectContaining({ kind: 'erasure', title: 'An interrupted erasure was finished' }));
  });

  it('a kill right after the delete commits (before compaction and file clean-up) is finished at the next start', async () => {
    const privacy = createPrivacyService(app.ctx);
    const redactAll = privacy.mentionsOf(target.id).mentions.map((m) => ({ ref: m.ref, action: 'redact' as const, text: '' }));
    privacy.repo.setSecureDelete();
    // Exactly the handler's first step; then the process "dies": no compaction, no clean-up, no close.
    app.ctx.db.transaction(() => privacy.eraseRows(target.id, target.name, redactAll))();
    const killed = app;
    app = await start();
    try {
      expect(filesContaining(target.name)).toEqual([]);
      const status = await value<{ pending: number; finishedOnStart: unknown[] }>(app.dispatch('privacy:erasureStatus', {}));
      expect(status).toMatchObject({ pending: 0, finishedOnStart: [expect.anything()] });
    } finally {
      killed.close();
    }
  });

  it('an encrypted workbench, locked at start, finishes an interrupted erasure when it is unlocked', async () => {
    const PASS = 'correct horse battery staple';
    await value(app.dispatch('system:encrypt', { passphrase: PASS, confirm: PASS }));
    await value(app.dispatch('system:backupNow', {}));
    const spy = failFileRemoval();
    expect(await erase()).toMatchObject({ ok: true, value: { complete: false } });
    spy.mockRestore();
    const backups = () => fs.readdirSync(path.join(dir, 'backups'));
    expect(backups().length).toBeGreaterThan(3);
    app.close();
    app = await start();
    expect(app.isLocked()).toBe(true);
    await value(app.dispatch('system:unlock', { passphrase: PASS }));
    const status = await value<{ pending: number; finishedOnStart: unknown[] }>(app.dispatch('privacy:erasureStatus', {}));
    expect(status).toMatchObject({ pending: 0, finishedOnStart: [expect.anything()] });
    // Every older backup (encrypted, but still holding the person) is gone: left are the fresh copy the
    // erasure took and the start-up backup taken after unlocking. (Names are reused under a fixed clock.)
    expect(backups()).toHaveLength(2);
  });

  it('removes .partial backups, moved-aside damaged databases and copies left by an interrupted restore or re-key', async () => {
    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const live = path.join(dir, 'workbench.sqlite');
    const partial = path.join(dir, 'backups', 'workbench-20261120T100000Z.sqlite.partial');
    const damaged = path.join(dir, 'workbench.sqlite.damaged-20261121T090000Z');
    // A crash while restoring or re-keying leaves a copy beside the store or a backup.
    const restoring = path.join(dir, 'workbench.sqlite.restoring');
    const rekeying = path.join(dir, 'backups', 'workbench-20261119T100000Z.sqlite.rekeying');
    for (const f of [partial, damaged, restoring, rekeying]) fs.copyFileSync(live, f);
    expect(filesContaining(target.name)).toEqual(expect.arrayContaining([partial, damaged, restoring, rekeying].map((f) => path.relative(dir, f))));

    const reply = await value<Erased>(erase() as Promise<Reply>);
    expect(reply.complete).toBe(true);
    expect(reply.leftoversDeleted).toBeGreaterThanOrEqual(4);
    for (const f of [partial, damaged, restoring, rekeying]) expect(fs.existsSync(f), path.basename(f)).toBe(false);
    expect(filesContaining(target.name)).toEqual([]);
  });
});
