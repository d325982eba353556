import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registrationAgendaHints } from '../../../electron/main/domains/registration/agenda';
import { revalidationsDue } from '../../../electron/main/domains/registration/views';
import { docxText } from '../../helpers/documents';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('CPD log and revalidation', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  const expectRefused = async (channel: string, input: unknown, field: string, code = 'VALIDATION') => {
    const before = t.checksum();
    const error = await t.fail(channel, input);
    expect({ code: error.code, field: error.field }).toEqual({ code, field });
    expect(t.checksum()).toBe(before);
    return error;
  };

  const entry = (memberId: number, extra: Record<string, unknown> = {}) => ({
    memberId, date: '2026-11-20', activityType: 'course' as const, hours: 4, title: 'Copyright course', reflection: 'Clearer on licences.',
    sections: ['5'], ...extra,
  });

  it('refuses impossible hours, future dates and unknown types, naming the field', async () => {
    const clinical = await sampleMember(t, 'Clinical Librarian');
    await expectRefused('registration:addCpd', entry(clinical.id, { hours: 0 }), 'hours');
    await expectRefused('registration:addCpd', entry(clinical.id, { hours: -2 }), 'hours');
    await expectRefused('registration:addCpd', entry(clinical.id, { hours: 25 }), 'hours');
    await expectRefused('registration:addCpd', entry(clinical.id, { hours: 1.1 }), 'hours');
    await expectRefused('registration:addCpd', entry(clinical.id, { date: '2026-11-24' }), 'date');
    await expectRefused('registration:addCpd', entry(clinical.id, { date: '2026-02-30' }), 'date');
    await expectRefused('registration:addCpd', entry(clinical.id, { activityType: 'napping' }), 'activityType');
    await expectRefused('registration:addCpd', entry(clinical.id, { sections: ['5', '5'] }), 'sections');
    await expectRefused('registration:addCpd', entry(9999), 'memberId', 'NOT_FOUND');
  });

  it('counts only the rolling last 12 months towards the 20 hours', async () => {
    const clinical = await sampleMember(t, 'Clinical Librarian');
    await t.call('registration:addCpd', entry(clinical.id, { date: '2025-11-23', hours: 5 })); // one day too old
    await t.call('registration:addCpd', entry(clinical.id, { date: '2025-11-24', hours: 2 })); // first day of the window
    const view = await t.call('registration:revalidation', { memberId: clinical.id });
    expect(view).toMatchObject({ windowStart: '2025-11-24', hours12m: 14.5, hoursMet: false, ready: false });
    expect(view.entries.map((e) => e.date)).not.toContain('2025-11-23');
    expect((await t.call('registration:cpdList', { memberId: clinical.id })).map((e) => e.date)).toContain('2025-11-23');
  });

  it('is ready to submit at 20 hours with a statement within 250 words', async () => {
    const clinical = await sampleMember(t, 'Clinical Librarian');
    await t.call('registration:addCpd', entry(clinical.id, { hours: 7.5 }));
    const over = await t.call('registration:saveRevalidationStatement', {
      memberId: clinical.id, personal: words(100), organisational: words(100), wider: words(51),
    });
    expect(over).toMatchObject({ hours12m: 20, hoursMet: true, words: 251, wordsMet: false, ready: false });
    await expectRefused('registration:markRevalidated', { memberId: clinical.id, revalidatedOn: '2026-11-23' }, 'statement');

    const fits = await t.call('registration:saveRevalidationStatement', {
      memberId: clinical.id, personal: words(100), organisational: words(100), wider: words(50),
    });
    expect(fits).toMatchObject({ words: 250, ready: true });
    const done = await t.call('registration:markRevalidated', { memberId: clinical.id, revalidatedOn: '2026-11-23' });
    expect(done.registrations[0]?.lastRevalidatedOn).toBe('2026-11-23');
    // Revalidated early for the 13/12 anniversary: no longer "due".
    expect(registrationAgendaHints(t.db, clinical.id, '2026-11-23')).toEqual([]);
    expect(revalidationsDue(t.db, '2026-11-23', 90).map((r) => r.memberName)).not.toContain(clinical.name);
  });

  it('will not mark revalidated short of 20 hours, with no statement, or for an unregistered member', async () => {
    const clinical = await sampleMember(t, 'Clinical Librarian');
    await expectRefused('registration:markRevalidated', { memberId: clinical.id, revalidatedOn: '2026-11-23' }, 'hours');
    await t.call('registration:addCpd', entry(clinical.id, { hours: 8 }));
    await expectRefused('registration:markRevalidated', { memberId: clinical.id, revalidatedOn: '2026-11-23' }, 'statement');
    // The three prompts are advice: a statement with one left empty is enough.
    await t.call('registration:saveRevalidationStatement', { memberId: clinical.id, personal: words(10), organisational: words(10), wider: '' });
    const done = await t.call('registration:markRevalidated', { memberId: clinical.id, revalidatedOn: '2026-11-23' });
    expect(done.registrations[0]?.lastRevalidatedOn).toBe('2026-11-23');
    const trainee = await sampleMember(t, 'Graduate Trainee');
    await expectRefused('registration:markRevalidated', { memberId: trainee.id, revalidatedOn: '2026-11-23' }, 'memberId');
  });

  it('edits and removes entries; an edit into the future is refused', async () => {
    const outreach = await sampleMember(t, 'Outreach');
    const added = await t.call('registration:addCpd', entry(outreach.id));
    const { memberId: _m, ...fields } = entry(outreach.id);
    const edited = await t.call('registration:updateCpd', { id: added.id, changes: { ...fields, hours: 2.25 } });
    expect(edited.hours).toBe(2.25);
    await expectRefused('registration:updateCpd', { id: added.id, changes: { ...fields, date: '2027-01-01' } }, 'changes.date');
    await expectRefused('registration:updateCpd', { id: added.id, changes: { ...fields, hours: 0 } }, 'changes.hours');
    await t.call('registration:removeCpd', { id: added.id });
    expect((await t.call('registration:revalidation', { memberId: outreach.id })).hours12m).toBe(6.5);
  });

  it('lists PKSB sections developed so the UI can suggest re-rating them', async () => {
    const outreach = await sampleMember(t, 'Outreach');
    await t.call('registration:addCpd', entry(outreach.id, { sections: ['12', '5'] }));
    expect((await t.call('registration:revalidation', { memberId: outreach.id })).sectionsDeveloped).toEqual(['5', '8', '10', '11', '12']);
  });

  it('exports the year as .docx and CSV with the log and the statement', async () => {
    const clinical = await sampleMember(t, 'Clinical Librarian');
    await t.call('registration:saveRevalidationStatement', {
      memberId: clinical.id, personal: 'I now teach searching.', organisational: 'Fewer repeat enquiries.', wider: 'Spoke at a network day.',
    });
    const docx = await t.call('registration:exportRevalidation', { memberId: clinical.id, format: 'docx' });
    expect(docx.fileName).toMatch(/\.docx$/);
    const text = await docxText(Buffer.from(docx.content, 'base64'));
    expect(text).toContain('Health libraries conference');
    expect(text).toContain('12.5 of 20');
    expect(text).toContain('Spoke at a network day.');
    expect(text).toContain('24/11/2025 to 23/11/2026');

    const csv = await t.call('registration:exportRevalidation', { memberId: clinical.id, format: 'csv' });
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(csv.content).toContain('Shadowing visit,Shadowing visit to a knowledge service,4');
    expect(csv.content).toContain('Statement,,The wider profession');
    expect(csv.content).toContain('Total,,,Hours 24/11/2025 to 23/11/2026,12.5');
  });

  it('keeps registered status editable and refuses a revalidation before registration', async () => {
    const systems = await sampleMember(t, 'Systems and Metadata');
    const rec = await t.call('registration:setRegistered', {
      memberId: systems.id, level: 'chartership', registeredOn: '2019-02-01', lastRevalidatedOn: '2026-02-01',
    });
    expect(rec).toMatchObject({ nextAnniversary: '2027-02-01', daysToAnniversary: 70 });
    await expectRefused('registration:setRegistered', {
      memberId: systems.id, level: 'chartership', registeredOn: '2019-02-01', lastRevalidatedOn: '2018-02-01',
    }, 'lastRevalidatedOn');
    await expectRefused('registration:setRegistered', {
      memberId: systems.id, level: 'chartership', registeredOn: '2027-02-01', lastRevalidatedOn: null,
    }, 'registeredOn');
  });
});
