import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

const alex = {
  name: 'Alex Example',
  preferredName: '',
  jobTitle: 'Assistant Librarian',
  grade: 'Band 5',
  team: 'Central Library',
  fte: 1,
  startDate: '2024-09-02',
  lineManagerId: null,
  employmentType: 'permanent' as const,
  cilipNumber: '',
  email: 'alex@example.org',
  notes: '',
};

describe('team', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('adds a member, lists them and announces the change', async () => {
    const created = await t.call('team:create', alex);
    expect(created.id).toBeGreaterThan(0);
    expect((await t.call('team:list', {})).map((m) => m.name)).toEqual(['Alex Example']);
    expect(t.events).toContain('team:changed');
  });

  it('archives a leaver out of the default list and restores them', async () => {
    const { id } = await t.call('team:create', alex);
    const archived = await t.call('team:archive', { id, leftOn: '2026-10-31' });
    expect(archived.leftOn).toBe('2026-10-31');
    expect(await t.call('team:list', {})).toHaveLength(0);
    expect(await t.call('team:list', { includeArchived: true })).toHaveLength(1);
    await t.call('team:restore', { id });
    expect(await t.call('team:list', {})).toHaveLength(1);
  });

  it('refuses a second member with the same email, naming the field', async () => {
    await t.call('team:create', alex);
    const before = t.checksum();
    const error = await t.fail('team:create', { ...alex, name: 'Other Person', email: 'ALEX@example.org' });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(t.checksum()).toBe(before);
  });
});

describe('team import through the channels', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const csv = (rows: string[]) => ({ fileName: 'team.csv', format: 'csv' as const, content: ['Name,Job title,Team,Email,Start date', ...rows].join('\n') });

  it('commits nothing when any row is invalid, naming the row and field', async () => {
    const before = t.checksum();
    const error = await t.fail('team:importCommit', csv(['Ann,Role,Central,ann@example.org,01/01/2024', 'Bob,Role,Central,bob@example.org,45/01/2024']));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'rows.3.startDate' });
    expect(error.message).toMatch(/^Row 3: start date "45\/01\/2024" is not a real date/);
    expect(t.checksum()).toBe(before);
  });

  it('adds new people, updates matches by email and reports the counts', async () => {
    await t.call('team:create', { ...alex, email: 'ann@example.org', name: 'Ann Old', jobTitle: 'Old role' });
    const result = await t.call('team:importCommit', csv(['Ann New,New role,Central,ANN@example.org,01/01/2024', 'Cat,Role,Central,cat@example.org,']));
    expect(result).toEqual({ added: 1, updated: 1, skipped: 0 });
    const names = (await t.call('team:list', {})).map((m) => `${m.name}|${m.jobTitle}`);
    expect(names).toEqual(['Ann New|New role', 'Cat|Role']);
    expect(await t.call('team:importCommit', csv(['Ann New,New role,Central,ann@example.org,01/01/2024']))).toEqual({ added: 0, updated: 0, skipped: 1 });
  });

  it('asks which column holds the name when it cannot tell', async () => {
    const error = await t.fail('team:importPreview', { fileName: 'x.csv', format: 'csv', content: 'Who,What\nA,B\n' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'mapping.name' });
  });

  it('exports the team as CSV with UK dates, leavers only on request', async () => {
    const { id } = await t.call('team:create', alex);
    await t.call('team:create', { ...alex, name: 'Bea Leaver', email: 'bea@example.org' });
    const leaver = (await t.call('team:list', {})).find((m) => m.name === 'Bea Leaver');
    await t.call('team:archive', { id: leaver?.id ?? 0, leftOn: '2026-10-01' });
    const file = await t.call('team:exportCsv', {});
    expect(file.fileName).toBe('team-2026-11-23.csv');
    expect(file.content).toContain('Alex Example,,Assistant Librarian,Band 5,Central Library,1,02/09/2024,Permanent');
    expect(file.content).not.toContain('Bea Leaver');
    expect((await t.call('team:exportCsv', { includeArchived: true })).content).toContain('Bea Leaver');
    expect(id).toBeGreaterThan(0);
  });
});

describe('first run and the sample team', () => {
  it('offers onboarding on an empty store, then never again', async () => {
    const t = await createTestApp();
    expect((await t.call('system:status', {})).needsOnboarding).toBe(true);
    await t.call('system:chooseStart', { mode: 'empty' });
    expect(await t.call('system:status', {})).toMatchObject({ needsOnboarding: false, memberCount: 0 });
    t.close();
  });

  it('the sample team is 12 fictional people over 3 service points with the trainees and a Chartership candidate', async () => {
    const t = await createTestApp({ sample: true });
    const team = await t.call('team:list', {});
    expect(team).toHaveLength(12);
    expect(new Set(team.map((m) => m.team)).size).toBe(3);
    const types = team.map((m) => m.employmentType);
    for (const type of ['apprentice', 'graduate_trainee', 'placement_student'] as const) expect(types).toContain(type);
    expect(team.every((m) => m.email.endsWith('@library.example.org'))).toBe(true);
    expect(await t.fail('system:chooseStart', { mode: 'sample' })).toMatchObject({ code: 'CONFLICT' });
    t.close();
  });

  it('is deterministic: the same seed gives the same team', async () => {
    const a = await createTestApp({ sample: true });
    const b = await createTestApp({ sample: true });
    const names = async (t: TestApp) => (await t.call('team:list', {})).map((m) => `${m.name}|${m.jobTitle}|${m.startDate}`);
    expect(await names(a)).toEqual(await names(b));
    a.close();
    b.close();
  });
});

describe('team settings: the full-time week', () => {
  it('defaults to 37 hours, saves a new figure and refuses a week of 0 or over 60 hours', async () => {
    const t = await createTestApp();
    expect(await t.call('team:settings', {})).toEqual({ fullTimeWeekHours: 37 });
    expect(await t.call('team:updateSettings', { fullTimeWeekHours: 36 })).toEqual({ fullTimeWeekHours: 36 });
    expect(await t.call('team:settings', {})).toEqual({ fullTimeWeekHours: 36 });
    expect(await t.fail('team:updateSettings', { fullTimeWeekHours: 0 })).toMatchObject({ code: 'VALIDATION', field: 'fullTimeWeekHours' });
    expect(await t.fail('team:updateSettings', { fullTimeWeekHours: 61 })).toMatchObject({ code: 'VALIDATION', field: 'fullTimeWeekHours' });
    t.close();
  });
});
