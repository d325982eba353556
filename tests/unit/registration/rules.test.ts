import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { CRITERIA, criteriaFor, nextStage, routesFor, skippedStages, stageOrder } from '../../../shared/domains/registration';
import { cpdFields, cpdHours } from '../../../shared/domains/registration-cpd';
import { evidenceVolumeHint, portfolioItemsFor } from '../../../shared/domains/registration-portfolio';
import {
  cpdWindowStart,
  detectDrift,
  missedRevalidation,
  nextAnniversary,
  nextRevalidationDue,
  revalidationOutstanding,
  revalidationReadiness,
} from '../../../shared/domains/registration-rules';
import { countWords } from '../../../shared/word-count';

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
  // As a word processor counts (CILIP applies its limits that way); more cases in tests/unit/word-count.test.ts.
  it('counts every run of non-space characters, spaced dashes included', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('I ran a well-being session – twice.')).toBe(7);
    expect(countWords('Línea  one\ntwo — 3')).toBe(5);
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

describe('next revalidation due (one source for every screen)', () => {
  // Registered 20/12/2020; today 30/11/2026, anniversary in 20 days.
  it('moves on to the following anniversary once a revalidation covers the coming one', () => {
    expect(nextRevalidationDue('2020-12-20', '2025-12-01', '2026-11-30')).toBe('2026-12-20');
    expect(nextRevalidationDue('2020-12-20', '2026-11-30', '2026-11-30')).toBe('2027-12-20');
    expect(nextRevalidationDue('2020-12-20', '2026-09-21', '2026-11-30')).toBe('2027-12-20'); // 90 days before
    expect(nextRevalidationDue('2020-12-20', '2026-09-20', '2026-11-30')).toBe('2026-12-20'); // 91 days before: too early
    expect(nextRevalidationDue('2020-12-20', null, '2026-11-30')).toBe('2026-12-20');
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

  it('is ready at exactly 20 hours and 250 words', () => {
    expect(revalidationReadiness(20, statement)).toMatchObject({ words: 250, ready: true });
    expect(revalidationReadiness(19.75, statement)).toMatchObject({ hoursMet: false, ready: false });
    expect(revalidationReadiness(20, { ...statement, wider: words(91) })).toMatchObject({ words: 251, wordsMet: false, ready: false });
    expect(revalidationReadiness(20, { personal: '', organisational: '', wider: '' })).toMatchObject({ wordsMet: false, ready: false });
  });

  it('treats the three reflective prompts as advice, not a gate for "ready"', () => {
    expect(revalidationReadiness(40, { ...statement, wider: '' })).toMatchObject({ promptsAnswered: false, ready: true });
    expect(revalidationReadiness(20, { personal: words(120), organisational: '', wider: '' })).toMatchObject({ promptsAnswered: false, ready: true });
    // A dash or a bullet typed as a placeholder is counted as a word but does not answer the prompt.
    expect(revalidationReadiness(20, { ...statement, wider: ' – ' })).toMatchObject({ promptsAnswered: false });
    expect(revalidationReadiness(20, { ...statement, organisational: '• …' })).toMatchObject({ promptsAnswered: false });
    expect(revalidationReadiness(20, { ...statement, wider: 'Gwnes i 3' })).toMatchObject({ promptsAnswered: true });
  });
});

describe('hours and stages', () => {
  it('accepts quarter hours from 0.25 to 24 and nothing else', () => {
    expect(cpdHours.safeParse(0.25).success).toBe(true);
    expect(cpdHours.safeParse(24).success).toBe(true);
    for (const bad of [0, -1, 0.1, 24.25, 100]) expect(cpdHours.safeParse(bad).success).toBe(false);
  });

  it('a CPD entry needs a title; the reflection may stay empty', () => {
    const entry = { date: '2026-11-01', activityType: 'reading', hours: 1, title: 'Article on shelving', reflection: '', sections: [] };
    expect(cpdFields.safeParse(entry).success).toBe(true);
    const blank = cpdFields.safeParse({ ...entry, title: '   ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]).toMatchObject({ path: ['title'], message: 'is required' });
  });
});

describe('CILIP criteria and portfolio (CILIP registration handbooks)', () => {
  it('assesses every level against the same three criteria: reflection and letters of support are not criteria', () => {
    expect(CRITERIA).toEqual(['personal', 'organisational', 'wider']);
    for (const level of ['certification', 'chartership', 'fellowship'] as const) expect(criteriaFor(level)).toEqual(CRITERIA);
  });

  it('lists each level\'s portfolio documents: Mentor Completion form for Certification and Chartership, two letters of support for Fellowship', () => {
    const common = ['pksb_initial', 'pksb_final', 'annotated_cv', 'annotated_job_description', 'organisational_context', 'evaluative_statement', 'evidence_mapped'];
    expect(portfolioItemsFor('certification')).toEqual([...common.slice(0, 5), 'mentor_completion_form', ...common.slice(5)]);
    expect(portfolioItemsFor('chartership')).toEqual(portfolioItemsFor('certification'));
    expect(portfolioItemsFor('fellowship')).toEqual([...common, 'letter_of_support_mentor', 'letter_of_support_second']);
  });

  it('hints softly on evidence volume while the portfolio is built (12–15 is advice, CILIP sets no number)', () => {
    expect(evidenceVolumeHint(2, 'gathering_evidence')).toMatch(/^2 evidence items so far\. CILIP sets no fixed number; 12–15/);
    expect(evidenceVolumeHint(1, 'portfolio_assembly')).toMatch(/^1 evidence item so far/);
    expect(evidenceVolumeHint(12, 'portfolio_assembly')).toBeNull();
    expect(evidenceVolumeHint(15, 'portfolio_assembly')).toBeNull();
    expect(evidenceVolumeHint(16, 'portfolio_assembly')).toMatch(/well-chosen/);
    expect(evidenceVolumeHint(0, 'enrolled')).toBeNull();
    expect(evidenceVolumeHint(0, 'submitted')).toBeNull();
  });

  it('offers the Knowledge Management route at Chartership only', () => {
    expect(routesFor('chartership')).toEqual(['main', 'knowledge_management']);
    expect(routesFor('certification')).toEqual(['main']);
    expect(routesFor('fellowship')).toEqual(['main']);
  });

  it('names the stages a forward move would skip', () => {
    expect(skippedStages('gathering_evidence', 'submitted')).toEqual(['portfolio_assembly']);
    expect(skippedStages('gathering_evidence', 'portfolio_assembly')).toEqual([]);
    expect(skippedStages('gathering_evidence', 'awarded')).toEqual(['portfolio_assembly', 'submitted', 'assessment']);
    expect(skippedStages('assessment', 'not_awarded')).toEqual([]);
    expect(skippedStages('further_information_requested', 'portfolio_assembly')).toEqual([]);
  });

  it('orders the three outcomes as one final step', () => {
    expect(stageOrder('awarded')).toBe(stageOrder('not_awarded'));
    expect(stageOrder('further_information_requested')).toBeGreaterThan(stageOrder('assessment'));
    expect(nextStage('gathering_evidence')).toBe('portfolio_assembly');
    expect(nextStage('assessment')).toBe('awarded');
    expect(nextStage('awarded')).toBeNull();
  });
});

describe('a missed revalidation', () => {
  it('is the last anniversary that went by uncovered; none in the first year; 29 February falls on the 28th', () => {
    expect(missedRevalidation('2020-06-01', '2025-06-15', '2026-11-30')).toBe('2026-06-01');
    expect(missedRevalidation('2020-06-01', null, '2026-11-30')).toBe('2026-06-01');
    // Revalidated early, inside the 90 days before the anniversary, or on the day: covered.
    expect(missedRevalidation('2020-06-01', '2026-03-10', '2026-11-30')).toBeNull();
    expect(missedRevalidation('2020-06-01', '2026-06-01', '2026-11-30')).toBeNull();
    // The anniversary today is due, not missed; registered this year, nothing is due yet.
    expect(missedRevalidation('2020-11-30', '2025-11-30', '2026-11-30')).toBeNull();
    expect(missedRevalidation('2026-06-01', null, '2026-11-30')).toBeNull();
    expect(missedRevalidation('2020-02-29', '2025-03-01', '2026-11-30')).toBe('2026-02-28');
    expect(missedRevalidation('2020-02-29', '2026-02-28', '2026-11-30')).toBeNull();
  });
});
