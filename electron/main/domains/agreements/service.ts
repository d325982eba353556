import { formatUkDate } from '../../../../shared/dates';
import {
  CONTACT_SIGNERS,
  MAX_HOURS_PER_WEEK,
  requiredSigners,
  SCHEME_LABELS,
  SIGNER_ROLE_LABELS,
  type AgreementContent,
  type AgreementDetail,
  type Scheme,
  type SignerRole,
} from '../../../../shared/domains/agreements';
import { checkCompleteness, reviewSchedule } from '../../../../shared/domains/agreements-rules';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createAgreementsRepo, createAgreementsSettingsRepo } from './repo';
import { readFullTimeWeekHours } from '../team/settings';
import { PHASE_ORDER, summarise, toReview } from './summary';
import { createTemplates } from './templates';

export function createAgreementsService(ctx: AppContext) {
  const repo = createAgreementsRepo(ctx.db);
  const templates = createTemplates(createAgreementsSettingsRepo(ctx.db));

  const requireAgreement = (id: number, field = 'id') => {
    const row = repo.get(id);
    if (!row) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'agreement', id: id } });
    return row;
  };
  const requireVersion = (id: number) => {
    const v = repo.version(id);
    if (!v) throw AppError.of('NOT_FOUND', 'notFound', { field: 'versionId', params: { thing: 'agreement version', id: id } });
    return v;
  };
  const notInFuture = (date: string, field: string) => {
    if (date > todayOf(ctx)) throw AppError.of('VALIDATION', 'notInFuture', { field });
  };

  /**
   * Another agreement for the same person whose dates overlap, and that is a draft or has not ended:
   * two live agreements for one trainee would set conflicting hours, reviews and expectations.
   */
  const refuseOverlap = (memberId: number, startDate: string, endDate: string, exceptId?: number) => {
    const today = todayOf(ctx);
    for (const other of repo.listForMember(memberId)) {
      if (other.id === exceptId || other.start_date > endDate || other.end_date < startDate) continue;
      const signed = repo.versions(other.id).some((v) => v.status === 'signed');
      if (signed && other.end_date < today) continue;
      const state = signed ? (other.start_date > today ? 'signed, not started yet' : 'running') : 'not signed yet';
      throw new AppError(
        'CONFLICT',
        `${other.member_name} already has a ${SCHEME_LABELS[other.scheme].toLowerCase()} agreement from ${formatUkDate(other.start_date)} to ${formatUkDate(other.end_date)} (${state}) that overlaps these dates: change the start date or finish that agreement first.`,
        'startDate',
      );
    }
  };

  /** Contracted hours from the person's FTE and the full-time week in Settings (37 hours unless changed). */
  const defaultHours = (memberId: number) => {
    const fte = repo.memberFte(memberId) ?? 1;
    return Math.min(MAX_HOURS_PER_WEEK, Math.round(fte * readFullTimeWeekHours(ctx.db) * 10) / 10);
  };

  const summaryOf = (id: number) => {
    const row = requireAgreement(id);
    const today = todayOf(ctx);
    const versions = repo.versions(id);
    const reviews = repo.reviews(id).map((r) => toReview(r, today));
    return { row, versions, reviews, summary: summarise(repo, row, versions, reviews, today) };
  };

  const detail = (id: number): AgreementDetail => {
    const { row, versions, reviews, summary } = summaryOf(id);
    const latest = versions[versions.length - 1];
    if (!latest) throw new AppError('INTERNAL', `Agreement ${id} has no versions.`);
    return {
      ...summary,
      versions,
      completeness: checkCompleteness(latest.content, row.scheme),
      reviews,
      otjEntries: repo.otj(id),
      logEntries: repo.log(id),
      visits: repo.visits(id),
      // Reviews are signed under the agreement in force: the latest signed version, or the draft before any is signed.
      requiredSigners: requiredSigners(row.scheme, (versions.filter((v) => v.status === 'signed').pop() ?? latest).content.contacts),
      today: todayOf(ctx),
    };
  };

  const list = (memberId?: number) => {
    const rows = memberId === undefined ? repo.list() : repo.listForMember(memberId);
    const summaries = rows.map((r) => summaryOf(r.id).summary);
    // Running agreements first, soonest to end first; drafts and future starts next; finished ones after.
    return summaries.sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.endDate.localeCompare(b.endDate));
  };

  return {
    repo,
    templates,
    detail,
    list,
    requireAgreement,
    create: (memberId: number, scheme: Scheme, startDate: string, endDate: string) => {
      const member = repo.member(memberId);
      if (!member) throw AppError.of('NOT_FOUND', 'notFound', { field: 'memberId', params: { thing: 'team member', id: memberId } });
      if (member.left_on) throw AppError.rule('VALIDATION', 'memberId', 'is a leaver: restore them first');
      refuseOverlap(memberId, startDate, endDate);
      const content: AgreementContent = { ...templates.get(scheme).content, hoursPerWeek: defaultHours(memberId), startDate, endDate, gatewayDate: null };
      const id = repo.insert(memberId, scheme, content, nowIso(ctx));
      repo.insertVersion(id, content, nowIso(ctx));
      return detail(id);
    },
    updateDraft: (versionId: number, content: AgreementContent) => {
      const v = requireVersion(versionId);
      if (v.status !== 'draft') {
        const why = v.status === 'signed' ? 'is signed and read-only: start a new version to change it' : 'is ready for signature: return it to draft first';
        throw new AppError('CONFLICT', `Version ${v.number} ${why}.`, 'versionId');
      }
      const row = requireAgreement(v.agreementId);
      refuseOverlap(row.member_id, content.startDate, content.endDate, row.id);
      repo.setContent(versionId, content);
      // The agreement's dates are those in force: a draft moves them only while no version is signed yet.
      // Dates typed into a later draft (version 2 …) take effect when that version is signed by everyone.
      if (!repo.versions(v.agreementId).some((x) => x.status === 'signed')) repo.setDates(v.agreementId, content, nowIso(ctx));
      return detail(v.agreementId);
    },
    markReady: (versionId: number) => {
      const v = requireVersion(versionId);
      if (v.status !== 'draft') throw new AppError('CONFLICT', `Version ${v.number} is already ${v.status}.`, 'versionId');
      const { missing } = checkCompleteness(v.content, requireAgreement(v.agreementId).scheme);
      if (missing.length > 0) {
        throw new AppError('VALIDATION', `Not ready for signature. Missing: ${missing.join('; ')}.`, 'content');
      }
      repo.setStatus(versionId, 'ready', nowIso(ctx), null);
      return detail(v.agreementId);
    },
    /** A ready version, even partly signed, goes back to draft with the reason kept; its signatures are set aside and listed. */
    backToDraft: (versionId: number, reason: string) => {
      const v = requireVersion(versionId);
      if (v.status !== 'ready') throw new AppError('CONFLICT', `Only a version that is ready for signature can go back to draft.`, 'versionId');
      repo.recordReturn(versionId, reason, v.signatures.map(({ role, name, signedOn }) => ({ role, name, signedOn })), nowIso(ctx));
      repo.clearSignatures(versionId);
      repo.setStatus(versionId, 'draft', null, null);
      return detail(v.agreementId);
    },
    newVersion: (agreementId: number) => {
      requireAgreement(agreementId, 'agreementId');
      const latest = repo.versions(agreementId).pop();
      if (!latest || latest.status !== 'signed') {
        throw new AppError('CONFLICT', `Version ${latest?.number ?? 1} is not signed yet: change it directly.`, 'agreementId');
      }
      repo.insertVersion(agreementId, latest.content, nowIso(ctx));
      return detail(agreementId);
    },
    sign: (versionId: number, role: SignerRole, name: string, signedOn: string) => {
      const v = requireVersion(versionId);
      const row = requireAgreement(v.agreementId);
      if (v.status !== 'ready') {
        const why = v.status === 'draft' ? 'is a draft: mark it ready for signature first' : 'is already signed';
        throw new AppError('CONFLICT', `Version ${v.number} ${why}.`, 'versionId');
      }
      const needed = requiredSigners(row.scheme, v.content.contacts);
      if (!needed.includes(role)) {
        const why = role === 'tutor' ? 'name a placement tutor among the contacts first' : 'they do not sign this kind of agreement';
        throw new AppError('VALIDATION', `Signer: the ${SIGNER_ROLE_LABELS[role].toLowerCase()} cannot sign this agreement (${why}).`, 'role');
      }
      if (CONTACT_SIGNERS[role]) {
        const contact = v.content.contacts.find((c) => c.name.trim() !== '' && c.name.trim().toLowerCase() === name.trim().toLowerCase());
        if (!contact) {
          throw AppError.of('VALIDATION', 'invalid', {
            field: 'name',
            params: { detail: `the ${SIGNER_ROLE_LABELS[role].toLowerCase()} who signs must be one of the agreement's named contacts.` },
          });
        }
      }
      if (v.signatures.some((s) => s.role === role)) {
        throw new AppError('CONFLICT', `The ${SIGNER_ROLE_LABELS[role].toLowerCase()} has already signed version ${v.number}.`, 'role');
      }
      notInFuture(signedOn, 'signedOn');
      repo.sign(versionId, role, name, signedOn, nowIso(ctx));
      const signedRoles = new Set([...v.signatures.map((s) => s.role), role]);
      if (needed.every((r) => signedRoles.has(r))) {
        const replacesSigned = repo.versions(v.agreementId).some((x) => x.status === 'signed');
        repo.setStatus(versionId, 'signed', v.readyAt, nowIso(ctx));
        repo.setDates(v.agreementId, v.content, nowIso(ctx));
        // The signed agreement now guides the placement: lay out its progress reviews. A later version changes
        // the schedule from the day it is signed: reviews due before then stay as the earlier version set them,
        // and none is added that would be overdue before anyone agreed to it.
        const from = replacesSigned ? todayOf(ctx) : null;
        const due = reviewSchedule(v.content.startDate, v.content.endDate, v.content.reviewEveryWeeks);
        repo.syncReviews(v.agreementId, from ? due.filter((d) => d >= from) : due, from);
      }
      return detail(v.agreementId);
    },
    /** Entries and visits must fall inside the agreement; diary entries and hours cannot be logged ahead. */
    checkWithin: (agreementId: number, date: string, field = 'date', allowFuture = false) => {
      const row = requireAgreement(agreementId, 'agreementId');
      if (date < row.start_date || date > row.end_date) {
        throw AppError.rule('VALIDATION', field, `must be within the agreement (${formatUkDate(row.start_date)} to ${formatUkDate(row.end_date)})`);
      }
      if (!allowFuture) notInFuture(date, field);
      return row;
    },
  };
}
export type AgreementsService = ReturnType<typeof createAgreementsService>;
