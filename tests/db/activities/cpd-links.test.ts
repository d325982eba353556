import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { activityCpd, activityPeople } from './helpers';

/**
 * A CPD entry links to the activity it came from by a foreign key (migration 0017), not by an id written
 * into a string: when the activity goes, the person keeps the entry and its hours, and the entry no longer
 * claims a record that a new one may take the id of. (Today is 23/11/2026.)
 */
describe('CPD entries and the activities they came from', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  beforeEach(async () => {
    t = await createTestApp({ sample: true });
    Object.assign(ids, await activityPeople(t));
  });
  afterEach(() => t.close());

  const visit = (memberId: number, hostLibrary: string) =>
    t.call('activities:createVisit', {
      memberId, hostLibrary, hostPerson: '', mode: 'in_person', visitOn: '2026-11-10', hours: 3, objectives: '', reflection: '',
    });

  it('a deleted visit leaves its CPD entry in the log, and a new visit that takes its id is not shown as logged', async () => {
    const first = await visit(ids.clinical as number, 'Riverside Health Library');
    await t.call('activities:logCpd', { kind: 'shadowing', id: first.id, sections: [] } as never);
    const [entry] = await activityCpd(t, ids.clinical as number);
    expect(entry?.source).toEqual({ kind: 'shadowing', id: first.id });

    await t.call('activities:deleteVisit', { id: first.id });
    const kept = (await t.call('registration:cpdList', { memberId: ids.clinical as number })).find((e) => e.id === entry?.id);
    expect(kept).toMatchObject({ hours: 3, title: 'Riverside Health Library', source: null });

    // SQLite gives the next row the highest id + 1: the new visit takes the deleted one's id.
    const second = await visit(ids.clinical as number, 'County Record Office');
    expect(second.id).toBe(first.id);
    expect(second.cpdLogged).toBe(0);
    expect(await t.call('activities:logCpd', { kind: 'shadowing', id: second.id, sections: [] } as never)).toMatchObject({ created: 1 });
    expect((await activityCpd(t, ids.clinical as number)).map((e) => e.title)).toEqual(['County Record Office']);
  });

  it('Undo of a CPD deletion after its activity was deleted puts the entry back, unlinked', async () => {
    const v = await visit(ids.clinical as number, 'Riverside Health Library');
    await t.call('activities:logCpd', { kind: 'shadowing', id: v.id, sections: [] } as never);
    const [entry] = await activityCpd(t, ids.clinical as number);
    const gone = await t.call('registration:removeCpd', { id: entry?.id as number });
    await t.call('activities:deleteVisit', { id: v.id });
    const { id: _id, createdAt: _c, ...asItWas } = gone;
    const back = await t.call('registration:restoreCpd', asItWas);
    expect(back).toMatchObject({ hours: 3, title: 'Riverside Health Library', source: null });
  });

  it('Undo of a visit’s deletion links the CPD it had given to it again', async () => {
    const v = await visit(ids.clinical as number, 'Riverside Health Library');
    await t.call('activities:logCpd', { kind: 'shadowing', id: v.id, sections: [] } as never);
    const [entry] = await activityCpd(t, ids.clinical as number);
    const gone = await t.call('activities:deleteVisit', { id: v.id });
    expect(gone.cpdEntryIds).toEqual([entry?.id]);
    const { memberName: _m, cpdLogged: _l, ...input } = gone;
    expect(await t.call('activities:restoreVisit', input)).toMatchObject({ id: v.id, cpdLogged: 1 });
    expect((await activityCpd(t, ids.clinical as number))[0]?.source).toEqual({ kind: 'shadowing', id: v.id });
  });

  it('erasing one of a buddy pair keeps the other person’s CPD from it, and a later pair with the same id starts unlogged', async () => {
    const pair = await t.call('activities:createBuddy', {
      buddyId: ids.systems as number, newStarterId: ids.outreach as number, startedOn: '2026-10-01', endedOn: null, focus: 'Cataloguing', buddyNotes: '', starterNotes: '',
    });
    await t.call('activities:logCpd', { kind: 'buddying', id: pair.id, sections: [], hours: 1.5, date: '2026-11-02' } as never);
    const systems = (await t.call('team:list', {})).find((m) => m.id === ids.systems) as { id: number; name: string };
    await t.call('privacy:erase', { memberId: systems.id, confirmName: systems.name, mentions: [] });

    const [kept] = await t.call('registration:cpdList', { memberId: ids.outreach as number }).then((l) => l.filter((e) => e.activityType === 'buddying' && e.date === '2026-11-02'));
    expect(kept).toMatchObject({ hours: 1.5, source: null });
    expect(t.db.pragma('foreign_key_check')).toEqual([]);

    const next = await t.call('activities:createBuddy', {
      buddyId: ids.clinical as number, newStarterId: ids.outreach as number, startedOn: '2026-10-01', endedOn: null, focus: '', buddyNotes: '', starterNotes: '',
    });
    expect(next.id).toBe(pair.id);
    expect(next).toMatchObject({ cpdLogged: 0, sessionsLogged: 0, lastLoggedOn: null });
    expect(await t.call('activities:logCpd', { kind: 'buddying', id: next.id, sections: [], hours: 1.5, date: '2026-11-02' } as never)).toMatchObject({ created: 2 });
  });

  it('the outreach librarian’s subject access pack holds their CPD entry from the pair, with its link', async () => {
    const pair = await t.call('activities:createBuddy', {
      buddyId: ids.systems as number, newStarterId: ids.outreach as number, startedOn: '2026-10-01', endedOn: null, focus: '', buddyNotes: '', starterNotes: '',
    });
    await t.call('activities:logCpd', { kind: 'buddying', id: pair.id, sections: [], hours: 1.5, date: '2026-11-02' } as never);
    const pack = await t.call('privacy:subjectAccess', { memberId: ids.outreach as number });
    const data = JSON.parse(pack.json.content) as { tables: Record<string, Record<string, unknown>[]> };
    expect(data.tables.cpd_entries).toEqual(expect.arrayContaining([expect.objectContaining({ buddy_pair_id: pair.id, buddy_session_on: '2026-11-02', hours: 1.5 })]));
    expect(data.tables.buddy_pairs).toEqual(expect.arrayContaining([expect.objectContaining({ id: pair.id })]));
  });
});
