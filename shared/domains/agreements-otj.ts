import { daysBetween } from '../dates';
import type { OtjProgress, OtjRule } from './agreements';

export interface OtjPeriod {
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Weekly off-the-job hours the rule asks for: the full amount at or above the
 * full-time threshold (30 h under the August 2022 rules), pro rata below it.
 */
export function weeklyOtjHours(rule: Extract<OtjRule, { mode: 'weekly' }>, hoursPerWeek: number): number {
  if (hoursPerWeek >= rule.fullTimeHours) return rule.hoursPerWeek;
  return (rule.hoursPerWeek * Math.max(0, hoursPerWeek)) / rule.fullTimeHours;
}

/** Off-the-job hours required by `asOf` (completed weeks, or an even share of a total) and over the whole agreement. */
export function requiredOtjHours(rule: OtjRule, period: OtjPeriod, asOf: string): { toDate: number; total: number } {
  const totalDays = Math.max(0, daysBetween(period.startDate, period.endDate) + 1);
  const until = asOf > period.endDate ? period.endDate : asOf;
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(period.startDate, until) + 1));
  if (rule.mode === 'total') {
    if (totalDays === 0) return { toDate: 0, total: rule.totalHours };
    return { toDate: round1((rule.totalHours * elapsedDays) / totalDays), total: rule.totalHours };
  }
  const weekly = weeklyOtjHours(rule, period.hoursPerWeek);
  return { toDate: round1(Math.floor(elapsedDays / 7) * weekly), total: round1(Math.floor(totalDays / 7) * weekly) };
}

/** On track when the hours logged so far meet what is required by today. */
export function otjProgress(rule: OtjRule, period: OtjPeriod, loggedHours: number, asOf: string): OtjProgress {
  const { toDate, total } = requiredOtjHours(rule, period, asOf);
  const logged = round1(loggedHours);
  const status = asOf < period.startDate ? 'not_started' : logged >= toDate ? 'on_track' : 'behind';
  return { loggedHours: logged, requiredToDate: toDate, requiredTotal: total, status, shortfall: round1(Math.max(0, toDate - logged)) };
}

export const OTJ_STATUS_LABELS: Record<OtjProgress['status'], string> = {
  on_track: 'On track',
  behind: 'Behind',
  not_started: 'Not started',
};
