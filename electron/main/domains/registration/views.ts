import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { daysBetween } from '../../../../shared/dates';
import { CLOSED_STAGES, WAITING_STAGES, type JourneySummary, type RegistrationRecord } from '../../../../shared/domains/registration';
import {
  cpdWindowStart,
  DEFAULT_DRIFT_WEEKS,
  detectDrift,
  DRIFT_WEEKS_MAX,
  DRIFT_WEEKS_MIN,
  missedRevalidation,
  nextRevalidationDue,
  revalidationOutstanding,
} from '../../../../shared/domains/registration-rules';
import { createRegistrationRepo, type JourneyRow, type RegistrationRow, type RegistrationRepo } from './repo';

const registrationRepoOf = perConnection(createRegistrationRepo);

export const DRIFT_WEEKS_KEY = 'registration.driftWeeks';

/** The configured drift threshold; a missing or damaged setting falls back to the default. */
export function driftWeeksOf(repo: RegistrationRepo): number {
  const raw = Number(repo.getSetting(DRIFT_WEEKS_KEY));
  return Number.isInteger(raw) && raw >= DRIFT_WEEKS_MIN && raw <= DRIFT_WEEKS_MAX ? raw : DEFAULT_DRIFT_WEEKS;
}

const latest = (...dates: (string | null)[]): string | null =>
  dates.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);

export function toSummary(row: JourneyRow, today: string, weeks: number): JourneySummary {
  const tracked = !CLOSED_STAGES.includes(row.stage) && !WAITING_STAGES.includes(row.stage);
  const drift = detectDrift({
    lastStageChange: row.stage_changed_on,
    lastActivity: latest(row.last_evidence, row.last_cpd, row.statement_updated_on),
    today,
    weeks,
  });
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    level: row.level,
    route: row.route,
    kind: row.kind,
    stage: row.stage,
    stageChangedOn: row.stage_changed_on,
    daysInStage: Math.max(0, daysBetween(row.stage_changed_on, today)),
    plannedSubmissionOn: row.planned_submission_on,
    drift: { ...drift, stalled: tracked && drift.stalled, tracked },
  };
}

/** Stalled first (longest silent first), then the longest time in the current stage. */
export const byUrgency = (a: JourneySummary, b: JourneySummary) =>
  Number(b.drift.stalled) - Number(a.drift.stalled) ||
  (a.drift.stalled ? b.drift.daysSince - a.drift.daysSince : 0) ||
  b.daysInStage - a.daysInStage ||
  a.id - b.id;

export function toRecord(row: RegistrationRow, today: string): RegistrationRecord {
  const next = nextRevalidationDue(row.registered_on, row.last_revalidated_on, today);
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    level: row.level,
    registeredOn: row.registered_on,
    lastRevalidatedOn: row.last_revalidated_on,
    nextAnniversary: next,
    daysToAnniversary: daysBetween(today, next),
    missedAnniversary: missedRevalidation(row.registered_on, row.last_revalidated_on, today),
    cpdHours12m: row.hours ?? 0,
  };
}

/**
 * Open journeys of current members with no stage change or activity for `weeks` weeks
 * (the configured setting when omitted), most overdue first. For the home dashboard.
 */
export function stalledJourneys(db: Database.Database, today: string, weeks?: number): JourneySummary[] {
  const repo = registrationRepoOf(db);
  const w = weeks ?? driftWeeksOf(repo);
  return repo
    .openJourneys(today)
    .map((row) => toSummary(row, today, w))
    .filter((j) => j.drift.stalled)
    .sort(byUrgency);
}

/** Every current member's registration as the screens show it (one query; the revalidation views filter it). */
export function registrationRecords(db: Database.Database, today: string): RegistrationRecord[] {
  return registrationRepoOf(db)
    .registrations(cpdWindowStart(today), today)
    .map((row) => toRecord(row, today));
}

/** Registered current members whose revalidation anniversary falls within `withinDays` days and is not yet done (soonest first). */
export function revalidationsDue(db: Database.Database, today: string, withinDays: number, records = registrationRecords(db, today)): RegistrationRecord[] {
  return records
    .filter((r) => r.daysToAnniversary <= withinDays && revalidationOutstanding(r.lastRevalidatedOn, r.nextAnniversary))
    .sort((a, b) => a.daysToAnniversary - b.daysToAnniversary || a.memberName.localeCompare(b.memberName));
}

/** Registrations whose revalidation anniversary went by with no revalidation recorded (overdue, most overdue first). */
export function revalidationsMissed(records: readonly RegistrationRecord[]): (RegistrationRecord & { missedAnniversary: string })[] {
  return records
    .filter((r): r is RegistrationRecord & { missedAnniversary: string } => r.missedAnniversary !== null)
    .sort((a, b) => a.missedAnniversary.localeCompare(b.missedAnniversary) || a.memberName.localeCompare(b.memberName));
}
