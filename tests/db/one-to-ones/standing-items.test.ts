import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMemberInput } from '../../../shared/domains/team';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/** Standing agenda items (issue #18): on every one-to-one of the member until removed. */
describe('standing agenda items', () => {
  let t: TestApp;
  let memberId: number;
  const schedule = (scheduledAt: string) =>
    t.call('oneToOnes:schedule', { memberId, scheduledAt, durationMinutes: 30, location: '', recurrence: 'monthly' } as never);
  const titles = async (meetingId: number) => (await t.call('oneToOnes:get', { id: meetingId })).agenda.map((i) => `${i.title}${i.standing ? ' [standing]' : ''}`);

  beforeEach(async () => {
    t = await createTestApp();
    memberId = (await t.call('team:create', { ...emptyMemberInput, name: 'Siân ap Dŵr', jobTitle: 'Library assistant', team: 'Bangor' })).id;
  });
  afterEach(() => t.close());

  it('an item added for the member is on the meeting already booked and on each one scheduled later', async () => {
    const first = await schedule('2026-11-26T10:00:00.000Z');
    await t.call('oneToOnes:addStanding', { memberId, title: 'Wellbeing check-in', detail: 'How is the workload?' });
    expect(await titles(first.id)).toEqual(['Wellbeing check-in [standing]']);
    const next = await t.call('oneToOnes:scheduleNext', { id: first.id });
    expect(next.agenda.map((i) => [i.title, i.detail, i.standing])).toEqual([['Wellbeing check-in', 'How is the workload?', true]]);
    const listed = await t.call('oneToOnes:forMember', { memberId });
    expect(listed.standing?.map((i) => i.title)).toEqual(['Wellbeing check-in']);
  });

  it('covering it at one meeting leaves it on the next, and it is not also offered as a topic "not covered last time"', async () => {
    await t.call('oneToOnes:addStanding', { memberId, title: 'Chartership progress', detail: '' });
    const first = await schedule('2026-11-16T10:00:00.000Z');
    const second = await schedule('2026-12-14T10:00:00.000Z');
    const copy = first.agenda[0]!;
    await t.call('oneToOnes:setAgendaCovered', { id: copy.id, covered: true });
    await t.call('oneToOnes:setStatus', { id: first.id, status: 'held' });
    const later = await t.call('oneToOnes:get', { id: second.id });
    expect(later.agenda.map((i) => [i.title, i.covered])).toEqual([['Chartership progress', false]]);
    expect(later.suggestions.filter((h) => h.title === 'Chartership progress')).toEqual([]);
    // Left unticked, it is still on the next agenda once: not offered again as "Not covered last time".
    await t.call('oneToOnes:setAgendaCovered', { id: copy.id, covered: false });
    const again = await t.call('oneToOnes:get', { id: second.id });
    expect(again.agenda.map((i) => i.title)).toEqual(['Chartership progress']);
    expect(again.suggestions.filter((h) => h.title === 'Chartership progress')).toEqual([]);
  });

  it('an edit renames it on meetings to come; removing it takes it off them but not off a meeting already held', async () => {
    const held = await schedule('2026-11-16T10:00:00.000Z');
    const coming = await schedule('2026-12-14T10:00:00.000Z');
    const item = await t.call('oneToOnes:addStanding', { memberId, title: 'Rota', detail: '' });
    // Added today (23/11): the meeting on 16/11 is past, so it never had the item.
    expect(await titles(held.id)).toEqual([]);
    await t.call('oneToOnes:updateStanding', { id: item.id, title: 'Rota and cover', detail: 'Saturdays' });
    expect(await titles(coming.id)).toEqual(['Rota and cover [standing]']);
    await t.call('oneToOnes:setStatus', { id: held.id, status: 'held' });
    await t.call('oneToOnes:removeStanding', { id: item.id });
    expect(await titles(coming.id)).toEqual([]);
    expect((await t.call('oneToOnes:forMember', { memberId })).standing).toEqual([]);
    const third = await t.call('oneToOnes:scheduleNext', { id: coming.id });
    expect(third.agenda).toEqual([]);
  });

  it('Undo of a removal puts the item back in the place it had on each agenda to come, once, without doubling a covered copy', async () => {
    const first = await schedule('2026-11-26T10:00:00.000Z');
    const coming = await schedule('2026-12-14T10:00:00.000Z');
    const wellbeing = await t.call('oneToOnes:addStanding', { memberId, title: 'Wellbeing', detail: 'Workload' });
    for (const m of [first, coming]) await t.call('oneToOnes:addAgendaItem', { meetingId: m.id, title: 'Budget', detail: '' });
    await t.call('oneToOnes:addStanding', { memberId, title: 'Rota', detail: '' });
    const copy = (await t.call('oneToOnes:get', { id: first.id })).agenda.find((i) => i.title === 'Wellbeing')!;
    await t.call('oneToOnes:setAgendaCovered', { id: copy.id, covered: true });
    const removed = await t.call('oneToOnes:removeStanding', { id: wellbeing.id });
    expect(await titles(coming.id)).toEqual(['Budget', 'Rota [standing]']);

    const back = await t.call('oneToOnes:restoreStanding', removed);
    expect(back).toEqual(wellbeing);
    expect(await titles(coming.id)).toEqual(['Wellbeing [standing]', 'Budget', 'Rota [standing]']);
    // The copy ticked as covered was never taken off: it is there once, still ticked.
    const agenda = (await t.call('oneToOnes:get', { id: first.id })).agenda;
    expect(agenda.map((i) => [i.title, i.covered])).toEqual([['Wellbeing', true], ['Budget', false], ['Rota', false]]);

    const before = t.checksum();
    expect(await t.fail('oneToOnes:restoreStanding', removed)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await t.fail('oneToOnes:restoreStanding', { ...removed, id: 9999 })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(t.checksum()).toBe(before);
  });

  it('an item added after one was removed gets its own place, even where the removed one was covered', async () => {
    const first = await schedule('2026-11-26T10:00:00.000Z');
    const old = await t.call('oneToOnes:addStanding', { memberId, title: 'Probation targets', detail: '' });
    const copy = (await t.call('oneToOnes:get', { id: first.id })).agenda[0]!;
    await t.call('oneToOnes:setAgendaCovered', { id: copy.id, covered: true });
    await t.call('oneToOnes:removeStanding', { id: old.id });
    const added = await t.call('oneToOnes:addStanding', { memberId, title: 'Chartership portfolio', detail: '' });
    expect(added.id).not.toBe(old.id);
    expect(await titles(first.id)).toEqual(['Probation targets [standing]', 'Chartership portfolio [standing]']);
    // Renaming the new item leaves the record of the old one as it was.
    await t.call('oneToOnes:updateStanding', { id: added.id, title: 'Portfolio', detail: '' });
    expect(await titles(first.id)).toEqual(['Probation targets [standing]', 'Portfolio [standing]']);
  });

  it('bad input is refused with the field named and nothing written', async () => {
    const before = t.checksum();
    expect(await t.fail('oneToOnes:addStanding', { memberId, title: '   ', detail: '' })).toMatchObject({ code: 'VALIDATION', field: 'title' });
    expect(await t.fail('oneToOnes:addStanding', { memberId: 9999, title: 'x', detail: '' })).toMatchObject({ code: 'VALIDATION', field: 'memberId' });
    expect(await t.fail('oneToOnes:removeStanding', { id: 9999 })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(t.checksum()).toBe(before);
  });
});
