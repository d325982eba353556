import type Database from 'better-sqlite3';

/**
 * How other domains (activities: action learning, buddying, coaching,
 * shadowing) add CPD entries. Owned by the registration domain; the signature
 * is shared, keep it stable.
 */
export interface CpdEntryDraft {
  memberId: number;
  date: string;
  activityType:
    | 'course'
    | 'reading'
    | 'conversation'
    | 'shadowing_visit'
    | 'action_learning_set'
    | 'coaching'
    | 'buddying'
    | 'conference'
    | 'online'
    | 'other';
  hours: number;
  reflection: string;
  /** PKSB section codes (see shared/domains/pksb.ts). */
  sections: string[];
  /** Where it came from, e.g. `activities:shadowing:12`, so it can be shown and not duplicated. */
  source: string | null;
}

/** Validates and inserts one CPD entry; throws AppError naming the field on bad input. Returns the new id. */
export function recordCpd(_db: Database.Database, _entry: CpdEntryDraft, _nowIso: string, _today: string): number {
  throw new Error('recordCpd is not implemented yet (registration domain)');
}
