import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { addPerson, monthly, setUp } from './helpers';

describe('fair voting: own nominations, named panels, explained tie-breaks', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: '2026-11-23T10:00:00.000Z' });
  });
  afterEach(() => t.close());

  const toVoting = async (cycleId: number, ids: number[]) => {
    await t.call('recognition:closeCycle', { cycleId });
    await t.call('recognition:shortlist', { cycleId, nominationIds: ids });
  };

  it('a nominee cannot vote on their own nomination, but may vote for someone else; nothing is written', async () => {
    const { a, b, c, cycle, nominate } = await setUp(t);
    const forAda = await nominate(a.id, b.id);
    const forCy = await nominate(c.id, b.id);
    await toVoting(cycle.id, [forAda.id, forCy.id]);
    const before = t.checksum();
    const own = await t.fail('recognition:vote', { cycleId: cycle.id, voterId: a.id, nominationId: forAda.id });
    expect(own).toMatchObject({ code: 'FORBIDDEN', field: 'nominationId', message: 'Own nomination rule: Ada Archer cannot vote on their own nomination.' });
    expect(t.checksum()).toBe(before);
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: a.id, nominationId: forCy.id });
    expect((await t.call('recognition:getCycle', { id: cycle.id })).voterIds).toEqual([a.id]);
  });

  it('"panel" means the named panel alone votes; a panel scheme must name at least two people', async () => {
    const [sian, lukasz] = [await addPerson(t, 'Siân ap Dŵr'), await addPerson(t, 'Łukasz Żółć')];
    const noPanel = await t.fail('recognition:createScheme', { ...monthly, decidedBy: 'panel' });
    expect(noPanel).toMatchObject({ code: 'VALIDATION', field: 'panelMemberIds' });
    expect(noPanel.message).toMatch(/name at least 2 people on the panel/);
    const { a, b, c, scheme, cycle, nominate } = await setUp(t, { decidedBy: 'panel', panelMemberIds: [sian.id, lukasz.id] });
    expect(scheme.panelMemberIds).toEqual([sian.id, lukasz.id].sort((x, y) => x - y));
    const n = await nominate(a.id, b.id);
    await toVoting(cycle.id, [n.id]);
    const outsider = await t.fail('recognition:vote', { cycleId: cycle.id, voterId: c.id, nominationId: n.id });
    expect(outsider).toMatchObject({ code: 'FORBIDDEN', field: 'voterId' });
    expect(outsider.message).toBe('Panel rule: only the named panel (Siân ap Dŵr, Łukasz Żółć) votes in Star of the month; Cy Carter is not on it.');
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: sian.id, nominationId: n.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: lukasz.id, nominationId: n.id });
    expect((await t.call('recognition:getCycle', { id: cycle.id })).votesCast).toBe(2);
  });

  it('a team vote lets anyone on the team vote (except on their own nomination)', async () => {
    const { a, b, c, cycle, nominate } = await setUp(t, { decidedBy: 'team_vote' });
    const n = await nominate(a.id, b.id);
    await toVoting(cycle.id, [n.id]);
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: c.id, nominationId: n.id });
    expect((await t.call('recognition:getCycle', { id: cycle.id })).votesCast).toBe(1);
  });

  it('votes for someone nominated twice are added up: the person with the most votes wins, not the single most-voted nomination', async () => {
    const [lukasz, sian] = [await addPerson(t, 'Łukasz Żółć'), await addPerson(t, 'Siân ap Dŵr')];
    const { a, b, c, d, cycle, nominate } = await setUp(t, { tieBreak: 'earliest_nomination' });
    const forSian = await nominate(sian.id, a.id);
    const forLukasz = await nominate(lukasz.id, b.id, 'Customer service');
    const forLukaszAgain = await nominate(lukasz.id, c.id, 'Teamwork');
    await toVoting(cycle.id, [forSian.id, forLukasz.id, forLukaszAgain.id]);
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: a.id, nominationId: forLukasz.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: forSian.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: c.id, nominationId: forSian.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: d.id, nominationId: forLukaszAgain.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: sian.id, nominationId: forLukaszAgain.id });
    // Łukasz 3 votes (1 + 2), Siân 2: no tie, and Siân's earlier nomination does not decide it.
    expect((await t.call('recognition:getCycle', { id: cycle.id })).tallyExplanation).toBe('Łukasz Żółć had the most votes (3 votes).');
    const decided = await t.call('recognition:decide', { cycleId: cycle.id, nominationId: null, reason: '' });
    expect(decided).toMatchObject({ winnerName: 'Łukasz Żółć', winnerNominationId: forLukaszAgain.id, decisionMethod: 'votes' });
  });

  it('a nominee who has left the team cannot win: votes for them are refused, earlier votes are not counted (and the count says so), the manager cannot choose them', async () => {
    const sian = await addPerson(t, 'Siân ap Dŵr');
    const { a, b, c, d, cycle, nominate } = await setUp(t);
    const forAda = await nominate(a.id, b.id);
    const forSian = await nominate(sian.id, c.id);
    await toVoting(cycle.id, [forAda.id, forSian.id]);
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: forAda.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: c.id, nominationId: forAda.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: d.id, nominationId: forSian.id });
    await t.call('team:archive', { id: a.id, leftOn: '2026-11-23' });
    const before = t.checksum();
    const late = await t.fail('recognition:vote', { cycleId: cycle.id, voterId: sian.id, nominationId: forAda.id });
    expect(late).toMatchObject({ code: 'FORBIDDEN', field: 'nominationId', message: 'Archived member rule: Ada Archer is archived as a leaver and cannot win.' });
    expect(t.checksum()).toBe(before);
    const detail = await t.call('recognition:getCycle', { id: cycle.id });
    expect(detail.tallyExplanation).toBe('Siân ap Dŵr had the most votes (1 vote). Not counted: Ada Archer (2 votes) has left the team.');
    expect(detail.nominations.find((n) => n.id === forAda.id)?.nomineeLeftOn).toBe('2026-11-23');
    expect(await t.call('recognition:decide', { cycleId: cycle.id, nominationId: null, reason: '' })).toMatchObject({ winnerName: 'Siân ap Dŵr', decisionMethod: 'votes' });
  });

  it('when the only votes are for someone who has left, the count says so before and when counting', async () => {
    const { a, b, c, cycle, nominate } = await setUp(t);
    const forAda = await nominate(a.id, b.id);
    const forCy = await nominate(c.id, b.id);
    await toVoting(cycle.id, [forAda.id, forCy.id]);
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: forAda.id });
    await t.call('team:archive', { id: a.id, leftOn: '2026-11-23' });
    const said = 'No votes count yet: the only votes are for people who have left the team.';
    expect((await t.call('recognition:getCycle', { id: cycle.id })).tallyExplanation).toBe(`${said} Not counted: Ada Archer (1 vote) has left the team.`);
    expect(await t.fail('recognition:decide', { cycleId: cycle.id, nominationId: null, reason: '' })).toMatchObject({ code: 'CONFLICT', message: said });
  });

  it('the manager cannot choose a nominee who has left the team as the winner; nothing is written', async () => {
    const { a, b, c, cycle, nominate } = await setUp(t, { decidedBy: 'manager' });
    const forAda = await nominate(a.id, b.id);
    await nominate(c.id, b.id);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    await t.call('team:archive', { id: a.id, leftOn: '2026-11-23' });
    const before = t.checksum();
    const chosen = await t.fail('recognition:decide', { cycleId: cycle.id, nominationId: forAda.id, reason: 'Did the most this month.' });
    expect(chosen).toMatchObject({ code: 'FORBIDDEN', field: 'nominationId', message: 'Archived member rule: Ada Archer is archived as a leaver and cannot win.' });
    expect(t.checksum()).toBe(before);
  });

  it('a tie broken by the scheme rule is recorded with what the tie was and which rule decided it', async () => {
    const { a, b, c, d, cycle, nominate } = await setUp(t, { tieBreak: 'earliest_nomination' });
    const first = await nominate(a.id, b.id);
    const second = await nominate(c.id, d.id);
    await toVoting(cycle.id, [first.id, second.id]);
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: first.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: d.id, nominationId: second.id });
    const explanation = 'Tie: Ada Archer and Cy Carter had 1 vote each. Rule: earliest nomination wins decided it for Ada Archer (nominated 23/11/2026, recorded first that day).';
    expect((await t.call('recognition:getCycle', { id: cycle.id })).tallyExplanation).toBe(explanation);
    const decided = await t.call('recognition:decide', { cycleId: cycle.id, nominationId: null, reason: '' });
    expect(decided).toMatchObject({ winnerName: 'Ada Archer', decisionMethod: 'tie_break_rule', decisionReason: explanation });
    const events = (await t.call('recognition:getCycle', { id: cycle.id })).events;
    expect(events.at(-1)?.note).toContain('Tie: Ada Archer and Cy Carter had 1 vote each.');
  });
});

describe('opening a cycle on the last day of a period', () => {
  it('a monthly scheme created on 30 November opens December, not a November cycle that closes today', async () => {
    const t = await createTestApp({ now: '2026-11-30T10:00:00.000Z' });
    await addPerson(t, 'Siân ap Dŵr');
    const scheme = await t.call('recognition:createScheme', { ...monthly, decidedBy: 'manager' });
    const cycle = await t.call('recognition:openCycle', { schemeId: scheme.id });
    expect(cycle).toMatchObject({ label: 'December 2026', periodStart: '2026-12-01', periodEnd: '2026-12-31', status: 'open' });
    t.close();
  });

  it('after November, opening the next cycle on 31 December opens December, then January 2027 across the year end', async () => {
    const t = await createTestApp({ now: '2026-11-10T10:00:00.000Z' });
    await addPerson(t, 'Łukasz Żółć');
    const scheme = await t.call('recognition:createScheme', { ...monthly, decidedBy: 'manager' });
    const november = await t.call('recognition:openCycle', { schemeId: scheme.id });
    expect(november.label).toBe('November 2026');
    t.db.prepare("UPDATE recognition_cycles SET status = 'rewarded' WHERE id = ?").run(november.id);
    t.setNow('2026-12-31T23:30:00.000Z');
    const december = await t.call('recognition:openCycle', { schemeId: scheme.id });
    expect(december).toMatchObject({ label: 'December 2026', periodStart: '2026-12-01', periodEnd: '2026-12-31' });
    t.db.prepare("UPDATE recognition_cycles SET status = 'rewarded' WHERE id = ?").run(december.id);
    t.setNow('2027-01-01T00:30:00.000Z');
    expect((await t.call('recognition:openCycle', { schemeId: scheme.id })).label).toBe('January 2027');
    t.close();
  });
});
