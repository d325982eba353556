import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { criteriaFor, nextStage, stageOrder } from '../../../shared/domains/registration';
import { cpdHours } from '../../../shared/domains/registration-cpd';
import {
  countWords,
  cpdWindowStart,
  detectDrift,
  nextAnniversary,
  revalidationOutstanding,
  revalidationReadiness,
} from '../../../shared/domains/registration-rules';

const TODAY = '2026-11-23';

describe('drift detection (fixed clock)', () => {
  const drift = (lastStageChange: string, lastActivity: string | null, weeks = 12) =>
    detectDrift({ lastStageChange, lastActivity, today: TODAY, weeks });

  it('is not stalled on day 83 and is stalled on day 84 (exactly 12 weeks)', () => {
    expect(drift(addDays(TODAY, -83), null)).toEqual({ stalled: false, daysSince: 83, lastMovement: addDays(TODAY, -83) });
    expect(drift(addDays(TODAY, -84), null)).toMatchObject({ stalled: true, daysSince: 84 });
  });

  it('counts from the later of stage change and activity', () => {
    expect(drift(addDays(TODAY, -200), addDays(TODAY, -83))).toMatchObject({ stalled: false, daysSince: 83 });
    expect(drift(addDays(TODAY, -83), addDays(TODAY, -200))).toMatchObject({ stalled: false, daysSince: 83 });
    expect(drift(addDays(TODAY, -200), addDays(TODAY, -84))).toMatchObject({ stalled: true, daysSince: 84 });
  });

  it('a change today is day 0 and future-dated activity cannot hide drift beyond today', () => {
    expect(drift(TODAY, null)).toMatchObject({ stalled: false, daysSince: 0 });
    expect(drift(addDays(TODAY, -300), addDays(TODAY, 5))).toMatchObject({ stalled: false, daysSince: 0, lastMovement: TODAY });
  });

  it('honours the configured number of weeks, including 1 week', () => {
    expect(drift(addDays(TODAY, -6), null, 1).stalled).toBe(false);
    expect(drift(addDays(TODAY, -7), null, 1).stalled).toBe(true);
    expect(drift(addDays(TODAY, -140), null, 20).stalled).toBe(true);
    expect(drift(addDays(TODAY, -139), null, 20).stalled).toBe(false);
  });

  it('across a leap day and a month end the threshold is still 84 days', () => {
    expect(detectDrift({ lastStageChange: '2027-12-07', lastActivity: null, today: '2028-02-29', weeks: 12 })).toMatchObject({
      daysSince: 84,
      stalled: true,
    });
  });

  it('property: stalled exactly when days since the last movement reach 7 × weeks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 104 }), (a, b, w) => {
        const r = drift(addDays(TODAY, -a), addDays(TODAY, -b), w);
        expect(r.daysSince).toBe(Math.min(a, b));
        expect(r.stalled).toBe(Math.min(a, b) >= w * 7);
      }),
    );
  });
});

describe('word counts', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('I ran a well-being session – twice.')).toBe(6);
    expect(countWords('Línea  one\ntwo — 3')).toBe(4);
  });
});

describe('rolling 12-month CPD window', () => {
  it('starts the day after the same date last year', () => {
    expect(cpdWindowStart('2026-11-23')).toBe('2025-11-24');
    expect(cpdWindowStart('2026-01-01')).toBe('2025-01-02');
    expect(cpdWindowStart('2028-02-29')).toBe('2027-03-01');
    expect(cpdWindowStart('2026-03-01')).toBe('2025-03-02');
  });
});

describe('revalidation anniversary', () => {
  it('is the next anniversary on or after today, never the registration day itself', () => {
    expect(nextAnniversary('2021-12-13', TODAY)).toBe('2026-12-13');
    expect(nextAnniversary('2021-11-23', TODAY)).toBe('2026-11-23');
    expect(nextAnniversary('2021-11-22', TODAY)).toBe('2027-11-22');
    expect(nextAnniversary('2026-03-01', TODAY)).toBe('2027-03-01');
    expect(nextAnniversary('2020-02-29', TODAY)).toBe('2027-02-28');
    expect(nextAnniversary('2020-02-29', '2027-12-01')).toBe('2028-02-29');
  });
});

describe('revalidation outstanding', () => {
  it('is done once revalidated within the 90 days before the anniversary', () => {
    expect(revalidationOutstanding(null, '2026-12-13')).toBe(true);
    expect(revalidationOutstanding('2025-12-13', '2026-12-13')).toBe(true);
    expect(revalidationOutstanding('2026-09-13', '2026-12-13')).toBe(true); // 91 days before
    expect(revalidationOutstanding('2026-09-14', '2026-12-13')).toBe(false); // 90 days before
    expect(revalidationOutstanding('2026-11-23', '2026-12-13')).toBe(false);
  });
});

describe('revalidation readiness', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  const statement = { personal: words(80), organisational: words(80), wider: words(90) };

  it('is ready at exactly 20 hours and 250 words, covering all three prompts', () => {
    expect(revalidationReadiness(20, statement)).toMatchObject({ words: 250, ready: true });
    expect(revalidationReadiness(19.75, statement)).toMatchObject({ hoursMet: false, ready: false });
    expect(revalidationReadiness(20, { ...statement, wider: words(91) })).toMatchObject({ words: 251, wordsMet: false, ready: false });
    expect(revalidationReadiness(40, { ...statement, wider: '' })).toMatchObject({ promptsAnswered: false, ready: false });
  });
});

describe('hours and stages', () => {
  it('accepts quarter hours from 0.25 to 24 and nothing else', () => {
    expect(cpdHours.safeParse(0.25).success).toBe(true);
    expect(cpdHours.safeParse(24).success).toBe(true);
    for (const bad of [0, -1, 0.1, 24.25, 100]) expect(cpdHours.safeParse(bad).success).toBe(false);
  });

  it('asks for supporting statements only at Fellowship', () => {
    expect(criteriaFor('fellowship')).toContain('supporting');
    expect(criteriaFor('chartership')).not.toContain('supporting');
    expect(criteriaFor('certification')).toHaveLength(4);
  });

  it('orders the three outcomes as one final step', () => {
    expect(stageOrder('awarded')).toBe(stageOrder('not_awarded'));
    expect(stageOrder('further_information_requested')).toBeGreaterThan(stageOrder('assessment'));
    expect(nextStage('gathering_evidence')).toBe('portfolio_assembly');
    expect(nextStage('assessment')).toBe('awarded');
    expect(nextStage('awarded')).toBeNull();
  });
});
