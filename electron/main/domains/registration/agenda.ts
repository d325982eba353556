import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { formatUkDate } from '../../../../shared/dates';
import type { AgendaHint } from '../../../../shared/domains/agenda';
import { LEVEL_LABELS, STAGE_LABELS } from '../../../../shared/domains/registration';
import {
  cpdWindowStart,
  REVALIDATION_HINT_DAYS,
  REVALIDATION_HOURS_REQUIRED,
  revalidationOutstanding,
} from '../../../../shared/domains/registration-rules';
import { createRegistrationRepo } from './repo';
import { driftWeeksOf, toRecord, toSummary } from './views';
import { plural } from '../../../../shared/plural';

const registrationRepoOf = perConnection(createRegistrationRepo);

const weeksText = (days: number) => `${Math.floor(days / 7)} weeks`;

/**
 * What the registration domain suggests for a member's next one-to-one, most urgent first.
 * Called by the one-to-ones domain; keep the signature stable.
 */
export function registrationAgendaHints(db: Database.Database, memberId: number, today: string): AgendaHint[] {
  const repo = registrationRepoOf(db);
  const weeks = driftWeeksOf(repo);
  const hints: AgendaHint[] = [];
  for (const row of repo.memberJourneys(memberId, today)) {
    const j = toSummary(row, today, weeks);
    if (!j.drift.stalled) continue;
    hints.push({
      source: 'registration',
      key: `registration:stalled:${j.id}`,
      title: `${LEVEL_LABELS[j.level]} progress: stalled`,
      detail: `No stage change or logged activity for ${weeksText(j.drift.daysSince)} (stage: ${STAGE_LABELS[j.stage]} since ${formatUkDate(j.stageChangedOn)}). Agree the next step and a date.`,
      link: `/registration/journeys/${j.id}`,
      priority: 1,
    });
  }
  for (const row of repo.memberRegistrations(memberId, cpdWindowStart(today), today)) {
    const r = toRecord(row, today);
    if (r.missedAnniversary) {
      hints.push({
        source: 'registration',
        key: `registration:revalidation-missed:${r.id}:${r.missedAnniversary}`,
        title: `Revalidation overdue since ${formatUkDate(r.missedAnniversary)}`,
        detail: `${LEVEL_LABELS[r.level]} anniversary ${formatUkDate(r.missedAnniversary)} went by with no revalidation recorded (last: ${r.lastRevalidatedOn ? formatUkDate(r.lastRevalidatedOn) : 'never'}); ${r.cpdHours12m} of ${REVALIDATION_HOURS_REQUIRED} CPD hours in the last 12 months.`,
        link: `/registration/members/${memberId}/cpd`,
        priority: 2,
      });
      continue;
    }
    if (r.daysToAnniversary > REVALIDATION_HINT_DAYS || !revalidationOutstanding(r.lastRevalidatedOn, r.nextAnniversary)) continue;
    const short = Math.max(0, REVALIDATION_HOURS_REQUIRED - r.cpdHours12m);
    hints.push({
      source: 'registration',
      key: `registration:revalidation:${r.id}:${r.nextAnniversary}`,
      title: `Revalidation due in ${plural(r.daysToAnniversary, 'day')}`,
      detail: `${LEVEL_LABELS[r.level]} anniversary ${formatUkDate(r.nextAnniversary)}; ${r.cpdHours12m} of ${REVALIDATION_HOURS_REQUIRED} CPD hours in the last 12 months${short > 0 ? ` (${short} to go)` : ''}.`,
      link: `/registration/members/${memberId}/cpd`,
      priority: r.daysToAnniversary <= 30 ? 2 : 3,
    });
  }
  return hints.sort((a, b) => a.priority - b.priority);
}
