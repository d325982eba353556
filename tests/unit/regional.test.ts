import { describe, expect, it } from 'vitest';
import { generateRegional, planCounts, ratingsOf, REGIONAL_FULL, regionalServicePoints } from '../../electron/main/sample/regional';
import { generateTeam, SAMPLE_ROLES } from '../../electron/main/sample/team';

const today = '2026-11-23';

describe('regional data generator', () => {
  it('builds the full regional network: 2,000 people, 40 service points, 120 skills, ≈2.4 M ratings', () => {
    const plan = generateRegional({ today });
    const counts = planCounts(plan);
    expect(counts.members).toBe(2000);
    expect(new Set(plan.members.map((m) => m.team)).size).toBe(40);
    expect(counts.skills).toBe(120);
    expect(counts.assessments).toBe(20_000);
    expect(counts.ratings).toBe(2_400_000);
    expect(counts.recognitionCycles).toBe(40 * 24);
    expect(plan.size).toEqual(REGIONAL_FULL);
    // Emails and CILIP numbers are unique in the store: the generator must not repeat them.
    expect(new Set(plan.members.map((m) => m.email)).size).toBe(2000);
    const cilip = plan.members.map((m) => m.cilipNumber).filter(Boolean);
    expect(new Set(cilip).size).toBe(cilip.length);
  });

  it('starts with the same people as the sample team (same generator)', () => {
    const plan = generateRegional({ today, members: 50, servicePoints: 5 });
    const team = generateTeam({ seed: plan.seed, today, size: 50, servicePoints: regionalServicePoints(5) });
    expect(plan.members.map((m) => m.name)).toEqual(team.map((m) => m.name));
    expect(plan.members.slice(0, SAMPLE_ROLES.length).map((m) => m.key)).toEqual(SAMPLE_ROLES.map((r) => r.key));
  });

  it('is deterministic: the same options give the same rows', () => {
    const a = generateRegional({ today, members: 60, servicePoints: 4 });
    const b = generateRegional({ today, members: 60, servicePoints: 4 });
    expect(b).toEqual(a);
    expect(ratingsOf(b, 17)).toEqual(ratingsOf(a, 17));
    expect(generateRegional({ today, members: 60, servicePoints: 4, seed: 7 }).cpd).not.toEqual(a.cpd);
  });

  it('keeps dates and ratings in range: nothing in the future, ratings on the 0–4 scale', () => {
    const plan = generateRegional({ today, members: 80, servicePoints: 4 });
    expect(plan.assessments.every((a) => a.assessedOn < today)).toBe(true);
    expect(plan.cpd.every((c) => c.date <= today && c.hours > 0 && c.hours * 4 === Math.round(c.hours * 4))).toBe(true);
    expect(plan.meetings.filter((m) => m.status === 'scheduled').every((m) => m.scheduledAt.slice(0, 10) >= today)).toBe(true);
    for (let i = 0; i < plan.assessments.length; i += 97) {
      const ratings = ratingsOf(plan, i);
      expect(ratings).toHaveLength(120);
      for (const r of ratings) {
        expect(r.current === null || (r.current >= 0 && r.current <= 4)).toBe(true);
        expect(r.target).not.toBeNull();
        expect(r.target ?? 0).toBeLessThanOrEqual(4);
      }
    }
  });

  it('names service points uniquely for any count', () => {
    const names = regionalServicePoints(250);
    expect(new Set(names).size).toBe(250);
    expect(names.every((n) => n.length <= 120)).toBe(true);
  });
});
