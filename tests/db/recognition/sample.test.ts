import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/test-app';

describe('recognition sample', () => {
  it.each(['2027-01-01T09:00:00.000Z', '2026-03-31T09:00:00.000Z'])('tells the same story on %s: ten past winners, an open cycle, reminders', async (now) => {
    const t = await createTestApp({ now, sample: true });
    try {
      const [summary] = await t.call('recognition:listSchemes', {});
      expect(summary).toMatchObject({ name: 'Employee of the month', cycleCount: 11, currentCycle: { status: 'open', nominationCount: 2 } });
      const detail = await t.call('recognition:getScheme', { id: summary?.id ?? 0 });
      const past = detail.cycles.filter((c) => c.status !== 'open');
      expect(past.filter((c) => c.winnerName !== null)).toHaveLength(10);
      // Nothing in the sample is dated after "today".
      const today = now.slice(0, 10);
      expect(past.every((c) => (c.decidedOn ?? '') <= today && (c.rewardGivenOn ?? '') <= today)).toBe(true);
      // The cooldown (2 cycles) holds across the sample's own winners.
      const winners = [...past].reverse().map((c) => c.winnerMemberId);
      winners.forEach((w, i) => expect(winners.slice(Math.max(0, i - 2), i)).not.toContain(w));
      expect((await t.call('recognition:equity', {})).flags.length).toBeGreaterThan(0);
    } finally {
      t.close();
    }
  });
});
