import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { monthly, REASON, setUp } from './helpers';

describe('recognition cycle', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: '2026-11-23T10:00:00.000Z' });
  });
  afterEach(() => t.close());

  it('runs a monthly cycle from open to reward, recording each step', async () => {
    const { a, b, c, d, cycle, nominate } = await setUp(t);
    expect(cycle).toMatchObject({ label: 'November 2026', periodStart: '2026-11-01', periodEnd: '2026-11-30', status: 'open' });
    const n1 = await nominate(a.id, b.id);
    const n2 = await nominate(c.id, null);
    expect(n1.hints.find((h) => h.key === 'timely')?.ok).toBe(true);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    await t.call('recognition:shortlist', { cycleId: cycle.id, nominationIds: [n1.id, n2.id] });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: n1.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: d.id, nominationId: n1.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: a.id, nominationId: n2.id });
    const decided = await t.call('recognition:decide', { cycleId: cycle.id, nominationId: null, reason: '' });
    expect(decided).toMatchObject({ status: 'decided', winnerName: 'Ada Archer', decisionMethod: 'votes', decidedOn: '2026-11-23' });
    await t.call('recognition:announce', { cycleId: cycle.id });
    t.setNow('2026-11-27T10:00:00.000Z');
    const rewarded = await t.call('recognition:recordReward', { cycleId: cycle.id, givenOn: '2026-11-27' });
    expect(rewarded.status).toBe('rewarded');
    const detail = await t.call('recognition:getCycle', { id: cycle.id });
    expect(detail.events.map((e) => e.toStatus)).toEqual(['open', 'closed', 'shortlisted', 'decided', 'announced', 'rewarded']);
    expect(detail.nominations.map((n) => n.votes)).toEqual([2, 1]);
    expect(detail.nominations[0]?.nominatorName).toBe('Bo Baker');
    expect(t.events).toContain('recognition:changed');
  });

  it('refuses to nominate an archived member, naming the rule, and writes nothing', async () => {
    const { a, b, nominate } = await setUp(t);
    await t.call('team:archive', { id: a.id, leftOn: '2026-11-20' });
    const before = t.checksum();
    await expect(nominate(a.id, b.id)).rejects.toThrow(/Archived member rule/);
    const error = await t.fail('recognition:nominate', { cycleId: 1, nomineeId: a.id, nominatorId: b.id, category: 'Teamwork', reason: REASON, evidence: '' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'nomineeId' });
    expect(t.checksum()).toBe(before);
  });

  it('refuses self-nomination when the scheme forbids it, and allows it when the scheme allows it', async () => {
    const { a, cycle } = await setUp(t);
    const before = t.checksum();
    const error = await t.fail('recognition:nominate', { cycleId: cycle.id, nomineeId: a.id, nominatorId: a.id, category: 'Teamwork', reason: REASON, evidence: '' });
    expect(error).toMatchObject({ code: 'FORBIDDEN', field: 'nomineeId' });
    expect(error.message).toMatch(/^Self-nomination rule/);
    expect(t.checksum()).toBe(before);

    const other = await t.call('recognition:createScheme', { ...monthly, name: 'Open scheme', allowSelfNomination: true });
    const open = await t.call('recognition:openCycle', { schemeId: other.id });
    const own = await t.call('recognition:nominate', { cycleId: open.id, nomineeId: a.id, nominatorId: a.id, category: 'Teamwork', reason: REASON, evidence: '' });
    expect(own.nomineeName).toBe('Ada Archer');
  });

  it('rejects a short reason, a category outside the scheme and a second vote; nothing written', async () => {
    const { a, b, cycle, nominate } = await setUp(t);
    const before = t.checksum();
    expect(await t.fail('recognition:nominate', { cycleId: cycle.id, nomineeId: a.id, nominatorId: b.id, category: 'Teamwork', reason: 'Great job', evidence: '' })).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect(await t.fail('recognition:nominate', { cycleId: cycle.id, nomineeId: a.id, nominatorId: b.id, category: 'Bravery', reason: REASON, evidence: '' })).toMatchObject({ code: 'VALIDATION', field: 'category' });
    expect(t.checksum()).toBe(before);

    const n = await nominate(a.id, b.id);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    await t.call('recognition:shortlist', { cycleId: cycle.id, nominationIds: [n.id] });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: n.id });
    const afterVote = t.checksum();
    const twice = await t.fail('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: n.id });
    expect(twice).toMatchObject({ code: 'CONFLICT', field: 'voterId' });
    expect(twice.message).toMatch(/^One vote rule: Bo Baker has already voted/);
    expect(t.checksum()).toBe(afterVote);
  });

  it('will not close a cycle with no nominations, and freezes nominations once closed', async () => {
    const { a, b, cycle, nominate } = await setUp(t);
    const before = t.checksum();
    const empty = await t.fail('recognition:closeCycle', { cycleId: cycle.id });
    expect(empty).toMatchObject({ code: 'CONFLICT', field: 'cycleId' });
    expect(empty.message).toMatch(/^Empty cycle rule/);
    expect(t.checksum()).toBe(before);

    const n = await nominate(a.id, b.id);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    const frozen = t.checksum();
    expect(await t.fail('recognition:nominate', { cycleId: cycle.id, nomineeId: b.id, nominatorId: a.id, category: 'Teamwork', reason: REASON, evidence: '' })).toMatchObject({ code: 'CONFLICT', field: 'cycleId' });
    expect(await t.fail('recognition:withdrawNomination', { id: n.id })).toMatchObject({ code: 'CONFLICT' });
    expect(t.checksum()).toBe(frozen);
  });

  it('blocks last month\'s winner by cooldown in the next cycle, and lets them back after the cooldown', async () => {
    const { a, b, cycle, nominate } = await setUp(t, { cooldownCycles: 1 });
    const n = await nominate(a.id, b.id);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    await t.call('recognition:shortlist', { cycleId: cycle.id, nominationIds: [n.id] });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: n.id });
    await t.call('recognition:decide', { cycleId: cycle.id, nominationId: null, reason: '' });

    const december = await t.call('recognition:openCycle', { schemeId: cycle.schemeId });
    expect(december.label).toBe('December 2026');
    const before = t.checksum();
    const blocked = await t.fail('recognition:nominate', { cycleId: december.id, nomineeId: a.id, nominatorId: b.id, category: 'Teamwork', reason: REASON, evidence: '' });
    expect(blocked).toMatchObject({ code: 'FORBIDDEN', field: 'nomineeId' });
    expect(blocked.message).toMatch(/^Cooldown rule: Ada Archer won Star of the month for November 2026/);
    expect(t.checksum()).toBe(before);
    const detail = await t.call('recognition:getCycle', { id: december.id });
    expect(detail.blocked.map((x) => x.name)).toEqual(['Ada Archer']);

    await t.call('recognition:nominate', { cycleId: december.id, nomineeId: b.id, nominatorId: a.id, category: 'Teamwork', reason: REASON, evidence: '' });
    await t.call('recognition:closeCycle', { cycleId: december.id });
    t.setNow('2027-01-05T10:00:00.000Z');
    const january = await t.call('recognition:openCycle', { schemeId: cycle.schemeId });
    expect(january.label).toBe('January 2027');
    const back = await t.call('recognition:nominate', { cycleId: january.id, nomineeId: a.id, nominatorId: b.id, category: 'Teamwork', reason: REASON, evidence: '' });
    expect(back.nomineeName).toBe('Ada Archer');
  });

  it('needs the manager to break a tie (with a reason) when that is the scheme rule', async () => {
    const { a, b, c, d, cycle, nominate } = await setUp(t);
    const n1 = await nominate(a.id, b.id);
    const n2 = await nominate(c.id, d.id);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    await t.call('recognition:shortlist', { cycleId: cycle.id, nominationIds: [n1.id, n2.id] });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: b.id, nominationId: n1.id });
    await t.call('recognition:vote', { cycleId: cycle.id, voterId: d.id, nominationId: n2.id });
    expect((await t.call('recognition:getCycle', { id: cycle.id })).tiedNominationIds).toEqual([n1.id, n2.id]);
    expect(await t.fail('recognition:decide', { cycleId: cycle.id, nominationId: n2.id, reason: '' })).toMatchObject({ field: 'reason' });
    const decided = await t.call('recognition:decide', { cycleId: cycle.id, nominationId: n2.id, reason: 'Cy has never won; both were excellent.' });
    expect(decided).toMatchObject({
      winnerName: 'Cy Carter',
      decisionMethod: 'manager',
      decisionReason: 'Tie: Ada Archer and Cy Carter had 1 vote each. Rule: the manager decides, with a reason. The manager chose Cy Carter: Cy has never won; both were excellent.',
    });
  });

  it('hides the nominator in anonymous schemes but still enforces self-nomination', async () => {
    const { a, b, nominate, cycle } = await setUp(t, { anonymous: true });
    const n = await nominate(a.id, b.id);
    expect(n).toMatchObject({ nominatorId: null, nominatorName: null, nominatorHidden: true });
    expect((await t.call('recognition:memberHistory', { memberId: a.id })).nominations[0]?.nominatorName).toBeNull();
    expect(await t.fail('recognition:nominate', { cycleId: cycle.id, nomineeId: b.id, nominatorId: b.id, category: 'Teamwork', reason: REASON, evidence: '' })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a nomination be corrected while open, under the same rules, and never after close', async () => {
    const { a, b, c, cycle, nominate } = await setUp(t);
    const n = await nominate(a.id, b.id);
    const changes = { nomineeId: c.id, category: 'Customer service', reason: `${REASON} Corrected.`, evidence: 'Email' };
    const edited = await t.call('recognition:updateNomination', { id: n.id, changes });
    expect(edited).toMatchObject({ nomineeName: 'Cy Carter', category: 'Customer service', nominatorName: 'Bo Baker', evidence: 'Email' });
    const before = t.checksum();
    const self = await t.fail('recognition:updateNomination', { id: n.id, changes: { ...changes, nomineeId: b.id } });
    expect(self).toMatchObject({ code: 'FORBIDDEN', field: 'nomineeId' });
    expect(t.checksum()).toBe(before);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    const closed = t.checksum();
    const late = await t.fail('recognition:updateNomination', { id: n.id, changes });
    expect(late).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(late.message).toMatch(/^Closed cycle rule/);
    expect(t.checksum()).toBe(closed);
  });

  it('refuses a duplicate: the same person (or the manager) nominating the same nominee twice in one cycle; nothing written', async () => {
    const { a, b, c, cycle, nominate } = await setUp(t);
    const first = await nominate(a.id, b.id);
    const before = t.checksum();
    const again = await t.fail('recognition:nominate', { cycleId: cycle.id, nomineeId: a.id, nominatorId: b.id, category: 'Customer service', reason: `${REASON} Again.`, evidence: '' });
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'nomineeId' });
    expect(again.message).toBe('Duplicate nomination rule: Bo Baker has already nominated Ada Archer in November 2026; edit that nomination instead.');
    expect(t.checksum()).toBe(before);
    // Someone else may nominate the same person, and the manager once.
    await nominate(a.id, c.id);
    await nominate(a.id, null);
    const managerAgain = await t.fail('recognition:nominate', { cycleId: cycle.id, nomineeId: a.id, nominatorId: null, category: 'Teamwork', reason: REASON, evidence: '' });
    expect(managerAgain.message).toBe('Duplicate nomination rule: you have already nominated Ada Archer in November 2026; edit that nomination instead.');
    // Correcting a nomination onto someone its nominator already nominated is the same duplicate.
    const forCy = await nominate(c.id, b.id);
    const moved = await t.fail('recognition:updateNomination', { id: forCy.id, changes: { nomineeId: a.id, category: 'Teamwork', reason: REASON, evidence: '' } });
    expect(moved).toMatchObject({ code: 'CONFLICT', field: 'nomineeId' });
    // Correcting a nomination without changing its nominee is not a duplicate of itself.
    await t.call('recognition:updateNomination', { id: first.id, changes: { nomineeId: a.id, category: 'Customer service', reason: `${REASON} Edited.`, evidence: '' } });
  });
});
