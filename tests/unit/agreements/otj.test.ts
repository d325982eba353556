import { describe, expect, it } from 'vitest';
import { monthsWithoutOtj, OTJ_RULE_SETS, otjRuleFor, planOtj, progressOf, type OtjPeriod, type OtjRuleSet } from '../../../shared/domains/agreements-otj';

/** A full-time apprenticeship under the August 2022 rules. */
const y2023: OtjPeriod = { startDate: '2023-09-04', endDate: '2024-09-02', gatewayDate: null, hoursPerWeek: 37, standardMinimumHours: null };

describe('which off-the-job rule applies follows the start date', () => {
  it('picks the August 2022 rule up to 31 July 2025 and the standard-minimum rule from 1 August 2025', () => {
    expect(otjRuleFor('2022-08-01')?.id).toBe('england-2022');
    expect(otjRuleFor('2025-07-31')?.id).toBe('england-2022');
    expect(otjRuleFor('2025-08-01')?.id).toBe('england-2025');
    expect(otjRuleFor('2022-07-31')).toBeNull();
  });

  it('the next change is a new entry, not new code', () => {
    const next: OtjRuleSet = { ...(OTJ_RULE_SETS[1] as Extract<OtjRuleSet, { kind: 'standard_minimum' }>), id: 'england-2027', name: 'From 2027', startsFrom: '2027-08-01', floorHours: 200 };
    const rules = [{ ...OTJ_RULE_SETS[1]!, startsUntil: '2027-07-31' }, next];
    const plan = planOtj({ startDate: '2027-09-01', endDate: '2028-08-31', gatewayDate: null, hoursPerWeek: 37, standardMinimumHours: 190 }, rules);
    expect(plan).toMatchObject({ ruleId: 'england-2027', totalHours: 200 });
  });
});

describe('starts 1 August 2022 to 31 July 2025: 6 hours a week less statutory leave (DfE worked example)', () => {
  it('a 12-month full-time apprenticeship needs about 278 hours, not 312', () => {
    const plan = planOtj(y2023);
    expect(plan.ruleName).toMatch(/1 August 2022 to 31 July 2025/);
    expect(plan.plannedWeeks).toBe(52);
    expect(plan.totalHours).toBe(278); // (52 − 5.6) × 6 = 278.4
    expect(plan.workings.join(' ')).toMatch(/5\.6 weeks.*46\.4 weeks.*278 hours/);
  });

  it('is pro rata for part-time apprentices under 30 hours a week (25 hours: 5 hours a week)', () => {
    expect(planOtj({ ...y2023, hoursPerWeek: 25 }).totalHours).toBe(232); // 46.4 × 5
    expect(planOtj({ ...y2023, hoursPerWeek: 30 }).totalHours).toBe(278);
  });

  it('ends at gateway: the weeks after gateway (end-point assessment) are not counted', () => {
    // 18 months to the end date, but gateway after 12 months.
    const long = { ...y2023, endDate: '2025-03-02' };
    expect(planOtj(long).totalHours).toBe(418); // 78 weeks: (78 − 8.4) × 6 = 417.6, to the nearest hour
    expect(planOtj({ ...long, gatewayDate: '2024-09-02' }).totalHours).toBe(278);
  });
});

describe('starts from 1 August 2025: the minimum set for the standard', () => {
  const p: OtjPeriod = { startDate: '2025-09-01', endDate: '2026-08-31', gatewayDate: null, hoursPerWeek: 37, standardMinimumHours: 250 };

  it('uses the minimum the manager enters for the standard, not weekly hours', () => {
    const plan = planOtj(p);
    expect(plan).toMatchObject({ ruleId: 'england-2025', totalHours: 250, problems: [] });
    expect(planOtj({ ...p, hoursPerWeek: 20 }).totalHours).toBe(250);
    expect(plan.workings.join(' ')).toMatch(/Pacing advice, not the requirement/);
  });

  it('never goes below 187 hours, and says so', () => {
    const plan = planOtj({ ...p, standardMinimumHours: 150 });
    expect(plan.totalHours).toBe(187);
    expect(plan.problems.join(' ')).toMatch(/cannot be below 187 hours/);
  });

  it('asks for the minimum when none is entered, and for at least 8 months of training', () => {
    expect(planOtj({ ...p, standardMinimumHours: null })).toMatchObject({ totalHours: null });
    expect(planOtj({ ...p, standardMinimumHours: null }).problems.join(' ')).toMatch(/Enter the off-the-job minimum/);
    // 1 September to 30 April is 8 whole months; to 31 March, 7.
    expect(planOtj({ ...p, endDate: '2026-04-30' }).problems).toEqual([]);
    const short = planOtj({ ...p, endDate: '2026-03-31' });
    expect(short.problems).toEqual([expect.stringMatching(/7 months.*at least 8 months/)]);
  });
});

describe('progress is judged against pacing to date', () => {
  // Starts Monday 4 September 2023; 278 hours over 52 weeks is about 5.35 hours a completed week.
  const plan = planOtj(y2023);

  it('does not count the week in progress: an apprentice who trained every completed week is on track mid-week', () => {
    // Wednesday of week 3: two weeks completed.
    const midWeek = progressOf(plan, y2023, 12, '2023-09-20');
    expect(midWeek).toMatchObject({ completedWeeks: 2, status: 'on_track' });
    expect(midWeek.requiredToDate).toBe(10.7); // 278 × 14/366 days
    // Sunday of week 1 is still in progress; the next Monday completes it.
    expect(progressOf(plan, y2023, 0, '2023-09-10')).toMatchObject({ completedWeeks: 0, requiredToDate: 0, status: 'on_track' });
    expect(progressOf(plan, y2023, 0, '2023-09-11').status).toBe('behind');
  });

  it('a compliant apprentice who logged 6 hours a week, less leave, is not shown as Behind', () => {
    // 26 completed weeks, 2.8 of them leave: 23.2 weeks × 6 hours.
    expect(progressOf(plan, y2023, 139.2, '2024-03-04').status).toBe('on_track');
  });

  it('says when the minimum is not set yet instead of guessing', () => {
    const p = { ...y2023, startDate: '2025-09-01', endDate: '2026-08-31' };
    expect(progressOf(planOtj(p), p, 10, '2025-10-01')).toMatchObject({ status: 'unknown', requiredTotal: null });
    expect(progressOf(plan, y2023, 0, '2023-08-01').status).toBe('not_started');
  });
});

describe('a calendar month without off-the-job activity', () => {
  it('lists ended months of the practical period with nothing recorded, never the month in progress', () => {
    const months = new Set(['2023-09', '2023-11']);
    expect(monthsWithoutOtj(y2023, months, '2024-01-15')).toEqual(['2023-10', '2023-12']);
    expect(monthsWithoutOtj(y2023, new Set(['2023-09']), '2023-09-30')).toEqual([]);
    // Nothing after gateway.
    expect(monthsWithoutOtj({ ...y2023, gatewayDate: '2023-10-31' }, months, '2024-06-01')).toEqual(['2023-10']);
    // A month the apprenticeship only touches for a day or two (starting on 30 June) is not judged.
    expect(monthsWithoutOtj({ ...y2023, startDate: '2023-06-30' }, new Set(['2023-07', '2023-08', '2023-09']), '2023-10-02')).toEqual([]);
    expect(monthsWithoutOtj({ ...y2023, startDate: '2023-06-20' }, new Set(['2023-07', '2023-08', '2023-09']), '2023-10-02')).toEqual(['2023-06']);
  });
});
