import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { addDays } from '../../../../shared/dates';
import { weekStartOf } from '../../../../shared/domains/one-to-ones';
import { suggestAgenda } from './agenda';
import { createOneToOnesRepo } from './repo';

const oneToOnesRepoOf = perConnection(createOneToOnesRepo);

export interface OneToOneThisWeek {
  id: number;
  memberId: number;
  memberName: string;
  scheduledAt: string;
  /** Items already on the agenda. */
  agendaCount: number;
  /** Suggestions not yet accepted or removed. */
  suggestionCount: number;
  /** Open actions of the member (carried forward until done). */
  openActionCount: number;
}

/** The week (Monday to Sunday) containing `today`, as instants for the meeting queries. */
function weekOf(today: string): [string, string] {
  const start = weekStartOf(today);
  return [new Date(`${start}T00:00:00`).toISOString(), new Date(`${addDays(start, 7)}T00:00:00`).toISOString()];
}

/** How many meetings are still scheduled this week. */
export function countOneToOnesThisWeek(db: Database.Database, today: string): number {
  return oneToOnesRepoOf(db).countScheduledBetween(...weekOf(today));
}

/**
 * For the home dashboard: meetings still scheduled in the week (Monday to Sunday) that
 * contains `today`, with how much is on each agenda. Suggestions are worked out (a
 * query per feature) only for the first `limit` meetings, which are all that is returned.
 */
export function oneToOnesThisWeek(db: Database.Database, today: string, limit = Number.POSITIVE_INFINITY): OneToOneThisWeek[] {
  const repo = oneToOnesRepoOf(db);
  const [from, to] = weekOf(today);
  return repo.scheduledBetween(from, to).slice(0, limit).map((m) => {
    const exclude = repo.dismissedKeys(m.memberId);
    for (const item of repo.agenda(m.id)) if (item.hintKey) exclude.add(item.hintKey);
    return {
      id: m.id,
      memberId: m.memberId,
      memberName: m.memberName,
      scheduledAt: m.scheduledAt,
      agendaCount: m.agendaCount,
      suggestionCount: suggestAgenda(db, m.memberId, today, exclude).length,
      openActionCount: m.openActionCount,
    };
  });
}
