import type Database from 'better-sqlite3';
import { addDays } from '../../../../shared/dates';
import { weekStartOf } from '../../../../shared/domains/one-to-ones';
import { suggestAgenda } from './agenda';
import { createOneToOnesRepo } from './repo';

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

/**
 * For the home dashboard: meetings still scheduled in the week (Monday to Sunday) that
 * contains `today`, with how much is on each agenda.
 */
export function oneToOnesThisWeek(db: Database.Database, today: string): OneToOneThisWeek[] {
  const repo = createOneToOnesRepo(db);
  const start = weekStartOf(today);
  const from = new Date(`${start}T00:00:00`).toISOString();
  const to = new Date(`${addDays(start, 7)}T00:00:00`).toISOString();
  return repo.scheduledBetween(from, to).map((m) => {
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
