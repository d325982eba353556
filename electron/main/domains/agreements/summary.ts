import { addDays, daysBetween } from '../../../../shared/dates';
import type { AgreementSummary, OtjRule, Review, Version } from '../../../../shared/domains/agreements';
import { otjProgress } from '../../../../shared/domains/agreements-otj';
import { checkCompleteness, reviewState } from '../../../../shared/domains/agreements-rules';
import type { AgreementRow, AgreementsRepo, ReviewRow } from './repo';

export const toReview = (r: ReviewRow, today: string): Review => ({
  id: r.id,
  dueOn: r.due_on,
  heldOn: r.held_on,
  notes: r.notes,
  traineeSignedOn: r.trainee_signed_on,
  managerSignedOn: r.manager_signed_on,
  providerSignedOn: r.provider_signed_on,
  completedOn: r.completed_on,
  state: reviewState(r.due_on, r.completed_on, today),
});

/** One agreement as the list, dashboard and member page show it. */
export function summarise(
  repo: AgreementsRepo,
  row: AgreementRow,
  versions: Version[],
  reviews: Review[],
  rule: OtjRule,
  today: string,
): AgreementSummary {
  const latest = versions[versions.length - 1];
  if (!latest) throw new Error(`Agreement ${row.id} has no versions`);
  const signed = versions.filter((v) => v.status === 'signed').pop();
  const open = reviews.filter((r) => r.state !== 'done');
  const period = { startDate: row.start_date, endDate: row.end_date, hoursPerWeek: row.hours_per_week };
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    scheme: row.scheme,
    versionNumber: latest.number,
    status: latest.status,
    signedVersion: signed?.number ?? null,
    startDate: row.start_date,
    endDate: row.end_date,
    daysLeft: Math.max(0, daysBetween(today, row.end_date)),
    nextReviewDue: open[0]?.dueOn ?? null,
    overdueReviews: open.filter((r) => r.state === 'overdue').length,
    otj: row.scheme === 'apprenticeship' ? otjProgress(rule, period, repo.otjTotal(row.id), today) : null,
    warnings: checkCompleteness(latest.content, row.scheme).warnings,
  };
}

/** Agreements still running (or ended within the last 30 days) come first on the dashboard. */
export const isCurrent = (s: AgreementSummary, today: string) => s.endDate >= addDays(today, -30);
