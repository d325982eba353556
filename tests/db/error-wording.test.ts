import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, sampleMember, type TestApp } from '../helpers/test-app';

const INTERNAL_NAMES = /\b(dueOn|signedOn|startedOn|heldOn|leftOn|jobTitle|fte|memberId|startDate)\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('error messages name fields in words and dates in UK format', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
  });
  afterEach(() => t.close());

  const refused = async (channel: string, input: unknown) => {
    const before = t.checksum();
    const error = await t.fail(channel, input);
    expect(t.checksum()).toBe(before);
    expect(error.message).not.toMatch(INTERNAL_NAMES);
    expect(error.message).not.toMatch(ISO_DATE);
    return error;
  };

  const meeting = async () => {
    const memberId = (await sampleMember(t, 'Systems and Metadata')).id;
    return t.call('oneToOnes:schedule', { memberId, scheduledAt: '2026-11-26T10:00:00.000Z', durationMinutes: 45, location: '', recurrence: 'none' });
  };

  it('an action due in 2099 is a field error with the last allowed date in dd/mm/yyyy', async () => {
    const m = await meeting();
    const error = await refused('oneToOnes:addAction', { meetingId: m.id, text: 'Renew the licence', owner: 'member', dueOn: '2099-03-01' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'dueOn' });
    expect(error.message).toMatch(/^Due date must be within the next 5 years \(on or before \d{2}\/\d{2}\/2031\)$/);
  });

  it('an action due in 1990 is refused with a message that points at the year', async () => {
    const m = await meeting();
    const error = await refused('oneToOnes:addAction', { meetingId: m.id, text: 'Renew the licence', owner: 'member', dueOn: '1990-03-01' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'dueOn' });
    expect(error.message).toMatch(/^Due date must be within the last 2 years \(on or after \d{2}\/\d{2}\/2024\): check the year$/);
  });

  it('CPD dated 1899 says the year is wrong, not that the format is', async () => {
    const memberId = (await sampleMember(t, 'Clinical Librarian')).id;
    const error = await refused('registration:addCpd', {
      memberId, date: '1899-12-31', activityType: 'course', hours: 2, title: 'Copyright course', reflection: '', sections: [],
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'date' });
    expect(error.message).toBe('Date must be in 1900 or later: check the year');
  });

  it('input checks and service rules word the field the way the form does', async () => {
    const valid = {
      name: 'Łukasz Żółć', preferredName: '', jobTitle: 'Assistant Librarian', grade: 'Band 5', team: 'Central Library', fte: 1,
      startDate: '2024-09-02', lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: '', notes: '',
    };
    expect((await refused('team:create', { ...valid, jobTitle: ' ' })).message).toBe('Job title is required');
    expect((await refused('team:create', { ...valid, fte: 1.5 })).message).toMatch(/^FTE \(full-time equivalent\) /);
    expect((await refused('team:create', { ...valid, startDate: '31/02/2025' })).message).toBe('Start date must be a date (dd/mm/yyyy)');
    // A service rule written "leftOn cannot be …" in the service reaches the renderer in words too.
    const member = await sampleMember(t, 'Systems and Metadata');
    const left = await refused('team:archive', { id: member.id, leftOn: '2001-01-01' });
    expect(left).toMatchObject({ code: 'VALIDATION', field: 'leftOn', message: 'Leaving date cannot be before the start date' });
  });

  it('errors are data: services name a message key and its values, and the message is its wording', async () => {
    const taken = await sampleMember(t, 'Systems and Metadata');
    const input = {
      name: 'Siân ap Dŵr', preferredName: '', jobTitle: 'Library Assistant', grade: 'Band 3', team: 'Central Library', fte: 1,
      startDate: '2024-09-02', lineManagerId: null, employmentType: 'permanent', cilipNumber: '', email: taken.email, notes: '',
    };
    if (!taken.email) throw new Error('the sample member needs an email for this test');
    expect(await refused('team:create', input)).toEqual({
      code: 'CONFLICT', key: 'conflict.duplicate', field: 'email', params: { by: taken.name }, message: `Email is already used by ${taken.name}`,
    });
    expect(await refused('team:archive', { id: 999_999, leftOn: '2026-11-01' })).toMatchObject({
      code: 'NOT_FOUND', key: 'notFound', params: { thing: 'team member', id: 999_999 }, message: 'No team member has id 999999.',
    });
    // The dispatcher's own check: a zod issue keeps its limit as a number.
    expect(await refused('team:create', { ...input, email: '', jobTitle: 'x'.repeat(500) })).toMatchObject({ code: 'VALIDATION', key: 'tooLong', field: 'jobTitle' });
  });

  it('a service states a rule about a field as data (key and rule), not as a sentence the main process takes apart', async () => {
    const member = await sampleMember(t, 'Systems and Metadata');
    expect(await refused('team:archive', { id: member.id, leftOn: '2001-01-01' })).toEqual({
      code: 'VALIDATION', key: 'invalid', field: 'leftOn', params: { rule: 'cannot be before the start date' }, message: 'Leaving date cannot be before the start date',
    });
    const m = await meeting();
    expect(await refused('oneToOnes:addAction', { meetingId: m.id, text: 'Renew the licence', owner: 'member', dueOn: '2099-03-01' })).toMatchObject({
      key: 'invalid', field: 'dueOn', params: { rule: expect.stringMatching(/^must be within the next 5 years/) },
    });
    await t.call('team:archive', { id: member.id, leftOn: null });
    // One situation, one whole sentence: it names the person, not the input field.
    expect(await refused('oneToOnes:schedule', { memberId: member.id, scheduledAt: '2026-12-01T10:00:00.000Z', durationMinutes: 45, location: '', recurrence: 'none' })).toEqual({
      code: 'VALIDATION', key: 'stated', field: 'memberId', message: `${member.name} has left the team.`,
    });
  });
});
