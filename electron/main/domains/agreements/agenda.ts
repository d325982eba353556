import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { addDays, daysBetween, formatUkDate } from '../../../../shared/dates';
import type { AgendaHint } from '../../../../shared/domains/agenda';
import { SCHEME_LABELS } from '../../../../shared/domains/agreements';
import { DUE_SOON_DAYS } from '../../../../shared/domains/agreements-rules';
import { monthsWithoutOtj } from '../../../../shared/domains/agreements-otj';
import { createAgreementsRepo } from './repo';
import { otjPeriodOf } from './summary';
import { plural } from '../../../../shared/plural';

const agreementsRepoOf = perConnection(createAgreementsRepo);

export interface ReviewDue {
  reviewId: number;
  agreementId: number;
  memberId: number;
  memberName: string;
  dueOn: string;
  overdue: boolean;
  /** Renderer route where the review is recorded and signed. */
  link: string;
}

/**
 * Progress reviews not signed off that are overdue or fall due within `days` of `today`,
 * oldest first, for the home dashboard (and the agenda below).
 */
export function overdueOrUpcomingReviews(db: Database.Database, today: string, days: number, memberId?: number): ReviewDue[] {
  const repo = agreementsRepoOf(db);
  const until = addDays(today, days);
  return (memberId === undefined ? repo.openReviewsBefore(until, today) : repo.openReviewsForMember(memberId, until, today))
    .map((r) => ({
      reviewId: r.id,
      agreementId: r.agreement_id,
      memberId: r.member_id,
      memberName: r.member_name,
      dueOn: r.due_on,
      overdue: r.due_on < today,
      link: `/agreements/${r.agreement_id}/reviews`,
    }));
}

const ENDING_SOON_DAYS = 30;

/**
 * What the agreements domain suggests for a member's next one-to-one, most urgent first.
 * Called by the one-to-ones domain; keep the signature stable.
 */
export function agreementsAgendaHints(db: Database.Database, memberId: number, today: string): AgendaHint[] {
  const repo = agreementsRepoOf(db);
  const hints: AgendaHint[] = [];
  for (const r of overdueOrUpcomingReviews(db, today, DUE_SOON_DAYS, memberId)) {
    hints.push({
      source: 'agreements',
      key: `agreements:review:${r.reviewId}`,
      title: r.overdue ? 'Progress review overdue' : 'Progress review due soon',
      detail: `${r.overdue ? 'Was due' : 'Due'} on ${formatUkDate(r.dueOn)}: hold it, write the notes and sign it off.`,
      link: r.link,
      priority: r.overdue ? 1 : 2,
    });
  }
  for (const a of repo.listForMember(memberId)) {
    const left = daysBetween(today, a.end_date);
    if (left >= 0 && left <= ENDING_SOON_DAYS) {
      hints.push({
        source: 'agreements',
        key: `agreements:ending:${a.id}`,
        title: `${SCHEME_LABELS[a.scheme]} ends soon`,
        detail: `Ends on ${formatUkDate(a.end_date)} (${plural(left, 'day')}): plan the final review, references and next steps.`,
        link: `/agreements/${a.id}`,
        priority: 2,
      });
    }
    const log = repo.unreviewedLog(a.id);
    if (log.n > 0 && a.end_date >= addDays(today, -ENDING_SOON_DAYS)) {
      hints.push({
        source: 'agreements',
        key: `agreements:log:${a.id}:${log.oldest ?? ''}`,
        title: 'Review the learning log together',
        detail: `${log.n} learning log ${log.n === 1 ? 'entry' : 'entries'} not yet reviewed, the oldest from ${formatUkDate(log.oldest)}.`,
        link: `/agreements/${a.id}/log`,
        priority: 3,
      });
    }
  }
  return hints.sort((a, b) => a.priority - b.priority);
}

export interface OtjMonthGap {
  agreementId: number;
  memberId: number;
  memberName: string;
  /** Calendar months ("YYYY-MM") of the practical period, already over, with no off-the-job activity recorded. */
  months: string[];
  link: string;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2026-10" → "October 2026". */
export const monthName = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;

/**
 * Signed apprenticeships with a calendar month of their practical period that has ended with no
 * off-the-job activity recorded: the guidance expects some every month, so the dashboard says so.
 */
export function otjMonthGaps(db: Database.Database, today: string): OtjMonthGap[] {
  const repo = agreementsRepoOf(db);
  const gaps: OtjMonthGap[] = [];
  for (const row of repo.runningApprenticeships(today, addDays(today, -31))) {
    const signed = repo.versions(row.id).filter((v) => v.status === 'signed').pop();
    if (!signed) continue;
    const months = monthsWithoutOtj(otjPeriodOf(signed.content), repo.otjMonths(row.id), today);
    if (months.length > 0) {
      gaps.push({ agreementId: row.id, memberId: row.member_id, memberName: row.member_name, months, link: `/agreements/${row.id}/otj` });
    }
  }
  return gaps;
}
