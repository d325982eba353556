import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { addDays, daysBetween, isIsoDate } from '../../../../shared/dates';
import type { DeadlineReminder } from '../../../../shared/domains/recognition-external';
import type { ClosingCycle } from '../../../../shared/domains/recognition-reports';
import { createExternalAwardsRepo } from './external-repo';
import { createRecognitionReportsRepo } from './reports-repo';

const recognitionrtsRepoOf = perConnection(createRecognitionReportsRepo);

const externalAwardsRepoOf = perConnection(createExternalAwardsRepo);

const levelOf = (daysLeft: number): 7 | 30 => (daysLeft <= 7 ? 7 : 30);

/** The next date on or after `today` that falls on a month-day like `03-31`, or null when it is not a real date. */
export function nextMonthDay(monthDay: string, today: string): string | null {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const date = `${y}-${monthDay}`;
    if (isIsoDate(date) && date >= today) return date;
  }
  return null;
}

/**
 * External award deadlines within `withinDays` of `today`: recorded nominations still
 * being prepared, plus catalogue windows closing with nothing recorded for that year.
 * For the recognition overview and the home dashboard (30- and 7-day reminders).
 */
/** A planned external nomination as a reminder: one shape for those coming up and those overdue. */
const nominationReminder = (
  n: { id: number; awardId: number; awardName: string; memberName: string | null; deadline: string },
  daysLeft: number,
  level: DeadlineReminder['level'],
  note: string,
): DeadlineReminder => ({
  kind: 'nomination',
  awardId: n.awardId,
  awardName: n.awardName,
  nominationId: n.id,
  memberName: n.memberName,
  deadline: n.deadline,
  daysLeft,
  level,
  note,
});

export function externalAwardDeadlines(db: Database.Database, today: string, withinDays = 30): DeadlineReminder[] {
  const repo = externalAwardsRepoOf(db);
  const until = addDays(today, withinDays);
  const reminders: DeadlineReminder[] = repo.dueNominations(today, until).map((n) => {
    const daysLeft = daysBetween(today, n.deadline);
    return nominationReminder(n, daysLeft, levelOf(daysLeft), '');
  });
  for (const award of repo.awardsWithWindow()) {
    const closes = nextMonthDay(award.windowCloses, today);
    if (!closes || closes > until || repo.hasNominationForYear(award.id, Number(closes.slice(0, 4)))) continue;
    const daysLeft = daysBetween(today, closes);
    reminders.push({
      kind: 'usual_window',
      awardId: award.id,
      awardName: award.name,
      nominationId: null,
      memberName: null,
      deadline: closes,
      daysLeft,
      level: levelOf(daysLeft),
      note: award.everyYears > 1 ? `Runs every ${award.everyYears} years: check that a round is open this year.` : '',
    });
  }
  return reminders.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.awardName.localeCompare(b.awardName));
}

/**
 * Planned external nominations whose deadline has passed (negative `daysLeft`): never silently dropped, they stay
 * on the Recognition reminders until recorded as submitted or withdrawn.
 */
export function overdueAwardNominations(db: Database.Database, today: string): DeadlineReminder[] {
  return externalAwardsRepoOf(db)
    .overdueNominations(today)
    .map((n) => nominationReminder(n, daysBetween(today, n.deadline), 7, 'Still marked Planned: record it as submitted, or as withdrawn.'));
}

/** Open cycles whose period ends within `days` of `today` (or has already ended and still needs closing). */
export function cyclesClosingSoon(db: Database.Database, today: string, days = 7): ClosingCycle[] {
  return recognitionrtsRepoOf(db)
    .closingBy(addDays(today, days))
    .map((r) => ({
      cycleId: r.cycle_id,
      schemeName: r.scheme_name,
      label: r.label,
      periodEnd: r.period_end,
      daysLeft: daysBetween(today, r.period_end),
      nominationCount: r.nomination_count,
    }));
}
