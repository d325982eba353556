import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

/** One-to-one history: every past meeting with its date, shared notes, actions and outcome. (Now is 23/11/2026 10:00.) */
describe('one-to-one history', () => {
  let t: TestApp;
  let trainee: number;
  let other: number;
  let traineeName: string;
  let otherName: string;
  const meet = async (memberId: number, scheduledAt: string, sharedNotes: string, status: 'held' | 'cancelled' | null, action?: string) => {
    const m = await t.call('oneToOnes:schedule', { memberId, scheduledAt, durationMinutes: 30, location: '', recurrence: 'none' });
    await t.call('oneToOnes:saveNotes', { id: m.id, privateNotes: 'Private: worried about the move', sharedNotes });
    if (action) await t.call('oneToOnes:addAction', { meetingId: m.id, text: action, owner: 'member', dueOn: null } as never);
    if (status) await t.call('oneToOnes:setStatus', { id: m.id, status });
    return m.id;
  };

  beforeEach(async () => {
    t = await createTestApp({ sample: true });
    trainee = (await sampleMember(t, 'Graduate Trainee')).id;
    other = (await sampleMember(t, 'Clinical Librarian')).id;
    traineeName = (await sampleMember(t, 'Graduate Trainee')).name;
    otherName = (await sampleMember(t, 'Clinical Librarian')).name;
  });
  afterEach(() => t.close());

  it('lists every past meeting newest first with notes, actions and outcome, and not the ones still to come', async () => {
    const first = await meet(trainee, '2026-09-01T09:00:00.000Z', 'Talked about the enquiry desk rota', 'held', 'Shadow the late shift');
    const second = await meet(trainee, '2026-10-01T09:00:00.000Z', '', 'cancelled');
    const third = await meet(trainee, '2026-11-02T09:00:00.000Z', 'Chartership mentor found', null);
    await meet(trainee, '2026-12-01T09:00:00.000Z', 'Agenda for next time', null);
    await meet(other, '2026-10-15T09:00:00.000Z', 'Not this person', 'held');

    const h = await t.call('oneToOnes:history', { memberId: trainee });
    expect(h.total).toBe(3);
    expect(h.items.map((i) => [i.id, i.status])).toEqual([[third, 'scheduled'], [second, 'cancelled'], [first, 'held']]);
    expect(h.items[2]).toMatchObject({ sharedNotes: 'Talked about the enquiry desk rota', actions: [expect.objectContaining({ text: 'Shadow the late shift', owner: 'member' })] });
    expect(JSON.stringify(h)).not.toContain('Private: worried');

    // The section's list covers everyone (the sample team has its own meetings too), still newest first.
    const everyone = (await t.call('oneToOnes:history', {})).items;
    const ours = everyone.filter((i) => i.memberId === trainee || i.memberId === other);
    expect(ours.map((i) => i.memberName)).toEqual([traineeName, otherName, traineeName, traineeName]);
    expect(everyone.map((i) => i.scheduledAt)).toEqual([...everyone.map((i) => i.scheduledAt)].sort().reverse());
  });

  it('finds meetings by words in the shared notes, the actions or the name, never the private notes', async () => {
    await meet(trainee, '2026-09-01T09:00:00.000Z', 'Talked about the enquiry desk rota', 'held', 'Shadow the late shift');
    await meet(other, '2026-10-15T09:00:00.000Z', 'Reading list 50% done', 'held');
    const find = async (search: string) => (await t.call('oneToOnes:history', { search })).items.map((i) => i.memberName);
    expect(await find('ENQUIRY DESK ROTA')).toEqual([traineeName]);
    expect(await find('late shift')).toEqual([traineeName]);
    expect(await find('50%')).toEqual([otherName]);
    expect(await find('worried about the move')).toEqual([]);
    const byName = await t.call('oneToOnes:history', { search: otherName });
    expect(byName.items.every((i) => i.memberName === otherName)).toBe(true);
    expect(byName.total).toBeGreaterThan(0);
  });

  it('search folds case and accents in every script, not only A–Z: "żółć" and "ZOLC" find Łukasz Żółć, "sian" finds Siân', async () => {
    await meet(trainee, '2026-09-01T09:00:00.000Z', 'Łukasz Żółć will cover Siân ap Dŵr’s ÉCOLE visit', 'held');
    const find = async (search: string) => (await t.call('oneToOnes:history', { search })).items.map((i) => i.memberName);
    for (const search of ['żółć', 'ŻÓŁĆ', 'zolc', 'łukasz', 'LUKASZ', 'sian ap dwr', 'école']) expect(await find(search), search).toEqual([traineeName]);
    expect(await find('żółw')).toEqual([]);
  });
});
