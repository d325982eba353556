import type Database from 'better-sqlite3';
import type { AgendaHint } from '../../../../shared/domains/agenda';
import { agreementsAgendaHints } from '../agreements/agenda';
import { recognitionAgendaHints } from '../recognition/agenda';
import { registrationAgendaHints } from '../registration/agenda';
import { skillsAgendaHints } from '../skills/agenda';

type HintSource = (db: Database.Database, memberId: number, today: string) => AgendaHint[];

const SOURCES: HintSource[] = [registrationAgendaHints, skillsAgendaHints, agreementsAgendaHints, recognitionAgendaHints];

/**
 * Everything other domains suggest for a member's next one-to-one, most urgent first,
 * less what is already on the agenda and what the manager removed before.
 * One failing domain must not take the meeting screen down with it, so its hints are skipped.
 */
export function suggestAgenda(
  db: Database.Database,
  memberId: number,
  today: string,
  exclude: ReadonlySet<string>,
  sources: HintSource[] = SOURCES,
): AgendaHint[] {
  const seen = new Set(exclude);
  const hints: AgendaHint[] = [];
  for (const source of sources) {
    let found: AgendaHint[];
    try {
      found = source(db, memberId, today);
    } catch {
      found = [];
    }
    for (const hint of found) {
      if (seen.has(hint.key)) continue;
      seen.add(hint.key);
      hints.push(hint);
    }
  }
  // Stable sort keeps each domain's own order within a priority.
  return hints.map((h, i) => ({ h, i })).sort((a, b) => a.h.priority - b.h.priority || a.i - b.i).map(({ h }) => h);
}
