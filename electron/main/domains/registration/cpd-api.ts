import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { CPD_TYPE_LABELS, cpdDateProblem, cpdEntryInput, type CpdFields, type CpdType } from '../../../../shared/domains/registration-cpd';
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
  /** Where it came from, e.g. `activities:shadowing:12`, so it can be shown and not duplicated. */
  source: string | null;
  /** A short name for the log (e.g. "Shadowing visit: Riverside Health Library"); optional. */
  title?: string;
}

/** Checks that apply to every CPD entry however it arrives (form or another domain). */
export function checkCpdRules(db: Database.Database, memberId: number, fields: CpdFields, today: string, field = '') {
  const dateProblem = cpdDateProblem(fields.date, today);
  if (dateProblem) throw new AppError('VALIDATION', `${field}date ${dateProblem}`, `${field}date`);
  const member = registrationRepoOf(db).member(memberId);
  if (!member) throw new AppError('NOT_FOUND', `No team member has id ${memberId}.`, 'memberId');
}

/**
 * Validates and inserts one CPD entry; throws AppError naming the field on bad input. Returns the new id.
 * A second entry with the same `source` is refused (CONFLICT, field `source`) so an activity is never counted twice.
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
    throw new AppError('VALIDATION', error.message, error.field);
  }
  const { memberId, ...fields } = parsed.data;
  checkCpdRules(db, memberId, fields, today);
  const source = entry.source === null ? null : entry.source.trim();
  if (source !== null && (source.length === 0 || source.length > 200)) {
    throw new AppError('VALIDATION', 'source must be 1 to 200 characters, or null', 'source');
  }
  const repo = cpdRepoOf(db);
  if (source !== null && repo.findBySource(source)) {
    throw new AppError('CONFLICT', `source ${source} has already been logged as CPD`, 'source');
  }
  return repo.insert(memberId, fields, source, nowIso);
}
