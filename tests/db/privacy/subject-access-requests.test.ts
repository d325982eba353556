import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const person = (name: string, notes = '') => ({
  name, preferredName: '', jobTitle: 'Library Assistant', grade: '', team: 'Central Library', fte: 1, startDate: '2024-01-08',
  lineManagerId: null, employmentType: 'permanent' as const, cilipNumber: '', email: '', notes,
});

describe('subject access requests (UK GDPR Art. 15)', () => {
  let t: TestApp;
  let subject: { id: number; name: string };
  let meetingId: number;
  beforeEach(async () => {
    t = await createTestApp({ now: '2026-11-23T10:00:00.000Z' });
    subject = await t.call('team:create', person('Siân ap Dŵr'));
    await t.call('team:create', person('Łukasz Żółć', 'Shadowed Siân ap Dŵr at the reference desk.'));
    const meeting = await t.call('oneToOnes:schedule', { memberId: subject.id, scheduledAt: '2026-11-20T10:00:00Z', durationMinutes: 30, location: '', recurrence: 'none' });
    meetingId = meeting.id;
    await t.call('oneToOnes:saveNotes', { id: meeting.id, privateNotes: 'Restructure may move this post to Eastgate.', sharedNotes: 'Agreed a Chartership plan.' });
  });
  afterEach(() => t.close());

  it('records the date a request arrived and shows the reply date by the calendar-date rule', async () => {
    const r = await t.call('privacy:recordRequest', { memberId: subject.id, receivedOn: '2026-10-31' });
    expect(r).toMatchObject({ receivedOn: '2026-10-31', firstMonthEndsOn: '2026-11-30', dueOn: '2026-11-30', respondBy: '2026-11-30', daysLeft: 7 });
    expect((await t.call('privacy:requests', { id: subject.id })).requests).toHaveLength(1);
    expect(await t.fail('privacy:recordRequest', { memberId: subject.id, receivedOn: '2026-11-24' })).toMatchObject({ code: 'VALIDATION', field: 'receivedOn' });
  });

  it('puts the reply on the dashboard as the date nears, with the extension reminder, and takes it off when answered', async () => {
    const r = await t.call('privacy:recordRequest', { memberId: subject.id, receivedOn: '2026-10-31' });
    const items = (await t.call('dashboard:attention', {})).items.filter((i) => i.kind === 'subject-access');
    expect(items).toEqual([
      expect.objectContaining({
        title: 'Siân ap Dŵr: subject access reply due in 7 days',
        detail: expect.stringContaining('must tell them by 30/11/2026'),
        link: `/team/${subject.id}`,
        urgency: 1,
      }),
    ]);
    await t.call('privacy:completeRequest', { id: r.id, completedOn: '2026-11-23' });
    expect((await t.call('dashboard:attention', {})).items.filter((i) => i.kind === 'subject-access')).toEqual([]);
  });

  it('a request received today is not on the dashboard yet (more than 14 days to go)', async () => {
    await t.call('privacy:recordRequest', { memberId: subject.id, receivedOn: '2026-11-23' });
    expect((await t.call('dashboard:attention', {})).items.filter((i) => i.kind === 'subject-access')).toEqual([]);
  });

  it('extends by up to two further months only if the person was told within the first month', async () => {
    const r = await t.call('privacy:recordRequest', { memberId: subject.id, receivedOn: '2026-10-31' });
    const before = t.checksum();
    expect(await t.fail('privacy:extendRequest', { id: r.id, months: 3, reason: 'Complex', toldOn: '2026-11-02' })).toMatchObject({ code: 'VALIDATION', field: 'months' });
    expect(await t.fail('privacy:extendRequest', { id: r.id, months: 2, reason: '', toldOn: '2026-11-02' })).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    t.setNow('2026-12-05T10:00:00.000Z');
    const late = await t.fail('privacy:extendRequest', { id: r.id, months: 2, reason: 'Complex', toldOn: '2026-12-01' });
    expect(late).toMatchObject({ code: 'VALIDATION', field: 'toldOn' });
    expect(late.message).toContain('within the first month');
    expect(t.checksum()).toBe(before);
    const extended = await t.call('privacy:extendRequest', { id: r.id, months: 2, reason: 'Many records across features', toldOn: '2026-11-20' });
    expect(extended).toMatchObject({ extensionMonths: 2, dueOn: '2027-01-31', respondBy: '2027-02-01', toldOfExtensionOn: '2026-11-20' });
  });

  it('includes private notes by default; withholding one needs an exemption and a reason, and the pack says so', async () => {
    const r = await t.call('privacy:recordRequest', { memberId: subject.id, receivedOn: '2026-11-20' });
    const review = await t.call('privacy:requestReview', { id: r.id });
    expect(review.privateNotes).toEqual([expect.objectContaining({ text: 'Restructure may move this post to Eastgate.', withheld: null })]);
    const note = review.privateNotes[0];
    if (!note) throw new Error('no private note');
    const full = await t.call('privacy:subjectAccess', { memberId: subject.id, requestId: r.id });
    expect(full.json.content).toContain('Restructure may move this post to Eastgate.');

    expect(await t.fail('privacy:withhold', { requestId: r.id, ref: note.ref, exemption: 'management-forecasting', reason: ' ' })).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect(await t.fail('privacy:withhold', { requestId: r.id, ref: note.ref, exemption: 'because', reason: 'x' })).toMatchObject({ code: 'VALIDATION', field: 'exemption' });
    const after = await t.call('privacy:withhold', { requestId: r.id, ref: note.ref, exemption: 'management-forecasting', reason: 'Restructure not yet announced.' });
    expect(after.privateNotes[0]?.withheld).toEqual({ exemption: 'management-forecasting', reason: 'Restructure not yet announced.' });

    const pack = await t.call('privacy:subjectAccess', { memberId: subject.id, requestId: r.id });
    expect(pack).toMatchObject({ withheld: 1, withheldPrivateNotes: 1 });
    expect(pack.json.content).not.toContain('Eastgate');
    // The manager's reason could itself give the withheld note away: it is recorded, never sent.
    expect(pack.json.content).not.toContain('not yet announced');
    expect(pack.json.content).not.toContain('source_key');
    expect(pack.json.content).toContain('[withheld: Management forecasting or planning (Sch. 2 para. 22)]');
    expect(pack.json.content).toContain('Agreed a Chartership plan.');
    // A record that is not the person's own cannot be "withheld" into their pack.
    const other = await t.fail('privacy:withhold', { requestId: r.id, ref: { table: 'one_to_ones', key: JSON.stringify([meetingId + 99]), column: 'private_notes' }, exemption: 'other', reason: 'x' });
    expect(other).toMatchObject({ code: 'VALIDATION', field: 'ref' });
  });

  it('lists mentions in other people’s records for review; only those the manager includes go in the pack', async () => {
    const r = await t.call('privacy:recordRequest', { memberId: subject.id, receivedOn: '2026-11-20' });
    const review = await t.call('privacy:requestReview', { id: r.id });
    expect(review.mentions).toEqual([expect.objectContaining({ whose: 'Łukasz Żółć', text: 'Shadowed Siân ap Dŵr at the reference desk.', include: null })]);
    const mention = review.mentions[0];
    if (!mention) throw new Error('no mention');
    const before = await t.call('privacy:subjectAccess', { memberId: subject.id, requestId: r.id });
    expect(before.mentionsIncluded).toBe(0);
    expect(before.json.content).not.toContain('reference desk');
    await t.call('privacy:decideMention', { requestId: r.id, ref: mention.ref, include: true });
    const pack = await t.call('privacy:subjectAccess', { memberId: subject.id, requestId: r.id });
    expect(pack.mentionsIncluded).toBe(1);
    expect(pack.json.content).toContain('Shadowed Siân ap Dŵr at the reference desk.');
    expect(pack.json.content).not.toContain('Łukasz');
  });

  it('the pack gives the supplementary information: purposes, retention, sources, recipients, rights', async () => {
    const pack = await t.call('privacy:subjectAccess', { memberId: subject.id, requestId: null });
    const data = JSON.parse(pack.json.content) as { supplementary: { heading: string; text: string }[] };
    expect(data.supplementary.map((s) => s.heading)).toEqual([
      'Why we hold this information (purposes)',
      'How long we keep it (retention)',
      'Where it came from (sources)',
      'Who receives it (recipients)',
      'Your rights',
    ]);
    expect(data.supplementary[1]?.text).toContain('6 year(s) after you leave');
    expect(data.supplementary[4]?.text).toContain('Information Commissioner');
  });
});
