import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { activityCpd, activityPeople } from './helpers';

/** Correcting activity records: attendance, per-session CPD, delete and undo, re-logging. (Today is 23/11/2026.) */
describe('correcting development activity records', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  const cpdOf = (memberId: number) => activityCpd(t, memberId);

  beforeEach(async () => {
    t = await createTestApp({ sample: true });
    Object.assign(ids, await activityPeople(t));
  });
  afterEach(() => t.close());

  const newSet = () =>
    t.call('activities:createSet', {
      name: 'Reader development set', facilitator: '', rhythm: '', sessionType: 'open', startedOn: null,
      memberIds: [ids.candidate, ids.systems, ids.outreach, ids.clinical] as number[],
    });

  it('gives a meeting’s CPD only to those who attended: apologies earn no hours', async () => {
    const set = await newSet();
    const held = await t.call('activities:recordSetMeeting', {
      setId: set.id, heldOn: '2026-11-10', hours: 2, notes: '', plans: [], progress: [],
      attendance: [
        { memberId: ids.candidate as number, status: 'attended' },
        { memberId: ids.systems as number, status: 'attended' },
        { memberId: ids.outreach as number, status: 'apologies' },
      ],
    });
    const meeting = held.meetings[0];
    expect(meeting?.attendance.map((a) => a.status).sort()).toEqual(['absent', 'apologies', 'attended', 'attended']);
    const logged = await t.call('activities:logCpd', { kind: 'alsMeeting', id: meeting?.id as number, sections: [] } as never);
    expect(logged.created).toBe(2);
    expect(await cpdOf(ids.outreach as number)).toEqual([]);
    expect(await cpdOf(ids.clinical as number)).toEqual([]);
    expect(await cpdOf(ids.candidate as number)).toEqual([expect.objectContaining({ hours: 2, title: 'Reader development set' })]);
  });

  it('corrects a meeting’s date and attendance, and a late arrival can then be logged too', async () => {
    const set = await newSet();
    const held = await t.call('activities:recordSetMeeting', {
      setId: set.id, heldOn: '2026-11-10', hours: 2, notes: '', plans: [], progress: [],
      attendance: [{ memberId: ids.candidate as number, status: 'attended' }],
    });
    const meetingId = held.meetings[0]?.id as number;
    await t.call('activities:logCpd', { kind: 'alsMeeting', id: meetingId, sections: [] } as never);
    const fixed = await t.call('activities:updateSetMeeting', {
      id: meetingId,
      changes: { heldOn: '2026-11-12', hours: 2, notes: 'Moved', attendance: [{ memberId: ids.candidate as number, status: 'attended' }, { memberId: ids.systems as number, status: 'attended' }] },
    });
    expect(fixed.meetings[0]).toMatchObject({ heldOn: '2026-11-12', notes: 'Moved' });
    expect(await t.call('activities:logCpd', { kind: 'alsMeeting', id: meetingId, sections: [] } as never)).toMatchObject({ created: 1 });
    const before = t.checksum();
    expect(await t.fail('activities:updateSetMeeting', { id: meetingId, changes: { heldOn: '2026-11-12', hours: 2, notes: '', attendance: [{ memberId: ids.trainee, status: 'attended' }] } }))
      .toMatchObject({ code: 'VALIDATION', field: 'attendance.0.memberId' });
    expect(await t.fail('activities:updateSetMeeting', { id: meetingId, changes: { heldOn: '2026-11-12', hours: 2, notes: '', attendance: [{ memberId: ids.systems, status: 'apologies' }] } }))
      .toMatchObject({ code: 'VALIDATION', field: 'changes.attendance' });
    expect(t.checksum()).toBe(before);
    const after = await t.call('activities:deleteSetMeeting', { id: meetingId });
    expect(after.meetings).toEqual([]);
    expect(await t.call('activities:deleteSet', { id: set.id })).toEqual({ id: set.id, name: 'Reader development set' });
    expect((await t.fail('activities:getSet', { id: set.id })).code).toBe('NOT_FOUND');
  });

  it('logs an ongoing buddy pair per session, not once', async () => {
    const [pair] = await t.call('activities:listBuddies', {});
    const log = (date: string) => ({ kind: 'buddying', id: pair?.id, sections: [], hours: 1.5, date });
    expect((await t.call('activities:logCpd', log('2026-11-02') as never)).created).toBe(2);
    expect((await t.call('activities:logCpd', log('2026-11-16') as never)).created).toBe(2);
    expect(await t.fail('activities:logCpd', log('2026-11-16'))).toMatchObject({ code: 'CONFLICT', field: 'date' });
    expect((await cpdOf(ids.trainee as number)).map((e) => e.date)).toEqual(['2026-11-16', '2026-11-02']);
    const [after] = await t.call('activities:listBuddies', {});
    expect(after).toMatchObject({ sessionsLogged: 2, lastLoggedOn: '2026-11-16' });
    expect((await cpdOf(ids.trainee as number))[0]?.title).not.toMatch(/^Buddying/);
  });

  it('lets an activity be logged again once its CPD entry is deleted from the log', async () => {
    const [visit] = await t.call('activities:listVisits', {});
    await t.call('activities:logCpd', { kind: 'shadowing', id: visit?.id as number, sections: [] } as never);
    const [entry] = await cpdOf(visit?.memberId as number);
    expect(entry?.title).toBe('Riverside University Library, research support team');
    await t.call('registration:removeCpd', { id: entry?.id as number });
    expect((await t.call('activities:listVisits', {}))[0]?.cpdLogged).toBe(0);
    expect(await t.call('activities:logCpd', { kind: 'shadowing', id: visit?.id as number, sections: [] } as never)).toMatchObject({ created: 1 });
    expect((await t.call('activities:listVisits', {}))[0]?.cpdLogged).toBe(1);
  });

  it('an Undo of that deletion keeps the entry’s source, so the activity shows it as logged again', async () => {
    const [visit] = await t.call('activities:listVisits', {});
    await t.call('activities:logCpd', { kind: 'shadowing', id: visit?.id as number, sections: [] } as never);
    const [entry] = await cpdOf(visit?.memberId as number);
    const gone = await t.call('registration:removeCpd', { id: entry?.id as number });
    const { id: _id, createdAt: _c, ...asItWas } = gone;
    const back = await t.call('registration:restoreCpd', asItWas);
    expect(back.source).toEqual(entry?.source);
    expect((await t.call('activities:listVisits', {}))[0]?.cpdLogged).toBe(1);
    expect(await t.fail('activities:logCpd', { kind: 'shadowing', id: visit?.id, sections: [] })).toMatchObject({ code: 'CONFLICT' });
  });

  it('deletes coaching, visits and buddy pairs, and undo puts each back with the same id', async () => {
    const coaching = await t.call('activities:createCoaching', {
      coacheeId: ids.candidate as number, coachMemberId: ids.systems as number, coachName: '', heldOn: '2026-11-02', hours: 1,
      goal: 'Lead the stock review', reality: '', options: '', wayForward: '', actions: [{ text: 'Book a room', dueOn: null }],
    });
    await t.call('activities:logCpd', { kind: 'coaching', id: coaching.id, sections: [] } as never);
    const gone = await t.call('activities:deleteCoaching', { id: coaching.id });
    expect(await t.call('activities:listCoaching', {})).toEqual([]);
    const { id, coacheeName: _n, coachLabel: _l, cpdLogged: _c, cpdLoggedFor: _f, ...input } = gone;
    const back = await t.call('activities:restoreCoaching', { id, ...input });
    expect(back).toEqual({ ...coaching, cpdLogged: 2, cpdLoggedFor: [ids.candidate, ids.systems].sort((a, b) => Number(a) - Number(b)) });

    const [visit] = await t.call('activities:listVisits', {});
    const v = await t.call('activities:deleteVisit', { id: visit?.id as number });
    expect(await t.call('activities:listVisits', {})).toEqual([]);
    const { memberName: _m, cpdLogged: _vc, ...visitInput } = v;
    expect((await t.call('activities:restoreVisit', visitInput)).id).toBe(visit?.id);

    const [pair] = await t.call('activities:listBuddies', {});
    const p = await t.call('activities:deleteBuddy', { id: pair?.id as number });
    const { buddyName: _b, newStarterName: _s, cpdLogged: _pc, sessionsLogged: _sl, lastLoggedOn: _ll, ...pairInput } = p;
    expect(await t.call('activities:restoreBuddy', pairInput)).toEqual(pair);
    expect((await t.fail('activities:deleteBuddy', { id: 9999 })).code).toBe('NOT_FOUND');
  });

  it('Undo puts a record back once, for the person it was deleted from: a second Undo, another person or a record never deleted is refused with nothing written', async () => {
    const [visit] = await t.call('activities:listVisits', {});
    const v = await t.call('activities:deleteVisit', { id: visit?.id as number });
    const { memberName: _m, cpdLogged: _vc, ...visitInput } = v;
    const before = t.checksum();
    expect(await t.fail('activities:restoreVisit', { ...visitInput, memberId: ids.systems as number })).toMatchObject({ code: 'CONFLICT', field: 'memberId' });
    expect(t.checksum()).toBe(before);
    await t.call('activities:restoreVisit', visitInput);
    const once = t.checksum();
    expect(await t.fail('activities:restoreVisit', visitInput)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await t.call('activities:listVisits', {})).toHaveLength(1);

    const [pair] = await t.call('activities:listBuddies', {});
    const { buddyName: _b, newStarterName: _s, cpdLogged: _pc, sessionsLogged: _sl, lastLoggedOn: _ll, ...pairInput } = pair!;
    expect(await t.fail('activities:restoreBuddy', { ...pairInput, id: 9999 })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await t.fail('activities:restoreBuddy', pairInput)).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(t.checksum()).toBe(once);
    expect(await t.call('activities:listBuddies', {})).toHaveLength(1);
  });
});
