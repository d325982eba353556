import { describe, expect, it } from 'vitest';
import { DEFAULT_OTJ_RULE } from '../../../shared/domains/agreements';
import { otjProgress, requiredOtjHours, weeklyOtjHours } from '../../../shared/domains/agreements-otj';

const period = { startDate: '2026-01-05', endDate: '2027-07-04', hoursPerWeek: 37.5 };

describe('off-the-job weekly rule (England, August 2022)', () => {
  it('asks 6 h a week at 30 h or more, and pro rata below', () => {
    expect(weeklyOtjHours(DEFAULT_OTJ_RULE, 37.5)).toBe(6);
    expect(weeklyOtjHours(DEFAULT_OTJ_RULE, 30)).toBe(6);
    expect(weeklyOtjHours(DEFAULT_OTJ_RULE, 15)).toBe(3);
    expect(weeklyOtjHours(DEFAULT_OTJ_RULE, 0)).toBe(0);
  });

  it('counts only completed weeks: day 6 needs nothing, day 7 needs one week', () => {
    expect(requiredOtjHours(DEFAULT_OTJ_RULE, period, '2026-01-10').toDate).toBe(0);
    expect(requiredOtjHours(DEFAULT_OTJ_RULE, period, '2026-01-11').toDate).toBe(6);
    expect(requiredOtjHours(DEFAULT_OTJ_RULE, { ...period, hoursPerWeek: 22.5 }, '2026-01-11').toDate).toBe(4.5);
  });

  it('stops counting at the end date and gives the whole-agreement total', () => {
    const after = requiredOtjHours(DEFAULT_OTJ_RULE, period, '2030-01-01');
    expect(after.toDate).toBe(after.total);
    expect(after.total).toBe(78 * 6);
  });

  it('spreads a total for the standard evenly over the agreement', () => {
    const rule = { mode: 'total' as const, totalHours: 278 };
    const p = { startDate: '2026-01-01', endDate: '2026-12-31', hoursPerWeek: 37.5 };
    expect(requiredOtjHours(rule, p, '2025-12-01').toDate).toBe(0);
    expect(requiredOtjHours(rule, p, '2026-07-02').toDate).toBe(139.4); // 183 of 365 days
    expect(requiredOtjHours(rule, p, '2026-12-31')).toEqual({ toDate: 278, total: 278 });
  });

  it('is on track when logged hours meet the requirement to date, behind otherwise, not started before the start', () => {
    expect(otjProgress(DEFAULT_OTJ_RULE, period, 12, '2026-01-18')).toMatchObject({ status: 'on_track', shortfall: 0 });
    expect(otjProgress(DEFAULT_OTJ_RULE, period, 11.5, '2026-01-18')).toMatchObject({ status: 'behind', shortfall: 0.5 });
    expect(otjProgress(DEFAULT_OTJ_RULE, period, 0, '2025-12-01').status).toBe('not_started');
  });
});
