import { daysBetween, formatUkDate } from '../../../../shared/dates';
import type { RecordRef, SarReview, SubjectAccessRequest } from '../../../../shared/domains/privacy';
import { subjectAccessDeadline, type SarExemption } from '../../../../shared/domains/privacy-sar';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { fieldName, keyOf, resolveRef } from './mentions';
import { createRequestsRepo, type RefRow, type RequestRow } from './repo';
import { isPrivateColumn, type createPrivacyService } from './service';

type PrivacyService = ReturnType<typeof createPrivacyService>;

const toRef = (r: RefRow): RecordRef => ({ table: r.source_table, key: r.source_key, column: r.source_column });
const fromRef = (r: RecordRef): RefRow => ({ source_table: r.table, source_key: r.key, source_column: r.column });
const refId = (r: RecordRef) => `${r.table}\u0000${r.key}\u0000${r.column}`;

export function toRequest(row: RequestRow, today: string): SubjectAccessRequest {
  const deadline = subjectAccessDeadline(row.received_on, row.extension_months);
  return {
    id: row.id,
    memberId: row.member_id,
    receivedOn: row.received_on,
    extensionMonths: row.extension_months,
    extensionReason: row.extension_reason,
    toldOfExtensionOn: row.told_of_extension_on,
    completedOn: row.completed_on,
    ...deadline,
    daysLeft: daysBetween(today, deadline.respondBy),
  };
}

/** Subject access requests: dates by the calendar-date rule, exemptions per item, mention decisions. */
export function createRequestsService(ctx: AppContext, privacy: PrivacyService) {
  const repo = createRequestsRepo(ctx.db);
  const today = () => todayOf(ctx);

  const requestOrThrow = (id: number, field = 'id') => {
    const row = repo.get(id);
    if (!row) throw AppError.of('NOT_FOUND', 'notFound', { field, params: { thing: 'subject access request', id } });
    return row;
  };

  const list = (memberId: number) => {
    privacy.memberOrThrow(memberId);
    return { requests: repo.ofMember(memberId).map((r) => toRequest(r, today())) };
  };

  const record = (memberId: number, receivedOn: string) => {
    privacy.memberOrThrow(memberId);
    if (receivedOn > today()) throw AppError.of('VALIDATION', 'notInFuture', { field: 'receivedOn' });
    return toRequest(requestOrThrow(repo.insert(memberId, receivedOn, nowIso(ctx))), today());
  };

  /** Up to two further months, only if the person is told (with the reason) within the first month. */
  const extend = (id: number, months: number, reason: string, toldOn: string) => {
    const row = requestOrThrow(id);
    if (row.completed_on) throw new AppError('CONFLICT', 'This request has been answered already; it cannot be extended.', 'id');
    const { firstMonthEndsOn } = subjectAccessDeadline(row.received_on);
    if (toldOn < row.received_on) throw AppError.rule('VALIDATION', 'toldOn', 'cannot be before the request arrived');
    if (toldOn > firstMonthEndsOn) {
      throw AppError.rule(
        'VALIDATION',
        'toldOn',
        `must be on or before ${formatUkDate(firstMonthEndsOn)}: the person must be told of an extension within the first month`,
        'max',
        { max: firstMonthEndsOn },
      );
    }
    if (toldOn > today()) throw AppError.of('VALIDATION', 'notInFuture', { field: 'toldOn' });
    repo.extend(id, months, reason, toldOn);
    return toRequest(requestOrThrow(id), today());
  };

  const complete = (id: number, completedOn: string) => {
    const row = requestOrThrow(id);
    if (completedOn < row.received_on) throw AppError.rule('VALIDATION', 'completedOn', 'cannot be before the request arrived');
    if (completedOn > today()) throw AppError.of('VALIDATION', 'notInFuture', { field: 'completedOn' });
    repo.complete(id, completedOn);
    return toRequest(requestOrThrow(id), today());
  };

  const remove = (id: number) => {
    const row = requestOrThrow(id);
    repo.remove(id);
    return list(row.member_id);
  };

  /** The manager's private notes about the person, and mentions of them in others' records, with decisions so far. */
  const review = (requestId: number): SarReview => {
    const row = requestOrThrow(requestId, 'requestId');
    const withheld = new Map(repo.withholdings(requestId).map((w) => [refId(toRef(w)), { exemption: w.exemption as SarExemption, reason: w.reason }]));
    const privateNotes: SarReview['privateNotes'] = [];
    for (const [table, bucket] of privacy.personRows(row.member_id)) {
      for (const [key, record] of bucket) {
        for (const [column, value] of Object.entries(record)) {
          if (!isPrivateColumn(column) || typeof value !== 'string' || value.trim() === '') continue;
          const ref = { table, key, column };
          privateNotes.push({ ref, where: fieldName(table, column), text: value, withheld: withheld.get(refId(ref)) ?? null });
        }
      }
    }
    const decisions = new Map(repo.mentionDecisions(requestId).map((d) => [refId(toRef(d)), d.include === 1]));
    const { terms, mentions } = privacy.mentionsOf(row.member_id);
    return {
      request: toRequest(row, today()),
      privateNotes,
      mentions: mentions.map((m) => ({ ...m, include: decisions.get(refId(m.ref)) ?? null })),
      terms,
    };
  };

  /** A withheld item must be one of the person's own records: the pack never holds anything else. */
  const ownRecord = (memberId: number, ref: RecordRef) => {
    const { keys, values } = resolveRef(privacy.repo, ref);
    const own = privacy.personRows(memberId).get(ref.table);
    if (!own?.has(keyOf(keys, Object.fromEntries(keys.map((k, i) => [k, values[i]]))))) {
      throw new AppError('VALIDATION', 'That record is not one of this person’s records.', 'ref');
    }
  };

  return {
    list,
    record,
    extend,
    complete,
    remove,
    review,
    withhold: (requestId: number, ref: RecordRef, exemption: SarExemption, reason: string) => {
      const row = requestOrThrow(requestId, 'requestId');
      ownRecord(row.member_id, ref);
      repo.withhold(requestId, fromRef(ref), exemption, reason);
      return review(requestId);
    },
    release: (requestId: number, ref: RecordRef) => {
      requestOrThrow(requestId, 'requestId');
      repo.release(requestId, fromRef(ref));
      return review(requestId);
    },
    decideMention: (requestId: number, ref: RecordRef, include: boolean) => {
      requestOrThrow(requestId, 'requestId');
      resolveRef(privacy.repo, ref);
      repo.decideMention(requestId, fromRef(ref), include);
      return review(requestId);
    },
    /** What the pack needs from a request: withholdings and the mentions chosen for inclusion. */
    packInputs: (requestId: number, memberId: number) => {
      const row = requestOrThrow(requestId, 'requestId');
      if (row.member_id !== memberId) throw new AppError('VALIDATION', 'That request belongs to another team member.', 'requestId');
      const withholdings = repo.withholdings(requestId).map((w) => ({ ...toRef(w), exemption: w.exemption as SarExemption }));
      const included = new Set(repo.mentionDecisions(requestId).filter((d) => d.include === 1).map((d) => refId(toRef(d))));
      const mentions = privacy.mentionsOf(memberId).mentions.filter((m) => included.has(refId(m.ref)));
      return { request: toRequest(row, today()), withholdings, mentions };
    },
    openRequests: () => repo.open(),
  };
}
