import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { CPD_TYPE_LABELS, cpdDateProblem, cpdEntryInput, cpdSource, type CpdFields, type CpdSource, type CpdType } from '../../../../shared/domains/registration-cpd';
import { AppError } from '../../../../shared/result';
import { fromZodError } from '../../ipc/errors';
import { createCpdRepo } from './cpd-repo';
import { createRegistrationRepo } from './repo';

const cpdRepoOf = perConnection(createCpdRepo);

const registrationRepoOf = perConnection(createRegistrationRepo);

/**
 * How other domains (activities: action learning, buddying, coaching,
 * shadowing) add CPD entries. Owned by the registration domain; the signature
 * is shared, keep it stable.
 */
export interface CpdEntryDraft {
  memberId: number;
  date: string;
  activityType: CpdType;
  hours: number;
  reflection: string;
  /** PKSB section codes (see shared/domains/pksb.ts). */
  sections: string[];
  /** The record it came from (a foreign key, see CpdSource), so it is shown and never counted twice; null when typed in. */
  source: CpdSource | null;
  /** A short name for the log (e.g. "Shadowing visit: Riverside Health Library"); optional. */
  title?: string;
}

/** Checks that apply to every CPD entry however it arrives (form or another domain). */
export function checkCpdRules(db: Database.Database, memberId: number, fields: CpdFields, today: string, field = '') {
  const dateProblem = cpdDateProblem(fields.date, today);
  if (dateProblem) throw AppError.rule('VALIDATION', `${field}date`, dateProblem, 'notInFuture');
  const member = registrationRepoOf(db).member(memberId);
  if (!member) throw AppError.of('NOT_FOUND', 'notFound', { field: 'memberId', params: { thing: 'team member', id: memberId } });
}

/**
 * Validates and inserts one CPD entry; throws AppError naming the field on bad input. Returns the new id.
 * A second entry for the same person from the same `source` is refused (CONFLICT, field `source`) so an activity is never counted twice.
 * Runs inside the caller's transaction (every sync handler has one).
 */
export function recordCpd(db: Database.Database, entry: CpdEntryDraft, nowIso: string, today: string): number {
  const parsed = cpdEntryInput.safeParse({
    memberId: entry.memberId,
    date: entry.date,
    activityType: entry.activityType,
    hours: entry.hours,
    // Callers may leave the title out; the log then names the kind of activity.
    title: entry.title?.trim() || CPD_TYPE_LABELS[entry.activityType],
    reflection: entry.reflection,
    sections: entry.sections,
  });
  if (!parsed.success) {
    const error = fromZodError(parsed.error);
    throw AppError.of('VALIDATION', error.key, { ...(error.field !== undefined ? { field: error.field } : {}), ...(error.params ? { params: error.params } : {}) });
  }
  const { memberId, ...fields } = parsed.data;
  checkCpdRules(db, memberId, fields, today);
  const source = entry.source === null ? null : cpdSource.safeParse(entry.source);
  if (source !== null && !source.success) throw AppError.rule('VALIDATION', 'source', 'must name the record the entry came from, or be null');
  const repo = cpdRepoOf(db);
  let link = source?.data ?? null;
  if (link !== null && repo.linkedEntry(memberId, link) !== null) {
    throw new AppError('CONFLICT', 'This record has already been logged as CPD for this person.', 'source');
  }
  // An Undo may put an entry back after the record it came from was deleted: the entry returns, unlinked.
  if (link !== null && !repo.sourceExists(link)) link = null;
  return repo.insert(memberId, fields, link, nowIso);
}

/** The members whose CPD log holds an entry from `source` (an activity logs one entry per person involved). */
export const cpdMembersFrom = (db: Database.Database, source: CpdSource): Set<number> => cpdRepoOf(db).membersFrom(source);
