import { daysBetween } from '../../../../shared/dates';
import type { AgreementContent, AgreementPhase, AgreementSummary, Review, Version } from '../../../../shared/domains/agreements';
import { planOtj, progressOf, type OtjPeriod } from '../../../../shared/domains/agreements-otj';
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

export const otjPeriodOf = (c: AgreementContent): OtjPeriod => ({
  startDate: c.startDate,
  endDate: c.endDate,
  gatewayDate: c.gatewayDate,
  hoursPerWeek: c.hoursPerWeek,
  standardMinimumHours: c.otjMinimumHours,
});

/** Only a signed agreement between its start and end dates is running; a draft or a future start is not. */
export function phaseOf(hasSigned: boolean, startDate: string, endDate: string, today: string): AgreementPhase {
  if (!hasSigned) return 'draft';
  if (today < startDate) return 'upcoming';
  return today > endDate ? 'ended' : 'running';
}

/** One agreement as the list, dashboard and member page show it. */
export function summarise(repo: AgreementsRepo, row: AgreementRow, versions: Version[], reviews: Review[], today: string): AgreementSummary {
  const latest = versions[versions.length - 1];
  if (!latest) throw new Error(`Agreement ${row.id} has no versions`);
  const signed = versions.filter((v) => v.status === 'signed').pop();
  const open = reviews.filter((r) => r.state !== 'done');
  // The plan follows the agreement in force: the signed version, or the draft while nothing is signed.
  const period = otjPeriodOf((signed ?? latest).content);
  const plan = row.scheme === 'apprenticeship' ? planOtj(period) : null;
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    scheme: row.scheme,
    versionNumber: latest.number,
    status: latest.status,
    signedVersion: signed?.number ?? null,
    phase: phaseOf(signed !== undefined, row.start_date, row.end_date, today),
    startDate: row.start_date,
    endDate: row.end_date,
    daysLeft: Math.max(0, daysBetween(today, row.end_date)),
    nextReviewDue: open[0]?.dueOn ?? null,
    overdueReviews: open.filter((r) => r.state === 'overdue').length,
    otj: plan ? progressOf(plan, period, repo.otjTotal(row.id), today) : null,
    otjPlan: plan,
    warnings: checkCompleteness(latest.content, row.scheme).warnings,
  };
}

/** Running agreements first, then drafts and signed ones not started yet, then ended ones. */
export const PHASE_ORDER: Record<AgreementPhase, number> = { running: 0, draft: 1, upcoming: 2, ended: 3 };
