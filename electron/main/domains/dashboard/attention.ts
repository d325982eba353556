import type Database from 'better-sqlite3';
import { daysBetween, formatUkDate } from '../../../../shared/dates';
import type { AttentionItem } from '../../../../shared/domains/dashboard';
import { plural } from '../../../../shared/plural';
import { overdueOrUpcomingReviews } from '../agreements/agenda';
import { agreementsAttention } from '../agreements/attention';
import { countOneToOnesThisWeek, oneToOnesThisWeek } from '../one-to-ones/dashboard';
import { cyclesClosingSoon, externalAwardDeadlines, overdueAwardNominations } from '../recognition/deadlines';
import { privacyAttention } from '../privacy/attention';
import { registrationRecords, revalidationsDue, revalidationsMissed, stalledJourneys } from '../registration/views';
import { brokenCoverageRules } from '../skills/coverage';

const LEVEL_NAMES: Record<string, string> = { certification: 'Certification', chartership: 'Chartership', fellowship: 'Fellowship' };
const levelName = (level: string) => LEVEL_NAMES[level] ?? level;
const inDays = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : days < 0 ? `${plural(-days, 'day')} ago` : `in ${plural(days, 'day')}`);
/** A team of 2,000 has hundreds of meetings a week: list the first few, then one line for the rest. */
const MEETINGS_LISTED = 10;

/**
 * Everything that needs the manager's attention, gathered from each feature's
 * own queries and ranked: most urgent first, then soonest.
 */
export function collectAttention(db: Database.Database, today: string): AttentionItem[] {
  const items: AttentionItem[] = [];

  for (const j of stalledJourneys(db, today)) {
    items.push({
      key: `registration:stalled:${j.id}:${j.stageChangedOn}`,
      kind: 'stalled-registration',
      title: `${j.memberName}: ${levelName(j.level)} has stalled`,
      detail: `No stage change or logged activity for ${plural(Math.floor(j.drift.daysSince / 7), 'week')}. Talk it through at the next one-to-one.`,
      link: `/registration/journeys/${j.id}`,
      urgency: 2,
      dueOn: null,
    });
  }

  for (const r of overdueOrUpcomingReviews(db, today, 14)) {
    const days = daysBetween(today, r.dueOn);
    items.push({
      key: `agreements:review:${r.reviewId}:${r.overdue ? 'overdue' : 'due'}`,
      kind: 'trainee-review',
      title: r.overdue ? `${r.memberName}: progress review overdue` : `${r.memberName}: progress review due`,
      detail: `Review due ${formatUkDate(r.dueOn)} (${inDays(days)}).`,
      link: r.link,
      urgency: r.overdue ? 1 : 3,
      dueOn: r.dueOn,
    });
  }

  // One read of the registrations serves both revalidation lists.
  const registrations = registrationRecords(db, today);
  for (const r of revalidationsDue(db, today, 90, registrations)) {
    const band = r.daysToAnniversary <= 7 ? 7 : r.daysToAnniversary <= 30 ? 30 : 90;
    items.push({
      key: `registration:revalidation:${r.id}:${r.nextAnniversary}:${band}`,
      kind: 'revalidation',
      title: `${r.memberName}: revalidation due ${inDays(r.daysToAnniversary)}`,
      detail: `${levelName(r.level)} anniversary ${formatUkDate(r.nextAnniversary)}; ${r.cpdHours12m} of 20 CPD hours logged in the last 12 months.`,
      link: `/registration/members/${r.memberId}/cpd`,
      urgency: band === 7 ? 1 : band === 30 ? 2 : 4,
      dueOn: r.nextAnniversary,
    });
  }

  // An anniversary that went by with no revalidation recorded stays at the top until it is recorded.
  for (const r of revalidationsMissed(registrations)) {
    items.push({
      key: `registration:revalidation-missed:${r.id}:${r.missedAnniversary}`,
      kind: 'revalidation',
      title: `${r.memberName}: revalidation overdue since ${formatUkDate(r.missedAnniversary)}`,
      detail: `${levelName(r.level)} anniversary ${formatUkDate(r.missedAnniversary)} went by with no revalidation recorded; ${r.cpdHours12m} of 20 CPD hours logged in the last 12 months.`,
      link: `/registration/members/${r.memberId}/cpd`,
      urgency: 1,
      dueOn: r.missedAnniversary,
    });
  }

  // A planned external nomination past its deadline is never dropped: it stays until recorded as submitted or withdrawn.
  for (const d of overdueAwardNominations(db, today)) {
    items.push({
      key: `recognition:deadline-passed:${d.awardId}:${d.nominationId ?? 'window'}:${d.deadline}`,
      kind: 'award-deadline',
      title: `${d.awardName}: deadline passed ${inDays(d.daysLeft)}, still marked Planned`,
      detail: `${d.memberName ? `Nomination for ${d.memberName}; deadline ${formatUkDate(d.deadline)}.` : `Deadline ${formatUkDate(d.deadline)}.`} Record it as submitted, or as withdrawn.`,
      link: '/recognition/external',
      urgency: 1,
      dueOn: d.deadline,
    });
  }

  for (const d of externalAwardDeadlines(db, today, 30)) {
    items.push({
      key: `recognition:deadline:${d.awardId}:${d.nominationId ?? 'window'}:${d.deadline}:${d.level}`,
      kind: 'award-deadline',
      title: `${d.awardName}: nominations close ${inDays(d.daysLeft)}`,
      detail: d.memberName ? `Nomination for ${d.memberName}; deadline ${formatUkDate(d.deadline)}.` : `Usual deadline ${formatUkDate(d.deadline)}; nobody nominated yet.`,
      link: '/recognition/external',
      urgency: d.level === 7 ? 2 : 4,
      dueOn: d.deadline,
    });
  }

  const meetings = countOneToOnesThisWeek(db, today);
  for (const m of oneToOnesThisWeek(db, today, MEETINGS_LISTED)) {
    const date = m.scheduledAt.slice(0, 10);
    items.push({
      key: `oneToOnes:meeting:${m.id}`,
      kind: 'one-to-one',
      title: `One-to-one with ${m.memberName}`,
      detail: `${formatUkDate(date)}: ${plural(m.agendaCount, 'agenda item')}, ${plural(m.suggestionCount, 'suggestion')}, ${plural(m.openActionCount, 'open action')}.`,
      link: `/one-to-ones/${m.id}`,
      urgency: 3,
      dueOn: date >= today ? date : null,
    });
  }

  if (meetings > MEETINGS_LISTED) {
    items.push({
      key: `oneToOnes:more:${today}`,
      kind: 'one-to-one',
      title: `${meetings - MEETINGS_LISTED} more one-to-ones this week`,
      detail: 'See them all, with their agendas, on the One-to-ones page.',
      link: '/one-to-ones',
      urgency: 3,
      dueOn: null,
    });
  }

  for (const c of brokenCoverageRules(db)) {
    const short = c.checks.filter((check) => !check.met).length;
    items.push({
      key: `skills:coverage:${c.rule.id}`,
      kind: 'coverage',
      title: `Coverage rule broken: ${c.rule.targetLabel}`,
      detail: `${c.rule.description}: not met at ${plural(short, 'service point')}.`,
      link: '/skills',
      urgency: 3,
      dueOn: null,
    });
  }

  for (const c of cyclesClosingSoon(db, today, 7)) {
    items.push({
      key: `recognition:cycle:${c.cycleId}`,
      kind: 'cycle-closing',
      title: `${c.schemeName} (${c.label}) closes ${inDays(c.daysLeft)}`,
      detail: `${plural(c.nominationCount, 'nomination')} so far.`,
      link: `/recognition/cycles/${c.cycleId}`,
      urgency: c.nominationCount === 0 ? 2 : 4,
      dueOn: c.periodEnd,
    });
  }

  items.push(...privacyAttention(db, today));
  items.push(...agreementsAttention(db, today));

  return rankAttention(items, today);
}

/**
 * A deadline's own urgency (a cycle with nominations is "coming up") must not hide that it
 * closes today: anything due today or overdue is "act now", anything due within a week is at
 * least "soon", so it ranks above items due in 8–20 days. A one-to-one's date is a meeting,
 * not a deadline, and keeps its rank.
 */
export function rankAttention(items: AttentionItem[], today: string): AttentionItem[] {
  const ranked = items.map((item) => {
    if (item.dueOn === null || item.kind === 'one-to-one') return item;
    const days = daysBetween(today, item.dueOn);
    const urgency = days <= 0 ? 1 : days <= 7 ? Math.min(item.urgency, 2) : item.urgency;
    return urgency === item.urgency ? item : { ...item, urgency };
  });
  return ranked.sort(
    (a, b) => a.urgency - b.urgency || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title),
  );
}
