import { z } from 'zod';
import { addDays, daysBetween } from '../dates';
import { isoDate } from './common';

/**
 * England's off-the-job (OTJ) training rules for apprentices, as data with effective dates.
 * The rule that applies follows the apprenticeship's start date. When the rules change again,
 * add an entry here (of an existing `kind`); only a new way of calculating needs new code.
 * Sources are named in docs/agreements.md.
 */
export const otjRuleSet = z.discriminatedUnion('kind', [
  z.object({
    id: z.string(),
    name: z.string(),
    startsFrom: isoDate,
    startsUntil: isoDate.nullable(),
    /** Average weekly hours over the planned duration, less statutory leave; pro rata below the full-time threshold. */
    kind: z.literal('weekly_less_leave'),
    weeklyHours: z.number(),
    fullTimeHours: z.number(),
    leaveWeeksPerYear: z.number(),
    source: z.string(),
  }),
  z.object({
    id: z.string(),
    name: z.string(),
    startsFrom: isoDate,
    startsUntil: isoDate.nullable(),
    /** A minimum published per apprenticeship standard, never below a floor; the training lasts at least a minimum duration. */
    kind: z.literal('standard_minimum'),
    floorHours: z.number(),
    minDurationMonths: z.number(),
    source: z.string(),
  }),
]);
export type OtjRuleSet = z.infer<typeof otjRuleSet>;

export const OTJ_RULE_SETS: readonly OtjRuleSet[] = [
  {
    id: 'england-2022',
    name: 'England, apprenticeships starting 1 August 2022 to 31 July 2025',
    startsFrom: '2022-08-01',
    startsUntil: '2025-07-31',
    kind: 'weekly_less_leave',
    weeklyHours: 6,
    fullTimeHours: 30,
    leaveWeeksPerYear: 5.6,
    source: 'DfE, Apprenticeship funding rules 2022 to 2023 (and later years for these starts); DfE, Apprenticeship off-the-job training: policy background and examples',
  },
  {
    id: 'england-2025',
    name: 'England, apprenticeships starting from 1 August 2025',
    startsFrom: '2025-08-01',
    startsUntil: null,
    kind: 'standard_minimum',
    floorHours: 187,
    minDurationMonths: 8,
    source: 'DfE, Apprenticeship funding rules 2025 to 2026; the off-the-job minimum published for each apprenticeship standard',
  },
];

/** The rule set in force for an apprenticeship that starts on `startDate`, or null when the app holds none. */
export function otjRuleFor(startDate: string, rules: readonly OtjRuleSet[] = OTJ_RULE_SETS): OtjRuleSet | null {
  return rules.find((r) => startDate >= r.startsFrom && (r.startsUntil === null || startDate <= r.startsUntil)) ?? null;
}

export interface OtjPeriod {
  startDate: string;
  /** Planned end date of the agreement. */
  endDate: string;
  /** Gateway (end of the practical period): off-the-job training ends here. Null means the end date. */
  gatewayDate: string | null;
  hoursPerWeek: number;
  /** The minimum published for the apprenticeship standard (rules from August 2025). */
  standardMinimumHours: number | null;
}

export const otjPlan = z.object({
  ruleId: z.string().nullable(),
  ruleName: z.string(),
  /** Minimum off-the-job hours over the whole practical period (null when it cannot be worked out yet). */
  totalHours: z.number().nullable(),
  trainingEnds: isoDate,
  plannedWeeks: z.number(),
  /** How the total was worked out, line by line, as shown on screen and in the exported agreement. */
  workings: z.array(z.string()),
  /** What stops the rule being met as planned (e.g. too short, no minimum entered). */
  problems: z.array(z.string()),
});
export type OtjPlan = z.infer<typeof otjPlan>;

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => String(round1(n));

/** Inclusive days from start to the end of training (gateway, or the end date). */
const trainingDays = (p: OtjPeriod) => Math.max(0, daysBetween(p.startDate, p.gatewayDate ?? p.endDate) + 1);

/** Whole calendar months from `from` to `to` (an 8-month apprenticeship from 1 Jan ends on or after 31 Aug). */
function monthsCovered(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = addDays(to, 1).split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The minimum off-the-job hours for an apprenticeship, and how they were worked out under the rule its start date selects. */
export function planOtj(p: OtjPeriod, rules: readonly OtjRuleSet[] = OTJ_RULE_SETS): OtjPlan {
  const rule = otjRuleFor(p.startDate, rules);
  const trainingEnds = p.gatewayDate ?? p.endDate;
  const days = trainingDays(p);
  const base = { trainingEnds, plannedWeeks: round1(days / 7) };
  if (!rule) {
    return {
      ...base,
      ruleId: null,
      ruleName: 'No off-the-job rule held for this start date',
      totalHours: null,
      workings: [],
      problems: ['The app holds the rules for starts from 1 August 2022: check the funding rules in force when this apprenticeship started.'],
    };
  }
  if (rule.kind === 'weekly_less_leave') {
    const weeks = Math.floor(days / 7);
    const leave = round1((rule.leaveWeeksPerYear * weeks) / 52);
    const partTime = p.hoursPerWeek < rule.fullTimeHours;
    const weekly = partTime ? (rule.weeklyHours * Math.max(0, p.hoursPerWeek)) / rule.fullTimeHours : rule.weeklyHours;
    const total = Math.round((weeks - leave) * weekly);
    return {
      ...base,
      plannedWeeks: weeks,
      ruleId: rule.id,
      ruleName: rule.name,
      totalHours: total,
      workings: [
        `Planned duration to ${p.gatewayDate ? 'gateway' : 'the end date'}: ${weeks} weeks.`,
        `Less statutory annual leave (${rule.leaveWeeksPerYear} weeks a year, pro rata): ${fmt(leave)} weeks, leaving ${fmt(weeks - leave)} weeks.`,
        partTime
          ? `Part-time (${fmt(p.hoursPerWeek)} hours a week, under ${rule.fullTimeHours}): ${rule.weeklyHours} × ${fmt(p.hoursPerWeek)} ÷ ${rule.fullTimeHours} = ${fmt(weekly)} hours a week.`
          : `Full-time (${fmt(p.hoursPerWeek)} hours a week): ${rule.weeklyHours} hours a week on average.`,
        `${fmt(weeks - leave)} weeks × ${fmt(weekly)} hours = ${total} hours of off-the-job training.`,
      ],
      problems: [],
    };
  }
  const problems: string[] = [];
  const months = monthsCovered(p.startDate, trainingEnds);
  if (months < rule.minDurationMonths) {
    problems.push(`The practical period is ${months} months: apprenticeships starting under this rule last at least ${rule.minDurationMonths} months.`);
  }
  const entered = p.standardMinimumHours;
  if (entered === null) problems.push("Enter the off-the-job minimum published for the apprenticeship standard.");
  else if (entered < rule.floorHours) problems.push(`The standard's minimum cannot be below ${rule.floorHours} hours.`);
  const total = entered === null ? null : Math.max(entered, rule.floorHours);
  const perWeek = total === null || days < 7 ? null : total / (days / 7);
  return {
    ...base,
    ruleId: rule.id,
    ruleName: rule.name,
    totalHours: total,
    workings: [
      entered === null
        ? `Minimum set for the apprenticeship standard: not entered yet (never below ${rule.floorHours} hours).`
        : `Minimum set for the apprenticeship standard: ${entered} hours (never below ${rule.floorHours} hours).`,
      `Practical period to ${p.gatewayDate ? 'gateway' : 'the end date'}: ${months} months (at least ${rule.minDurationMonths}).`,
      ...(perWeek === null
        ? []
        : [`Pacing advice, not the requirement: about ${fmt(perWeek)} hours a week spread evenly over ${fmt(days / 7)} weeks.`]),
    ],
    problems,
  };
}

export const otjProgress = z.object({
  ruleName: z.string(),
  loggedHours: z.number(),
  requiredToDate: z.number(),
  requiredTotal: z.number().nullable(),
  status: z.enum(['on_track', 'behind', 'not_started', 'unknown']),
  shortfall: z.number(),
  /** Whole weeks of training completed before today: the week in progress is not counted. */
  completedWeeks: z.number().int(),
});
export type OtjProgress = z.infer<typeof otjProgress>;

/**
 * Progress against even pacing of the total through the weeks completed so far. The week in
 * progress is never counted, so an apprentice who trains on Friday is not "Behind" on Monday.
 */
export function progressOf(plan: OtjPlan, p: OtjPeriod, loggedHours: number, asOf: string): OtjProgress {
  const logged = round1(loggedHours);
  const days = trainingDays(p);
  const elapsed = Math.min(days, Math.max(0, daysBetween(p.startDate, asOf)));
  const completedWeeks = Math.floor(elapsed / 7);
  const finished = asOf > plan.trainingEnds;
  const base = { ruleName: plan.ruleName, loggedHours: logged, completedWeeks, requiredTotal: plan.totalHours };
  if (asOf < p.startDate) return { ...base, requiredToDate: 0, status: 'not_started', shortfall: 0 };
  if (plan.totalHours === null || days === 0) return { ...base, requiredToDate: 0, status: 'unknown', shortfall: 0 };
  const share = finished ? 1 : Math.min(1, (completedWeeks * 7) / days);
  const toDate = round1(plan.totalHours * share);
  return { ...base, requiredToDate: toDate, status: logged >= toDate ? 'on_track' : 'behind', shortfall: round1(Math.max(0, toDate - logged)) };
}

export const OTJ_STATUS_LABELS: Record<OtjProgress['status'], string> = {
  on_track: 'On track',
  behind: 'Behind',
  not_started: 'Not started',
  unknown: 'Minimum not set',
};

/** Months that the practical period touches for less than a week (it starts on the 30th, say) are not judged. */
const MIN_DAYS_IN_MONTH = 7;

/**
 * Calendar months of the practical period, up to the last one that has ended by `asOf`,
 * with no off-the-job activity recorded ("YYYY-MM"). The guidance expects some every month.
 */
export function monthsWithoutOtj(p: OtjPeriod, monthsWithActivity: ReadonlySet<string>, asOf: string): string[] {
  const end = p.gatewayDate ?? p.endDate;
  const currentMonth = asOf.slice(0, 7);
  const missing: string[] = [];
  let [y, m] = p.startDate.slice(0, 7).split('-').map(Number) as [number, number];
  for (let i = 0; i < 240; i += 1) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month >= currentMonth || month > end.slice(0, 7)) break;
    const first = `${month}-01`;
    const last = addDays(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, -1);
    const from = p.startDate > first ? p.startDate : first;
    const to = end < last ? end : last;
    const covered = daysBetween(from, to) + 1;
    if (covered >= MIN_DAYS_IN_MONTH && !monthsWithActivity.has(month)) missing.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return missing;
}
