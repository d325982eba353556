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
import { equityFlags } from '../../../shared/domains/recognition-reports';

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
  const e = (nominationId: number, votes: number, nominatedOn: string, pastWins = 0): TallyEntry => ({ nominationId, nomineeId: nominationId * 10, votes, nominatedOn, pastWins });
  it('picks the clear leader', () => {
    expect(resolveTally([e(1, 3, '2026-11-02'), e(2, 1, '2026-11-01')], 'manager')).toEqual({ kind: 'winner', nominationId: 1, method: 'votes', tied: [] });
  });
  it('leaves a tie to the manager, or applies the recorded rule', () => {
    const tied = [e(1, 2, '2026-11-05', 0), e(2, 2, '2026-11-01', 3), e(3, 1, '2026-11-01')];
    expect(resolveTally(tied, 'manager')).toEqual({ kind: 'needs_manager', tied: [1, 2] });
    expect(resolveTally(tied, 'earliest_nomination')).toMatchObject({ nominationId: 2, method: 'tie_break_rule' });
    expect(resolveTally(tied, 'fewest_past_wins')).toMatchObject({ nominationId: 1, method: 'tie_break_rule' });
  });
  it('reports when nobody has voted', () => {
    expect(resolveTally([e(1, 0, '2026-11-01')], 'manager')).toEqual({ kind: 'no_votes' });
  });
});

describe('equity flags and announcement', () => {
  it('flags a group holding most wins while being a minority of the team', () => {
    const groups = [
      { group: 'Band 6', members: 2, nominations: 8, wins: 6, neverNominated: 0 },
      { group: 'Band 3', members: 10, nominations: 4, wins: 4, neverNominated: 6 },
    ];
    expect(equityFlags('grade', groups).map((f) => f.message)).toEqual(['Band 6 has 6 of 10 wins but is 17% of the team.']);
    // Too few wins to call a pattern.
    expect(equityFlags('grade', groups.map((g) => ({ ...g, wins: 1 })))).toEqual([]);
  });
  it('writes a short announcement', () => {
    expect(announcementText({ winner: 'Ada', scheme: 'Star', label: 'November 2026', category: 'Teamwork', reasonExcerpt: 'Ran the club', reward: 'Book token' })).toBe(
      'Congratulations to Ada, winner of Star for November 2026 (Teamwork).\nNominated for: "Ran the club"\nReward: Book token.\nThank you for everything you do for our users and the team.',
    );
  });
});
