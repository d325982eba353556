import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

// Counts how often an import file is read and parsed (the worker job), passing every call through.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../electron/main/lib/parse-off-thread', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../electron/main/lib/parse-off-thread')>();
  return {
    ...original,
    parseTabular: (...args: Parameters<typeof original.parseTabular>) => {
      parses.count += 1;
      return original.parseTabular(...args);
    },
  };
});

const file = (lines: string[]) => ({
  fileName: 'staff.csv',
  format: 'csv' as const,
  content: ['Name,Job title,Team,Email,Start date', ...lines].join('\n'),
});
const people = file(['Łukasz Żółć,Librarian,Żoliborz Branch,lukasz@example.org,01/02/2024', 'Siân ap Dŵr,Library Assistant,Cardiff Central,sian@example.org,']);

describe('team import: the commit writes what the preview showed', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
    parses.count = 0;
  });
  afterEach(() => t.close());

  it('reads and parses the file once for a preview and the commit that follows it', async () => {
    const preview = await t.call('team:importPreview', people);
    expect(preview.counts).toMatchObject({ add: 2, invalid: 0 });
    expect(await t.call('team:importCommit', people)).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(parses.count).toBe(1);
    expect((await t.call('team:list', {})).map((m) => m.name).sort()).toEqual(['Siân ap Dŵr', 'Łukasz Żółć']);
  });

  it('plans again when someone was added after the preview: the commit updates them instead of adding a duplicate', async () => {
    expect((await t.call('team:importPreview', people)).counts).toMatchObject({ add: 2, update: 0 });
    await t.call('team:create', {
      name: 'Siân ap Dŵr', preferredName: '', jobTitle: 'Volunteer coordinator', grade: '', team: 'Cardiff Central', fte: 0.5,
      startDate: null, lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: 'SIAN@example.org', notes: '',
    });
    expect(await t.call('team:importCommit', people)).toEqual({ added: 1, updated: 1, skipped: 0 });
    expect(parses.count).toBe(2);
    const sian = (await t.call('team:list', {})).filter((m) => m.name === 'Siân ap Dŵr');
    expect(sian.map((m) => m.jobTitle)).toEqual(['Library Assistant']);
  });

  it('plans again for a different file, a different mapping or the next day', async () => {
    await t.call('team:importPreview', people);
    const other = file(['Łukasz Żółć,Senior Librarian,Żoliborz Branch,lukasz@example.org,01/02/2024']);
    expect(await t.call('team:importCommit', other)).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect((await t.call('team:list', {}))[0]?.jobTitle).toBe('Senior Librarian');

    // 24/11/2027 is a day past the 12-month window on 23 November 2026, and inside it the next morning.
    const next = file(['Siân ap Dŵr,Library Assistant,Cardiff Central,sian@example.org,24/11/2027']);
    expect((await t.call('team:importPreview', next)).rows[0]?.errors).toMatchObject([{ field: 'startDate' }]);
    t.setNow('2026-11-24T09:00:00.000Z');
    expect(await t.call('team:importCommit', next)).toEqual({ added: 1, updated: 0, skipped: 0 });

    const before = parses.count;
    const third = file(['Ada Example,Archivist,Central,ada@example.org,']);
    expect((await t.call('team:importPreview', third)).counts).toMatchObject({ add: 1 });
    // The same file, with the job title read from the Team column this time.
    await t.call('team:importCommit', { ...third, mapping: { name: 'Name', jobTitle: 'Team', team: 'Team', email: 'Email' } });
    expect(parses.count).toBe(before + 2);
    expect((await t.call('team:list', {})).find((m) => m.name === 'Ada Example')?.jobTitle).toBe('Central');
  });
});
