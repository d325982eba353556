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

  it('keeps a pasted name without a right-to-left override or control characters, so it reads the same everywhere', async () => {
    const created = await t.call('team:create', { ...alex, name: 'Siân\u202e ap Dŵr\u0007', notes: 'Line one\u000bline two' });
    expect(created).toMatchObject({ name: 'Siân ap Dŵr', notes: 'Line one\nline two' });
    expect((await t.call('team:get', { id: created.id })).name).toBe('Siân ap Dŵr');
  });

  it('lists names by their letters, accents and case aside: Łukasz among the Ls, Żaneta before zoë (not after every Z)', async () => {
    for (const name of ['Żaneta Żółć', 'zoë Able', 'Łukasz Nowak', 'Mair Lloyd', 'Ann Able']) {
      await t.call('team:create', { ...alex, name, email: '' });
    }
    expect((await t.call('team:list', {})).map((m) => m.name)).toEqual(['Ann Able', 'Łukasz Nowak', 'Mair Lloyd', 'Żaneta Żółć', 'zoë Able']);
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

describe('member start date: a new starter ahead of time, not a typing error', () => {
  it('accepts a start next month and on the last day of the 12-month window, refuses 2099 with a clear message and writes nothing', async () => {
    const t = await createTestApp({ now: '2026-11-30T10:00:00.000Z' });
    const nextMonth = await t.call('team:create', { ...alex, name: 'Siân ap Dŵr', email: 'sian@example.org', startDate: '2026-12-14' });
    expect(nextMonth.startDate).toBe('2026-12-14');
    expect((await t.call('team:create', { ...alex, name: 'Łukasz Żółć', email: 'lukasz@example.org', startDate: '2027-11-30' })).startDate).toBe('2027-11-30');
    const before = t.checksum();
    const error = await t.fail('team:create', { ...alex, name: 'Far Future', email: 'far@example.org', startDate: '2099-01-04' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'startDate' });
    expect(error.message).toBe('Start date 04/01/2099 is more than 12 months ahead: a new starter can be added up to 30/11/2027. Check the year.');
    expect(await t.fail('team:update', { id: nextMonth.id, changes: { ...alex, name: 'Siân ap Dŵr', email: 'sian@example.org', startDate: '2027-12-01' } }))
      .toMatchObject({ code: 'VALIDATION', field: 'startDate' });
    expect(t.checksum()).toBe(before);
    t.close();
  });

  it('refuses a far-future start date in an import row, naming the row and the field', async () => {
    const t = await createTestApp({ now: '2026-11-30T10:00:00.000Z' });
    const preview = await t.call('team:importPreview', {
      fileName: 'team.csv',
      format: 'csv',
      content: 'Name,Job title,Team,Start date\nSiân ap Dŵr,Library Assistant,Central,04/01/2027\nFar Future,Library Assistant,Central,04/01/2099\n',
    });
    expect(preview.rows[0]?.errors).toEqual([]);
    expect(preview.rows[1]?.errors).toEqual([{ field: 'startDate', message: expect.stringContaining('more than 12 months ahead') }]);
    t.close();
  });
});

describe('team import: HR export headings, contracted hours and the defaults said out loud', () => {
  const file = (content: string) => ({ fileName: 'hr-export.csv', format: 'csv' as const, content });
  const hrExport = [
    'Employee Full Name,Position Title,Work Location,Contracted Hours,Hire Date,Work Email Address',
    'Siân ap Dŵr,Library Assistant,Cardiff Central,18.5,01/09/2025,sian@example.org',
    'Łukasz Żółć,Systems Librarian,Żoliborz Branch,37,02/03/2024,lukasz@example.org',
  ].join('\r\n');

  it('maps an HR export\'s headings and turns contracted hours into FTE with the full-time week from Settings', async () => {
    const t = await createTestApp();
    const preview = await t.call('team:importPreview', file(hrExport));
    expect(preview.mapping).toMatchObject({ name: 'Employee Full Name', jobTitle: 'Position Title', team: 'Work Location', hours: 'Contracted Hours', startDate: 'Hire Date', email: 'Work Email Address' });
    expect(preview.fullTimeWeekHours).toBe(37);
    await t.call('team:updateSettings', { fullTimeWeekHours: 37 });
    await t.call('team:importCommit', file(hrExport));
    const people = await t.call('team:list', {});
    expect(people.map((m) => [m.name, m.team, m.fte]).sort()).toEqual([
      ['Siân ap Dŵr', 'Cardiff Central', 0.5],
      ['Łukasz Żółć', 'Żoliborz Branch', 1],
    ]);
    t.close();
  });

  it('divides by the full-time week set in Settings (36 hours: 18 hours is 0.5 FTE) and refuses hours above it', async () => {
    const t = await createTestApp();
    await t.call('team:updateSettings', { fullTimeWeekHours: 36 });
    const preview = await t.call('team:importPreview', file('Name,Job title,Site,Hours per week\nSiân ap Dŵr,Library Assistant,Central,18\nŁukasz Żółć,Librarian,Central,40\n'));
    expect(preview.mapping).toMatchObject({ team: 'Site', hours: 'Hours per week' });
    expect(preview.rows[0]?.errors).toEqual([]);
    expect(preview.rows[1]?.errors).toEqual([{ field: 'hours', message: 'contracted hours 40 are more than the full-time week of 36 hours (Settings)' }]);
    await t.call('team:importCommit', file('Name,Job title,Site,Hours per week\nSiân ap Dŵr,Library Assistant,Central,18\n'));
    expect((await t.call('team:list', {}))[0]?.fte).toBe(0.5);
    t.close();
  });

  it('prefers a Team column over a Location column when the file has both', async () => {
    const t = await createTestApp();
    const preview = await t.call('team:importPreview', file('Location,Name,Team,Job title\nBuilding 2,Siân ap Dŵr,Local studies,Archivist\n'));
    expect(preview.mapping.team).toBe('Team');
    t.close();
  });

  it('says which defaults new people get when the file has no FTE, hours, employment type or start date', async () => {
    const t = await createTestApp();
    const preview = await t.call('team:importPreview', file('Name,Job title,Team\nSiân ap Dŵr,Library Assistant,Central\nŁukasz Żółć,Librarian,Central\n'));
    expect(preview.defaults).toEqual([
      { field: 'fte', rows: 2, message: 'FTE: 2 new people will be recorded as 1.0 (full time) because the file has no FTE or contracted hours column. Check part-time staff after the import.' },
      { field: 'employmentType', rows: 2, message: 'Employment type: 2 new people will be recorded as Permanent because the file has no employment type column.' },
      { field: 'startDate', rows: 2, message: 'Start date: 2 new people will have no start date because the file has no start date column.' },
    ]);
    const partly = await t.call('team:importPreview', file('Name,Job title,Team,FTE,Employment type,Start date\nSiân ap Dŵr,Library Assistant,Central,,Apprentice,01/09/2025\n'));
    expect(partly.defaults).toEqual([
      { field: 'fte', rows: 1, message: 'FTE: 1 new person will be recorded as 1.0 (full time) because their FTE or contracted hours cells are blank. Check part-time staff after the import.' },
    ]);
    t.close();
  });
});

describe('team import: the app\'s own export and files that are not CSV', () => {
  it('re-importing the sample team\'s own CSV export changes nothing, notes that began with a formula character included', async () => {
    const t = await createTestApp({ sample: true });
    const [first, second, third] = await t.call('team:list', {});
    if (!first || !second || !third) throw new Error('the sample team has people');
    const { id: _1, leftOn: _2, lineManagerName: _3, createdAt: _4, updatedAt: _5, ...a } = first;
    const { id: _6, leftOn: _7, lineManagerName: _8, createdAt: _9, updatedAt: _10, ...b } = second;
    const { id: _11, leftOn: _12, lineManagerName: _13, createdAt: _14, updatedAt: _15, ...c } = third;
    await t.call('team:update', { id: first.id, changes: { ...a, notes: '=Prefers early shifts' } });
    await t.call('team:update', { id: second.id, changes: { ...b, notes: '-0.2 FTE from January (agreed flexible working)' } });
    await t.call('team:update', { id: third.id, changes: { ...c, notes: "@Siân ap Dŵr's buddy; '=' in a note stays as written" } });
    const exported = await t.call('team:exportCsv', {});
    expect(exported.content).toContain("'=Prefers early shifts");
    const before = t.checksum();
    const upload = { fileName: exported.fileName, format: 'csv' as const, content: exported.content };
    const preview = await t.call('team:importPreview', upload);
    const people = (await t.call('team:list', {})).length;
    expect(preview.counts).toEqual({ add: 0, update: 0, skip: people, invalid: 0 });
    expect(await t.call('team:importCommit', upload)).toEqual({ added: 0, updated: 0, skipped: people });
    expect(t.checksum()).toBe(before);
    t.close();
  });

  it('says a binary file renamed .csv is not a readable CSV (an .xlsx workbook, a PNG image), and writes nothing', async () => {
    const t = await createTestApp();
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Staff').addRows([['Name', 'Job title', 'Team'], ['Siân ap Dŵr', 'Library Assistant', 'Central']]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    // What the renderer sends for a .csv: the bytes read as UTF-8 text, as file.text() does.
    const asText = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
    const before = t.checksum();
    const renamedWorkbook = await t.fail('team:importPreview', { fileName: 'team.csv', format: 'csv', content: asText(xlsx) });
    expect(renamedWorkbook).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(renamedWorkbook.message).toMatch(/^This file is not a readable CSV: it looks like an Excel workbook/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)]);
    const image = await t.fail('team:importCommit', { fileName: 'photo.csv', format: 'csv', content: asText(png) });
    expect(image.message).toMatch(/^This file is not a readable CSV/);
    expect(image.message).not.toMatch(/column holds the name/);
    expect(t.checksum()).toBe(before);
    t.close();
  });

  it('still reads a CSV saved in an old Windows code page, with a few accents it cannot decode', async () => {
    const t = await createTestApp();
    const preview = await t.call('team:importPreview', { fileName: 'team.csv', format: 'csv', content: 'Name,Job title,Team\nZo\uFFFD Example,Archivist,Central\n' });
    expect(preview.rows).toHaveLength(1);
    t.close();
  });
});
