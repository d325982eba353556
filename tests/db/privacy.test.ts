import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/main/context';
import { startWorkbench } from '../../electron/main/startup';
import type { WorkbenchApp } from '../../electron/main/app';
import { inkedShareOfFirstPage } from '../helpers/documents';
import { createTestApp, sampleMember, type TestApp } from '../helpers/test-app';
import os from 'node:os';

async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

describe('subject access', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  it('gathers everything held about one person, across features, in JSON and a readable PDF', async () => {
    const candidate = await sampleMember(t, 'Assistant Librarian');
    const others = (await t.call('team:list', {})).filter((m) => m.id !== candidate.id);
    const pack = await t.call('privacy:subjectAccess', { memberId: candidate.id });
    const data = JSON.parse(pack.json.content) as { subject: { name: string }; tables: Record<string, unknown[]> };
    expect(data.subject.name).toBe(candidate.name);
    expect(Object.keys(data.tables).length).toBeGreaterThan(3);
    expect(data.tables.members).toHaveLength(1);
    expect(pack.rows).toBeGreaterThan(10);
    for (const other of others) expect(pack.json.content, `${other.name} must not appear`).not.toContain(other.name);
    expect(inkedShareOfFirstPage(Buffer.from(pack.pdf.content, 'base64'))).toBeGreaterThan(0.01);
    expect(pack.pdf.fileName).toMatch(/^subject-access-.*-2026-11-23\.pdf$/);
  });

  it('includes the manager’s private notes by default (appraisal notes are generally disclosable)', async () => {
    const candidate = await sampleMember(t, 'Assistant Librarian');
    const meeting = await t.call('oneToOnes:schedule', { memberId: candidate.id, scheduledAt: '2026-11-20T10:00:00Z', durationMinutes: 30, location: '', recurrence: 'none' });
    await t.call('oneToOnes:saveNotes', { id: meeting.id, privateNotes: 'Worried about workload before the audit.', sharedNotes: '' });
    const pack = await t.call('privacy:subjectAccess', { memberId: candidate.id });
    expect(pack.withheldPrivateNotes).toBe(0);
    expect(pack.json.content).toContain('Worried about workload before the audit.');
  });

  it('rejects an unknown member with a typed error', async () => {
    expect(await t.fail('privacy:subjectAccess', { memberId: 9999 })).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
  });
});

describe('erasure', () => {
  let dir: string;
  let app: WorkbenchApp;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-erasure-'));
    const started = startWorkbench({ dataDir: dir, transport: 'web', clock: fixedClock('2026-11-23T10:00:00Z'), log: () => undefined });
    if (!started.ok) throw new Error(started.message);
    app = started.app;
    await started.startupBackup;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
  });
  afterEach(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const filesContaining = (text: string) => {
    const needle = Buffer.from(text, 'utf8');
    const files = [path.join(dir, 'workbench.sqlite'), path.join(dir, 'workbench.sqlite-wal'), ...fs.readdirSync(path.join(dir, 'backups')).map((f) => path.join(dir, 'backups', f))];
    return files.filter((f) => fs.existsSync(f) && fs.readFileSync(f).includes(needle)).map((f) => path.basename(f));
  };

  it('needs the full name typed to confirm, and otherwise changes nothing', async () => {
    const members = await value<{ id: number; name: string }[]>(app.dispatch('team:list', {}));
    const target = members[0] as { id: number; name: string };
    const result = await app.dispatch('privacy:erase', { memberId: target.id, confirmName: 'someone else' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'confirmName' } });
    expect(await value<unknown[]>(app.dispatch('team:list', {}))).toHaveLength(12);
  });

  it('removes the person everywhere: their name no longer appears in the database files or backups', async () => {
    const members = await value<{ id: number; name: string; jobTitle: string; email: string }[]>(app.dispatch('team:list', {}));
    const target = members.find((m) => m.jobTitle === 'Assistant Librarian') ?? members[0];
    if (!target) throw new Error('no sample member');
    await value(app.dispatch('system:backupNow', {}));
    expect(filesContaining(target.name).length).toBeGreaterThan(0);

    // The manager reviews the mentions of them in other people's records and redacts each.
    const { mentions } = await value<{ mentions: { ref: unknown }[] }>(app.dispatch('privacy:mentions', { id: target.id }));
    const result = await value<{ deletedRows: number; anonymisedRows: number; backupsDeleted: number }>(
      app.dispatch('privacy:erase', { memberId: target.id, confirmName: target.name, mentions: mentions.map((m) => ({ ref: m.ref, action: 'redact' })) }),
    );
    expect(result.deletedRows).toBeGreaterThan(1);
    expect(result.backupsDeleted).toBeGreaterThan(0);
    expect(await value<unknown[]>(app.dispatch('team:list', { includeArchived: true }))).toHaveLength(11);
    expect(filesContaining(target.name)).toEqual([]);
    expect(filesContaining(target.email)).toEqual([]);
    expect(app.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(app.ctx.db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('retention of leavers', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  it('lists leavers past the retention period (6 years by default) for review', async () => {
    const veteran = (name: string) => t.call('team:create', {
      name, preferredName: '', jobTitle: 'Library Assistant', grade: '', team: 'Central Library', fte: 1, startDate: '2010-01-04',
      lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: '',
    });
    const a = await veteran('Ada Longgone');
    const b = await veteran('Bert Recentleaver');
    await t.call('team:archive', { id: a.id, leftOn: '2019-06-30' });
    await t.call('team:archive', { id: b.id, leftOn: '2022-01-31' });
    const review = await t.call('privacy:retention', {});
    expect(review.years).toBe(6);
    expect(review.due.map((d) => [d.name, d.dueSince])).toEqual([[a.name, '2025-06-30']]);
    const shorter = await t.call('privacy:setRetentionYears', { years: 4 });
    expect(shorter.due.map((d) => d.name)).toEqual([a.name, b.name]);
    const before = t.checksum();
    expect(await t.fail('privacy:setRetentionYears', { years: 0 })).toMatchObject({ code: 'VALIDATION', field: 'years' });
    expect(t.checksum()).toBe(before);
  });
});
