import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { activityCpd, activityPeople } from './helpers';

describe('development activities', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  const cpdOf = (memberId: number) => activityCpd(t, memberId);

  beforeEach(async () => {
    t = await createTestApp({ sample: true });
    Object.assign(ids, await activityPeople(t));
  });
  afterEach(() => t.close());

  it('seeds a five-member set, a buddy pair and a shadowing visit', async () => {
    const [set] = await t.call('activities:listSets', {});
    expect(set?.members).toHaveLength(5);
    expect(set?.sizeWarning).toBeNull();
    const [pair] = await t.call('activities:listBuddies', {});
    expect([pair?.buddyId, pair?.newStarterId]).toEqual([ids.clinical, ids.trainee]);
    expect(await t.call('activities:listVisits', {})).toHaveLength(1);
    const mine = await t.call('activities:forMember', { memberId: ids.clinical as number });
    expect([mine.sets.length, mine.buddies.length, mine.coaching.length, mine.visits.length]).toEqual([1, 1, 0, 0]);
    const trainee = await t.call('activities:forMember', { memberId: ids.trainee as number });
    expect([trainee.sets.length, trainee.buddies.length]).toEqual([0, 1]);
  });

  it('warns about a small set but keeps it, and carries each presenter’s plan to the next meeting', async () => {
    const set = await t.call('activities:createSet', {
      name: 'New managers set', facilitator: '', rhythm: 'Quarterly', sessionType: 'planned', startedOn: null,
      memberIds: [ids.candidate, ids.systems, ids.outreach] as number[],
    });
    expect(set.sizeWarning).toMatch(/work best with 4 to 10/);
    const first = await t.call('activities:recordSetMeeting', {
      setId: set.id, heldOn: '2026-09-01', hours: 2, notes: '',
      plans: [{ presenterId: ids.systems as number, plan: 'Map the cataloguing backlog' }], progress: [],
      attendance: [{ memberId: ids.systems as number, status: 'attended' }],
    });
    expect(first.carriedPlans.map((p) => p.plan)).toEqual(['Map the cataloguing backlog']);
    const second = await t.call('activities:recordSetMeeting', {
      setId: set.id, heldOn: '2026-11-20', hours: 2, notes: '', plans: [],
      progress: [{ planId: first.carriedPlans[0]?.id as number, progress: 'Backlog mapped: 1,200 items' }],
      attendance: [{ memberId: ids.systems as number, status: 'attended' }],
    });
    expect(second.meetings[1]?.plans[0]?.progress).toBe('Backlog mapped: 1,200 items');
    expect(second.carriedPlans).toEqual([]);
  });

  it('refuses a future meeting, a presenter from outside the set and an ended pairing in the future, writing nothing', async () => {
    const [set] = await t.call('activities:listSets', {});
    const meeting = { setId: set?.id, heldOn: '2026-11-30', hours: 2, notes: '', plans: [], progress: [], attendance: [{ memberId: ids.outreach, status: 'attended' }] };
    const before = t.checksum();
    expect(await t.fail('activities:recordSetMeeting', meeting)).toMatchObject({ code: 'VALIDATION', field: 'heldOn' });
    expect(await t.fail('activities:recordSetMeeting', { ...meeting, heldOn: '2026-11-20', hours: 100 })).toMatchObject({ field: 'hours' });
    expect(await t.fail('activities:recordSetMeeting', { ...meeting, heldOn: '2026-11-20', plans: [{ presenterId: ids.trainee, plan: 'Read more' }] }))
      .toMatchObject({ code: 'VALIDATION', field: 'plans.0.presenterId' });
    const pair = { buddyId: ids.clinical, newStarterId: ids.trainee, startedOn: '2026-10-01', endedOn: '2026-12-31', focus: '', buddyNotes: '', starterNotes: '' };
    expect(await t.fail('activities:createBuddy', pair)).toMatchObject({ code: 'VALIDATION', field: 'endedOn' });
    expect(await t.fail('activities:createBuddy', { ...pair, endedOn: null, newStarterId: ids.clinical })).toMatchObject({ field: 'newStarterId' });
    expect(t.checksum()).toBe(before);
  });

  it('logs an action learning meeting as CPD for everyone who attended in one step, and not twice', async () => {
    const [seeded] = await t.call('activities:listSets', {});
    const set = await t.call('activities:getSet', { id: seeded?.id as number });
    const meetingId = set.meetings[0]?.id as number;
    const result = await t.call('activities:logCpd', { kind: 'alsMeeting', id: meetingId, sections: ['SD'] } as never);
    // The sample meeting has one member who sent apologies.
    expect(result.created).toBe(4);
    const entries = await cpdOf(ids.outreach as number);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ activityType: 'action_learning_set', hours: 2.5, date: '2026-10-19' });
    expect(entries[0]?.reflection).toContain('feedback card');
    expect((await t.call('activities:getSet', { id: set.id })).meetings[0]?.cpdLogged).toBe(4);

    const before = t.checksum();
    expect(await t.fail('activities:logCpd', { kind: 'alsMeeting', id: meetingId, sections: [] })).toMatchObject({ code: 'CONFLICT' });
    expect(t.checksum()).toBe(before);
  });

  it('logs buddying for both people with the hours given, refusing absurd hours without writing', async () => {
    const [pair] = await t.call('activities:listBuddies', {});
    const before = t.checksum();
    for (const hours of [0, -1, 500]) {
      expect(await t.fail('activities:logCpd', { kind: 'buddying', id: pair?.id, sections: [], hours, date: '2026-11-20' }))
        .toMatchObject({ code: 'VALIDATION', field: 'hours' });
    }
    expect(await t.fail('activities:logCpd', { kind: 'buddying', id: pair?.id, sections: [], hours: 3, date: '2026-12-20' }))
      .toMatchObject({ code: 'VALIDATION', field: 'date' });
    expect(t.checksum()).toBe(before);
    const result = await t.call('activities:logCpd', { kind: 'buddying', id: pair?.id as number, sections: [], hours: 3, date: '2026-11-20' } as never);
    expect(result).toEqual({ created: 2, names: [pair?.buddyName, pair?.newStarterName] });
    expect(await cpdOf(ids.trainee as number)).toEqual([expect.objectContaining({ activityType: 'buddying', hours: 3 })]);
  });

  it('records GROW coaching and a shadowing visit, refusing future dates for finished work', async () => {
    const before = t.checksum();
    const coaching = {
      coacheeId: ids.candidate, coachMemberId: ids.systems, coachName: '', heldOn: '2026-11-30', hours: 1,
      goal: 'Lead the stock review', reality: '', options: '', wayForward: '', actions: [],
    };
    expect(await t.fail('activities:createCoaching', coaching)).toMatchObject({ code: 'VALIDATION', field: 'heldOn' });
    expect(await t.fail('activities:createCoaching', { ...coaching, heldOn: '2026-11-02', hours: 0 })).toMatchObject({ field: 'hours' });
    expect(await t.fail('activities:createCoaching', { ...coaching, heldOn: '2026-11-02', goal: ' ' })).toMatchObject({ field: 'goal' });
    const visit = {
      memberId: ids.outreach, hostLibrary: 'County archives', hostPerson: '', mode: 'virtual', visitOn: '2026-12-05', hours: 2,
      objectives: 'See their outreach boxes', reflection: 'Loved it',
    };
    expect(await t.fail('activities:createVisit', visit)).toMatchObject({ code: 'VALIDATION', field: 'reflection' });
    expect(t.checksum()).toBe(before);

    const planned = await t.call('activities:createVisit', { ...visit, reflection: '' } as never);
    expect(await t.fail('activities:logCpd', { kind: 'shadowing', id: planned.id, sections: [] })).toMatchObject({ field: 'date' });

    const record = await t.call('activities:createCoaching', {
      ...coaching, heldOn: '2026-11-02', wayForward: 'Draft the review plan', actions: [{ text: 'Book a room', dueOn: '2026-12-01' }],
    } as never);
    expect(record.coachLabel).toMatch(/\w/);
    expect(record.actions).toEqual([{ text: 'Book a room', dueOn: '2026-12-01' }]);
    expect(await t.call('activities:logCpd', { kind: 'coaching', id: record.id, sections: ['LM'] } as never)).toMatchObject({ created: 2 });
    const [entry] = await cpdOf(ids.candidate as number);
    expect(entry?.reflection).toContain('Goal: Lead the stock review');
  });
});
