import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inkedShareOfFirstPage } from '../../helpers/documents';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { EQUITY_SQL } from '../../../electron/main/domains/recognition/reports-repo';
import { cyclesClosingSoon, externalAwardDeadlines } from '../../../electron/main/domains/recognition/deadlines';
import { setUp } from './helpers';

const award = { name: 'Local Heroes Award', organiser: 'County Council', category: '', eligibility: '', url: '', windowOpens: '01-10', windowCloses: '12-01' };

describe('recognition equity, certificate and external awards', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: '2026-11-23T10:00:00.000Z' });
  });
  afterEach(() => t.close());

  it('counts nominations and wins by grade, team and hours, lists people never nominated, and flags a dominant group', async () => {
    const { a, b, c, d, cycle, nominate } = await setUp(t, { decidedBy: 'manager', cooldownCycles: 0 });
    await nominate(b.id, a.id);
    await nominate(c.id, a.id);
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    const first = (await t.call('recognition:getCycle', { id: cycle.id })).nominations[0];
    await t.call('recognition:decide', { cycleId: cycle.id, nominationId: first?.id ?? 0, reason: 'Clear impact' });
    const report = await t.call('recognition:equity', {});
    expect(report).toMatchObject({ totalNominations: 2, totalWins: 1, from: '2025-11-23', to: '2026-11-23' });
    const team = report.dimensions.find((x) => x.dimension === 'team')?.groups;
    expect(team).toEqual([
      { group: 'Central Library', members: 3, nominations: 1, wins: 0, neverNominated: 2 },
      { group: 'Riverside', members: 1, nominations: 1, wins: 1, neverNominated: 0 },
    ]);
    const hours = report.dimensions.find((x) => x.dimension === 'hours')?.groups;
    expect(hours?.find((g) => g.group === 'Part time')).toMatchObject({ members: 1, nominations: 1 });
    expect(report.neverNominated.map((m) => m.name)).toEqual([a.name, d.name]);
    expect(report.flags).toEqual([]);
  });

  it('flags Riverside and Band 6 in the sample, whose wins are deliberately uneven', async () => {
    const s = await createTestApp({ now: '2026-11-23T10:00:00.000Z', sample: true });
    try {
      const report = await s.call('recognition:equity', {});
      expect(report.totalWins).toBe(10);
      expect(report.flags.map((f) => f.group)).toEqual(expect.arrayContaining(['Band 6', 'Riverside Health Library']));
      expect(report.neverNominated.length).toBeGreaterThan(0);
      // Per person: the sample's repeat winners, most wins first, with what they won (newest first).
      const repeat = report.winners.filter((w) => w.wins >= 2);
      expect(repeat.map((w) => w.wins)).toEqual([3, 3, 2]);
      expect(repeat[0]?.won).toHaveLength(3);
      expect(repeat[0]?.won[0]).toMatch(/^Employee of the month: \w+ 2026$/);
      expect(report.winners.reduce((n, w) => n + w.wins, 0)).toBe(10);
      const overview = await s.call('recognition:overview', {});
      expect(overview.activeCycles.find((c) => c.status === 'open')).toMatchObject({ label: 'November 2026', nominationCount: 2 });
      expect(overview.deadlines.map((x) => [x.level, x.daysLeft])).toEqual([[7, 6]]);
      expect((await s.call('recognition:listAwards', {})).map((x) => x.name)).toContain('Libraries Connected Awards');
      const planned = (await s.call('recognition:listAwardNominations', { memberId: null })).find((n) => n.awardName === 'Libraries Connected Awards');
      expect(planned).toMatchObject({ memberId: null, deadline: '2027-01-08', year: 2027, status: 'planned' });
    } finally {
      s.close();
    }
  });

  it('aggregates equity with indexes rather than scanning nominations or cycles', () => {
    for (const sql of Object.values(EQUITY_SQL)) {
      const plan = t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '2025-11-23', to: '2026-11-23' }) as { detail: string }[];
      const details = plan.map((p) => p.detail).join('\n');
      expect(details).not.toMatch(/SCAN recognition_nominations\b(?! USING)/);
      expect(details).not.toMatch(/SCAN recognition_cycles\b(?! USING)/);
      expect(details).toMatch(/SEARCH recognition_nominations USING COVERING INDEX recognition_nominations_by_date/);
      expect(details).toMatch(/SEARCH recognition_cycles USING COVERING INDEX recognition_cycles_wins/);
    }
  });

  it('exports a landscape certificate for the winner that is not blank, and refuses before a winner exists', async () => {
    const { a, b, cycle, nominate } = await setUp(t, { decidedBy: 'manager' });
    await nominate(a.id, b.id);
    expect(await t.fail('recognition:exportCertificate', { cycleId: cycle.id })).toMatchObject({ code: 'CONFLICT', field: 'cycleId' });
    await t.call('recognition:closeCycle', { cycleId: cycle.id });
    const n = (await t.call('recognition:getCycle', { id: cycle.id })).nominations[0];
    await t.call('recognition:decide', { cycleId: cycle.id, nominationId: n?.id ?? 0, reason: 'Outstanding' });
    const file = await t.call('recognition:exportCertificate', { cycleId: cycle.id });
    expect(file).toMatchObject({ fileName: 'certificate-ada-archer-november-2026.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    const pdf = Buffer.from(file.content, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(inkedShareOfFirstPage(pdf)).toBeGreaterThan(0.01);
  });

  it('reminds 30 and 7 days before external deadlines, for planned nominations and usual windows', async () => {
    const { a } = await setUp(t);
    const created = await t.call('recognition:createAward', award);
    expect(externalAwardDeadlines(t.db, '2026-11-23', 30).map((r) => [r.kind, r.deadline, r.level])).toEqual([['usual_window', '2026-12-01', 30]]);
    await t.call('recognition:createAwardNomination', { awardId: created.id, memberId: a.id, year: 2026, deadline: '2026-11-28', status: 'planned', submittedOn: null, notes: '' });
    const reminders = externalAwardDeadlines(t.db, '2026-11-23', 30);
    expect(reminders.map((r) => [r.kind, r.memberName, r.daysLeft, r.level])).toEqual([['nomination', 'Ada Archer', 5, 7]]);
    expect(externalAwardDeadlines(t.db, '2026-11-29', 30)).toEqual([]);
  });

  it('keeps a planned external nomination whose deadline has passed on the Recognition reminders, as overdue, until it is recorded as submitted or withdrawn', async () => {
    const { a } = await setUp(t);
    const created = await t.call('recognition:createAward', { ...award, windowCloses: '' });
    const planned = await t.call('recognition:createAwardNomination', { awardId: created.id, memberId: a.id, year: 2026, deadline: '2026-11-28', status: 'planned', submittedOn: null, notes: '' });
    t.setNow('2026-12-24T10:00:00.000Z');
    const { deadlines } = await t.call('recognition:overview', {});
    expect(deadlines).toEqual([
      expect.objectContaining({ kind: 'nomination', nominationId: planned.id, memberName: 'Ada Archer', deadline: '2026-11-28', daysLeft: -26, level: 7, note: 'Still marked Planned: record it as submitted, or as withdrawn.' }),
    ]);
    await t.call('recognition:updateAwardNomination', { id: planned.id, changes: { awardId: created.id, memberId: a.id, year: 2026, deadline: '2026-11-28', status: 'submitted', submittedOn: '2026-11-27', notes: '' } });
    expect((await t.call('recognition:overview', {})).deadlines).toEqual([]);
  });

  it('validates external award input by field and writes nothing', async () => {
    const { a } = await setUp(t);
    await t.call('team:archive', { id: a.id, leftOn: null });
    const created = await t.call('recognition:createAward', award);
    const before = t.checksum();
    expect(await t.fail('recognition:createAward', { ...award, windowCloses: '13-45' })).toMatchObject({ code: 'VALIDATION', field: 'windowCloses' });
    expect(await t.fail('recognition:createAward', award)).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await t.fail('recognition:createAward', { ...award, name: 'X', url: 'javascript:alert(1)' })).toMatchObject({ field: 'url' });
    const base = { awardId: created.id, memberId: a.id, year: 2026, deadline: '2026-12-01', status: 'planned' as const, submittedOn: null, notes: '' };
    expect(await t.fail('recognition:createAwardNomination', base)).toMatchObject({ code: 'VALIDATION', field: 'memberId' });
    expect(await t.fail('recognition:createAwardNomination', { ...base, memberId: null, status: 'won' })).toMatchObject({ field: 'submittedOn' });
    expect(t.checksum()).toBe(before);
  });

  it('lists open cycles closing soon for the home dashboard', async () => {
    const { cycle, a, b, nominate } = await setUp(t);
    await nominate(a.id, b.id);
    expect(cyclesClosingSoon(t.db, '2026-11-20', 7)).toEqual([]);
    expect(cyclesClosingSoon(t.db, '2026-11-26', 7)).toEqual([
      { cycleId: cycle.id, schemeName: 'Star of the month', label: 'November 2026', periodEnd: '2026-11-30', daysLeft: 4, nominationCount: 1 },
    ]);
  });
});
