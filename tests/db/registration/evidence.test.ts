import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/domains/registration';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

/** Correcting portfolio evidence: edit an item; remove it and undo, keeping the day it was added and its link. */
let t: TestApp;
let journey: Journey;
beforeEach(async () => {
  t = await createTestApp({ sample: true });
  const candidate = await sampleMember(t, 'Assistant Librarian');
  const [summary] = await t.call('registration:memberJourneys', { memberId: candidate.id });
  if (!summary) throw new Error('sample candidate has no journey');
  journey = await t.call('registration:journey', { id: summary.id });
});
afterEach(() => t.close());

const firstItem = () => {
  const item = journey.evidence[0];
  if (!item) throw new Error('sample journey has no evidence');
  return item;
};

describe('registration:updateEvidence', () => {
  it('changes title, date, link and criteria in place, keeping the day it was added', async () => {
    const item = firstItem();
    const after = await t.call('registration:updateEvidence', {
      id: item.id, changes: { title: 'Induction workshop: plan, feedback and changes', datedOn: '2026-01-20', location: 'https://example.org/induction', criteria: ['personal'] },
    });
    expect(after.evidence.find((e) => e.id === item.id)).toEqual({
      id: item.id, journeyId: journey.id, title: 'Induction workshop: plan, feedback and changes', datedOn: '2026-01-20',
      location: 'https://example.org/induction', criteria: ['personal'], addedOn: item.addedOn,
    });
  });

  it('refuses an empty title, an unknown criterion and an unknown item, writing nothing', async () => {
    const item = firstItem();
    const changes = { title: 'x', datedOn: null, location: '', criteria: ['personal'] };
    const before = t.checksum();
    expect(await t.fail('registration:updateEvidence', { id: item.id, changes: { ...changes, title: ' ' } })).toMatchObject({ code: 'VALIDATION', field: 'changes.title' });
    expect(await t.fail('registration:updateEvidence', { id: item.id, changes: { ...changes, criteria: ['reflection'] } })).toMatchObject({ code: 'VALIDATION', field: 'changes.criteria.0' });
    expect(await t.fail('registration:updateEvidence', { id: 999_999, changes })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(t.checksum()).toBe(before);
  });

  it('refuses evidence dated after today (something not yet done), naming the date field, writing nothing', async () => {
    const item = firstItem();
    const before = t.checksum();
    const changes = { title: 'Reading group for Łukasz Żółć', datedOn: '2026-11-24', location: '', criteria: ['personal' as const] };
    expect(await t.fail('registration:updateEvidence', { id: item.id, changes })).toMatchObject({
      code: 'VALIDATION', field: 'changes.datedOn', message: 'Evidence date cannot be in the future',
    });
    expect(await t.fail('registration:addEvidence', { journeyId: journey.id, ...changes })).toMatchObject({ code: 'VALIDATION', field: 'datedOn' });
    expect(t.checksum()).toBe(before);
    // Today is fine.
    await t.call('registration:addEvidence', { journeyId: journey.id, ...changes, datedOn: '2026-11-23' });
  });
});

describe('registration:restoreEvidence', () => {
  it('undo of a removal brings the item back with its original added date, link and criteria', async () => {
    const item = firstItem();
    t.setNow('2026-12-10T10:00:00.000Z');
    const removed = await t.call('registration:removeEvidence', { id: item.id });
    expect(removed.evidence.some((e) => e.id === item.id)).toBe(false);
    const back = await t.call('registration:restoreEvidence', item);
    expect(back.evidence).toEqual(journey.evidence);
    expect(back.evidence.find((e) => e.id === item.id)?.addedOn).not.toBe('2026-12-10');
  });

  it('refuses a restore to an unknown journey or dated after today, writing nothing', async () => {
    const item = firstItem();
    await t.call('registration:removeEvidence', { id: item.id });
    const before = t.checksum();
    expect(await t.fail('registration:restoreEvidence', { ...item, journeyId: 999_999 })).toMatchObject({ code: 'NOT_FOUND', field: 'journeyId' });
    expect(await t.fail('registration:restoreEvidence', { ...item, addedOn: '2027-01-01' })).toMatchObject({ code: 'VALIDATION', field: 'addedOn' });
    expect(t.checksum()).toBe(before);
  });
});

describe('registration:restoreEvidence puts an item back only where it was removed from', () => {
  it('refuses a restore onto another journey, a second restore of the same item and an item never removed, writing nothing', async () => {
    const item = firstItem();
    const systems = await sampleMember(t, 'Systems and Metadata');
    const other = await t.call('registration:createJourney', {
      memberId: systems.id, level: 'chartership', kind: 'registration', stage: 'enrolled', startedOn: '2026-11-01',
      mentorName: '', mentorContact: '', supportOfficer: '', regionalNetwork: '', plannedSubmissionOn: null, notes: '',
    });
    await t.call('registration:removeEvidence', { id: item.id });
    const before = t.checksum();
    expect(await t.fail('registration:restoreEvidence', { ...item, journeyId: other.id })).toMatchObject({ code: 'CONFLICT', field: 'journeyId' });
    const kept = journey.evidence[1];
    if (!kept) throw new Error('sample journey has one evidence item');
    expect(await t.fail('registration:restoreEvidence', { ...kept, id: 999_999 })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(t.checksum()).toBe(before);
    expect((await t.call('registration:journey', { id: other.id })).evidence).toEqual([]);

    await t.call('registration:restoreEvidence', item);
    const once = t.checksum();
    expect(await t.fail('registration:restoreEvidence', item)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(t.checksum()).toBe(once);
  });
});
