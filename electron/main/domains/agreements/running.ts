import {
  requiredSigners,
  type LogEntryRestoreInput,
  type OtjEntryRestoreInput,
  type SignerRole,
  type VisitRestoreInput,
} from '../../../../shared/domains/agreements';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { deletedFrom } from '../../lib/deleted-from';
import type { AgreementsService } from './service';

/** Running the placement: off-the-job hours, progress reviews, the learning log and visits. */
export function createRunningService(ctx: AppContext, agreements: AgreementsService) {
  const { repo } = agreements;
  // An Undo puts a record back into the agreement it was deleted from, never into another one.
  const deletedOtj = deletedFrom(ctx.db, 'agreements:otj', 'off-the-job entry', 'agreementId');
  const deletedLog = deletedFrom(ctx.db, 'agreements:log', 'learning log entry', 'agreementId');
  const deletedVisit = deletedFrom(ctx.db, 'agreements:visit', 'visit', 'agreementId');

  const requireReview = (id: number) => {
    const r = repo.review(id);
    if (!r) throw AppError.of('NOT_FOUND', 'notFound', { field: 'reviewId', params: { thing: 'progress review', id: id } });
    return r;
  };

  const requireLog = (id: number) => {
    const entry = repo.logEntry(id);
    if (!entry) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'learning log entry', id: id } });
    return entry;
  };
  const requireVisit = (id: number) => {
    const found = repo.visit(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'visit', id: id } });
    return found;
  };
  type LogFields = { date: string; did: string; learned: string; next: string };
  type VisitFields = { date: string; contact: string; purpose: string; notes: string };

  const checkOtj = (e: { agreementId: number; date: string }) => {
    const row = agreements.checkWithin(e.agreementId, e.date);
    if (row.scheme !== 'apprenticeship') {
      throw new AppError('VALIDATION', 'Off-the-job training is logged for apprenticeships only.', 'agreementId');
    }
  };

  return {
    addOtj: (e: { agreementId: number; date: string; hours: number; activity: string; outcome: string }) => {
      checkOtj(e);
      repo.insertOtj(e, nowIso(ctx));
      return agreements.detail(e.agreementId);
    },
    deleteOtj: (id: number) => {
      const entry = repo.otjEntry(id);
      if (!entry) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'off-the-job entry', id: id } });
      repo.deleteOtj(id);
      deletedOtj.remember(id, entry.agreement_id);
      return agreements.detail(entry.agreement_id);
    },
    /** Undo of a delete: the entry as it was, under its old id when that is still free. */
    restoreOtj: (input: OtjEntryRestoreInput) => {
      checkOtj(input);
      deletedOtj.check(input.id, input.agreementId);
      repo.restoreOtj(input, nowIso(ctx));
      deletedOtj.forget(input.id);
      return agreements.detail(input.agreementId);
    },
    recordReview: (reviewId: number, heldOn: string, notes: string) => {
      const r = requireReview(reviewId);
      if (r.completed_on) throw new AppError('CONFLICT', 'This review is signed off and read-only.', 'reviewId');
      agreements.checkWithin(r.agreement_id, heldOn, 'heldOn');
      repo.recordReview(reviewId, heldOn, notes);
      return agreements.detail(r.agreement_id);
    },
    signReview: (reviewId: number, role: SignerRole, signedOn: string) => {
      const r = requireReview(reviewId);
      const row = agreements.requireAgreement(r.agreement_id);
      if (!r.held_on) throw new AppError('VALIDATION', 'Record when the review was held and its notes before signing.', 'reviewId');
      const latest = repo.versions(row.id).filter((v) => v.status === 'signed').pop();
      const needed = requiredSigners(row.scheme, latest?.content.contacts ?? []);
      if (!needed.includes(role)) throw new AppError('VALIDATION', `The ${role} does not sign reviews for this agreement.`, 'role');
      if (signedOn < r.held_on) throw AppError.rule('VALIDATION', 'signedOn', 'cannot be before the review was held');
      if (signedOn > todayOf(ctx)) throw AppError.of('VALIDATION', 'notInFuture', { field: 'signedOn' });
      // The third party (training provider or placement tutor) signs in the same place.
      const current = { trainee: r.trainee_signed_on, manager: r.manager_signed_on, provider: r.provider_signed_on, tutor: r.provider_signed_on };
      if (current[role]) throw new AppError('CONFLICT', `The ${role} has already signed this review.`, 'role');
      repo.signReview(reviewId, role, signedOn);
      const after = { ...current, [role]: signedOn };
      const dates = needed.map((n) => after[n]);
      if (dates.every((d): d is string => d !== null)) repo.completeReview(reviewId, dates.sort().pop() as string);
      return agreements.detail(r.agreement_id);
    },
    addLog: (e: { agreementId: number; date: string; did: string; learned: string; next: string }) => {
      agreements.checkWithin(e.agreementId, e.date);
      repo.insertLog(e, nowIso(ctx));
      return agreements.detail(e.agreementId);
    },
    /** A correction keeps the entry's review: the conversation about it still happened. */
    updateLog: (id: number, changes: LogFields) => {
      const entry = requireLog(id);
      agreements.checkWithin(entry.agreement_id, changes.date);
      repo.updateLog(id, changes);
      return agreements.detail(entry.agreement_id);
    },
    deleteLog: (id: number) => {
      const entry = requireLog(id);
      repo.deleteLog(id);
      deletedLog.remember(id, entry.agreement_id);
      return agreements.detail(entry.agreement_id);
    },
    restoreLog: (input: LogEntryRestoreInput) => {
      agreements.checkWithin(input.agreementId, input.date);
      if (input.reviewedOn !== null && input.reviewedOn > todayOf(ctx)) {
        throw AppError.of('VALIDATION', 'notInFuture', { field: 'reviewedOn' });
      }
      deletedLog.check(input.id, input.agreementId);
      repo.restoreLog(input, nowIso(ctx));
      deletedLog.forget(input.id);
      return agreements.detail(input.agreementId);
    },
    reviewLog: (id: number) => {
      const entry = requireLog(id);
      if (entry.reviewed_on) throw new AppError('CONFLICT', 'This entry is already reviewed.', 'id');
      repo.reviewLog(id, todayOf(ctx));
      return agreements.detail(entry.agreement_id);
    },
    addVisit: (v: { agreementId: number; date: string; contact: string; purpose: string; notes: string }) => {
      // Visits are planned ahead, so a future date is fine as long as it is inside the agreement.
      agreements.checkWithin(v.agreementId, v.date, 'date', true);
      repo.insertVisit(v, nowIso(ctx));
      return agreements.detail(v.agreementId);
    },
    updateVisit: (id: number, changes: VisitFields) => {
      const found = requireVisit(id);
      agreements.checkWithin(found.agreement_id, changes.date, 'date', true);
      repo.updateVisit(id, changes);
      return agreements.detail(found.agreement_id);
    },
    deleteVisit: (id: number) => {
      const found = requireVisit(id);
      repo.deleteVisit(id);
      deletedVisit.remember(id, found.agreement_id);
      return agreements.detail(found.agreement_id);
    },
    restoreVisit: (input: VisitRestoreInput) => {
      agreements.checkWithin(input.agreementId, input.date, 'date', true);
      deletedVisit.check(input.id, input.agreementId);
      repo.restoreVisit(input, nowIso(ctx));
      deletedVisit.forget(input.id);
      return agreements.detail(input.agreementId);
    },
  };
}
