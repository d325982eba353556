import { describe, expect, it } from 'vitest';
import {
  announcementText,
  cooldownBreach,
  datesMentioned,
  nextCyclePeriod,
  periodContaining,
  resolveTally,
  ssmartHints,
  type TallyEntry,
} from '../../../shared/domains/recognition-rules';
import { equityFlags, wordEquityFlag } from '../../../shared/domains/recognition-reports';

const ctx = { category: 'Customer service', values: ['Putting users first'], periodStart: '2026-11-01', periodEnd: '2026-11-30' };
const hint = (reason: string, key: string) => ssmartHints(reason, ctx).find((h) => h.key === key)?.ok;

describe('cycle periods', () => {
  it('gives the month, quarter or year containing a date', () => {
    expect(periodContaining('monthly', '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29', label: 'February 2028' });
    expect(periodContaining('quarterly', '2026-11-23')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: 'Q4 2026' });
    expect(periodContaining('annual', '2026-11-23')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026' });
  });
  it('opens the current period first, then the one after the latest cycle', () => {
    expect(nextCyclePeriod('monthly', null, '2026-11-23').label).toBe('November 2026');
    expect(nextCyclePeriod('monthly', '2026-11-30', '2026-11-23').label).toBe('December 2026');
    expect(nextCyclePeriod('monthly', '2026-12-31', '2026-11-23').label).toBe('January 2027');
    // A scheme left idle for months restarts at the current month rather than filling the gap.
    expect(nextCyclePeriod('monthly', '2026-03-31', '2026-11-23').label).toBe('November 2026');
  });
  it('on the last day of a period opens the next one, not one that closes today', () => {
    expect(nextCyclePeriod('monthly', null, '2026-11-30')).toEqual({ start: '2026-12-01', end: '2026-12-31', label: 'December 2026' });
    expect(nextCyclePeriod('monthly', '2026-09-30', '2026-11-30').label).toBe('December 2026');
    expect(nextCyclePeriod('monthly', null, '2027-02-28').label).toBe('March 2027');
    expect(nextCyclePeriod('monthly', null, '2028-02-28').label).toBe('February 2028');
    expect(nextCyclePeriod('quarterly', null, '2026-12-31').label).toBe('Q1 2027');
    expect(nextCyclePeriod('annual', null, '2026-12-31').label).toBe('2027');
    expect(nextCyclePeriod('monthly', null, '2026-11-29').label).toBe('November 2026');
    // A one-off cycle runs 30 days from the day it opens, whatever the date.
    expect(nextCyclePeriod('one_off', null, '2026-11-30').start).toBe('2026-11-30');
  });
  it('opens the period that follows the latest cycle even on that period\'s last day, so no month is skipped', () => {
    // November done; the manager opens the next cycle on 31 December: that is December, not January 2027.
    expect(nextCyclePeriod('monthly', '2026-11-30', '2026-12-31')).toEqual({ start: '2026-12-01', end: '2026-12-31', label: 'December 2026' });
    expect(nextCyclePeriod('monthly', '2026-10-31', '2026-11-30').label).toBe('November 2026');
    expect(nextCyclePeriod('quarterly', '2026-09-30', '2026-12-31').label).toBe('Q4 2026');
    expect(nextCyclePeriod('annual', '2025-12-31', '2026-12-31').label).toBe('2026');
    // The day after, the period is over and the next in sequence is still the one after the latest cycle.
    expect(nextCyclePeriod('monthly', '2026-11-30', '2027-01-01').label).toBe('January 2027');
  });
});

describe('cooldown', () => {
  const cycles = [
    { id: 1, label: 'Sep', winnerMemberId: 7 },
    { id: 2, label: 'Oct', winnerMemberId: 8 },
    { id: 3, label: 'Nov', winnerMemberId: null },
    { id: 4, label: 'Dec', winnerMemberId: null },
  ];
  it('blocks a winner for the next N cycles only', () => {
    expect(cooldownBreach(cycles, 2, 7, 2)?.label).toBe('Sep');
    expect(cooldownBreach(cycles, 3, 7, 2)?.label).toBe('Sep');
    expect(cooldownBreach(cycles, 4, 7, 2)).toBeNull();
    expect(cooldownBreach(cycles, 3, 7, 1)).toBeNull();
    expect(cooldownBreach(cycles, 3, 8, 1)?.label).toBe('Oct');
    expect(cooldownBreach(cycles, 2, 7, 0)).toBeNull();
  });
});

describe('SSMART hints', () => {
  const good = 'On 12/11/2026 she stayed after closing to help a reader recover a lost thesis draft, so that he could submit on time — customer service at its best.';
  it('passes a specific, timely reason linked to the category', () => {
    expect(ssmartHints(good, ctx).every((h) => h.ok)).toBe(true);
  });
  it('suggests improvements for stock praise, without a date', () => {
    const hints = ssmartHints('Great job, always a team player!', ctx);
    expect(hints.filter((h) => !h.ok).map((h) => h.key)).toEqual(['sincere', 'specific', 'meaningful', 'relevant', 'timely']);
  });
  it('notices a date outside the cycle', () => {
    const h = ssmartHints('Ran the users\u2019 drop-in on 3 October 2026 which helped twenty visitors.', ctx).find((x) => x.key === 'timely');
    expect(h).toMatchObject({ ok: false, message: expect.stringContaining('outside this cycle') });
    expect(hint('Ran the drop-in last week for visitors', 'timely')).toBe(true);
  });
  it('reads UK, ISO and written dates', () => {
    expect(datesMentioned('on 5/11/2026, 2026-11-07 and 9th November', 2026)).toEqual(['2026-11-05', '2026-11-07', '2026-11-09']);
  });
});

describe('vote tally and tie-break', () => {
  const e = (nominationId: number, votes: number, nominatedOn: string, pastWins = 0): TallyEntry => ({ nominationId, nomineeId: nominationId * 10, name: `Nominee ${nominationId}`, votes, nominatedOn, pastWins });
  it('counts a person\'s votes across all their nominations, so votes for one person are not split', () => {
    // Łukasz has two nominations (2 + 1 votes); Siân has one (2 votes): Łukasz leads with 3.
    const lukasz = (id: number, votes: number): TallyEntry => ({ nominationId: id, nomineeId: 13, name: 'Łukasz Żółć', votes, nominatedOn: '2026-11-12', pastWins: 0 });
    const sian: TallyEntry = { nominationId: 5, nomineeId: 14, name: 'Siân ap Dŵr', votes: 2, nominatedOn: '2026-11-01', pastWins: 0 };
    expect(resolveTally([sian, lukasz(7, 1), lukasz(6, 2)], 'earliest_nomination')).toEqual({
      kind: 'winner',
      nominationId: 6,
      method: 'votes',
      tied: [],
      explanation: 'Łukasz Żółć had the most votes (3 votes).',
    });
    // Two nominations of the same person level at the top are not a tie between them.
    expect(resolveTally([lukasz(6, 2), lukasz(7, 2), { ...sian, votes: 1 }], 'manager')).toMatchObject({ kind: 'winner', nominationId: 6, method: 'votes', explanation: 'Łukasz Żółć had the most votes (4 votes).' });
    // A real tie between people names each person once, with their totals.
    expect(resolveTally([lukasz(6, 1), lukasz(7, 1), sian], 'manager')).toEqual({
      kind: 'needs_manager',
      tied: [6, 5],
      explanation: 'Tie: Łukasz Żółć and Siân ap Dŵr had 2 votes each. Rule: the manager decides, with a reason.',
    });
  });
  it('picks the clear leader', () => {
    expect(resolveTally([e(1, 3, '2026-11-02'), e(2, 1, '2026-11-01')], 'manager')).toEqual({
      kind: 'winner',
      nominationId: 1,
      method: 'votes',
      tied: [],
      explanation: 'Nominee 1 had the most votes (3 votes).',
    });
  });
  it('leaves a tie to the manager, or applies the recorded rule', () => {
    const tied = [e(1, 2, '2026-11-05', 0), e(2, 2, '2026-11-01', 3), e(3, 1, '2026-11-01')];
    expect(resolveTally(tied, 'manager')).toEqual({ kind: 'needs_manager', tied: [1, 2], explanation: 'Tie: Nominee 1 and Nominee 2 had 2 votes each. Rule: the manager decides, with a reason.' });
    expect(resolveTally(tied, 'earliest_nomination')).toMatchObject({ nominationId: 2, method: 'tie_break_rule' });
    expect(resolveTally(tied, 'fewest_past_wins')).toMatchObject({ nominationId: 1, method: 'tie_break_rule' });
  });
  it('says what the tie was and which rule decided it, and why the rule picked this nomination', () => {
    const named = (n: number, name: string, votes: number, on: string, pastWins: number): TallyEntry => ({ ...e(n, votes, on, pastWins), name });
    const lukasz = named(1, 'Łukasz Żółć', 3, '2026-11-05', 1);
    const sian = named(2, 'Siân ap Dŵr', 3, '2026-11-02', 0);
    const third = named(3, 'Ada Archer', 1, '2026-11-01', 0);
    expect(resolveTally([lukasz, sian, third], 'fewest_past_wins')).toMatchObject({
      nominationId: 2,
      method: 'tie_break_rule',
      explanation: 'Tie: Łukasz Żółć and Siân ap Dŵr had 3 votes each. Rule: fewest past wins in this scheme decided it for Siân ap Dŵr (past wins: Łukasz Żółć 1, Siân ap Dŵr 0).',
    });
    expect(resolveTally([lukasz, sian], 'earliest_nomination')).toMatchObject({
      nominationId: 2,
      explanation: 'Tie: Łukasz Żółć and Siân ap Dŵr had 3 votes each. Rule: earliest nomination wins decided it for Siân ap Dŵr (nominated 02/11/2026).',
    });
    // Level on past wins too: the rule says it fell back to the earliest nomination.
    expect(resolveTally([{ ...lukasz, pastWins: 0 }, sian], 'fewest_past_wins')).toMatchObject({
      nominationId: 2,
      explanation:
        'Tie: Łukasz Żółć and Siân ap Dŵr had 3 votes each. Rule: fewest past wins in this scheme left Łukasz Żółć and Siân ap Dŵr level on 0, so the earliest nomination decided it for Siân ap Dŵr (nominated 02/11/2026).',
    });
    // Same day: the one recorded first.
    expect(resolveTally([{ ...lukasz, nominatedOn: '2026-11-02' }, sian], 'earliest_nomination')).toMatchObject({
      nominationId: 1,
      explanation: 'Tie: Łukasz Żółć and Siân ap Dŵr had 3 votes each. Rule: earliest nomination wins decided it for Łukasz Żółć (nominated 02/11/2026, recorded first that day).',
    });
  });
  it('reports when nobody has voted', () => {
    expect(resolveTally([e(1, 0, '2026-11-01')], 'manager')).toEqual({ kind: 'no_votes' });
  });
});

const band4 = (group: string, members: number, wins: number) => ({ group, members, nominations: wins, wins, neverNominated: 0 });

describe('equity flags and announcement', () => {
  it('flags a group holding most wins while being a minority of the team', () => {
    const groups = [
      { group: 'Band 6', members: 2, nominations: 8, wins: 6, neverNominated: 0 },
      { group: 'Band 3', members: 10, nominations: 4, wins: 4, neverNominated: 6 },
    ];
    expect(equityFlags('grade', groups).map((f) => wordEquityFlag(f))).toEqual(['Band 6 holds 6 of 10 wins (60%) but is 2 of 12 people (17% of the team).']);
    // Too few wins to call a pattern.
    expect(equityFlags('grade', groups.map((g) => ({ ...g, wins: 1 })))).toEqual([]);
  });
  it('flags exactly half of the wins held by a minority; not a group that is half of the team', () => {
    const band = (group: string, members: number, wins: number) => ({ group, members, nominations: wins, wins, neverNominated: 0 });
    // 2 of 4 wins (half) to 1 of 5 people: flagged.
    expect(equityFlags('grade', [band('Band 6', 1, 2), band('Band 3', 4, 2)]).map((f) => wordEquityFlag(f))).toEqual([
      'Band 6 holds 2 of 4 wins (50%) but is 1 of 5 people (20% of the team).',
    ]);
    // Half the team is not a minority: 3 of 4 wins to 2 of 4 people is not flagged.
    expect(equityFlags('team', [band('Central', 2, 3), band('Riverside', 2, 1)])).toEqual([]);
    // A majority of the team holding most wins is expected.
    expect(equityFlags('hours', [band('Full time', 7, 4), band('Part time', 3, 0)])).toEqual([]);
  });
  it('a flag is data (its key and figures), worded with the group as the screen names it', () => {
    const [flag] = equityFlags('employmentType', [band4('fixed_term', 1, 3), band4('permanent', 4, 1)]);
    expect(flag).toEqual({ dimension: 'employmentType', group: 'fixed_term', key: 'minorityHoldsMostWins', wins: 3, totalWins: 4, members: 1, totalMembers: 5, memberShare: 0.2 });
    expect(wordEquityFlag(flag!, 'Fixed term')).toBe('Fixed term holds 3 of 4 wins (75%) but is 1 of 5 people (20% of the team).');
  });
  it('writes a short announcement', () => {
    expect(announcementText({ winner: 'Ada', scheme: 'Star', label: 'November 2026', category: 'Teamwork', reasonExcerpt: 'Ran the club', reward: 'Book token' })).toBe(
      'Congratulations to Ada, winner of Star for November 2026 (Teamwork).\nNominated for: "Ran the club"\nReward: Book token.\nThank you for everything you do for our users and the team.',
    );
  });
});
