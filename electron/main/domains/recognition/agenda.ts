import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import { addDays } from '../../../../shared/dates';
import type { AgendaHint } from '../../../../shared/domains/agenda';
import { excerpt } from '../../../../shared/domains/recognition-rules';
import { createRecognitionReportsRepo } from './reports-repo';

const recognitionrtsRepoOf = perConnection(createRecognitionReportsRepo);

/** How long after a cycle ends its nominations are still worth raising at a one-to-one. */
const RECENT_DAYS = 45;

/**
 * What the recognition domain suggests for a member's next one-to-one, most urgent first:
 * nominations they received in open or recently ended cycles (a win first).
 * Called by the one-to-ones domain; keep the signature stable.
 */
export function recognitionAgendaHints(db: Database.Database, memberId: number, today: string): AgendaHint[] {
  const since = addDays(today, -RECENT_DAYS);
  return recognitionrtsRepoOf(db)
    .history(memberId)
    .filter((n) => n.status === 'open' || n.period_end >= since)
    .map((n): AgendaHint => {
      const won = n.won === 1;
      const by = n.anonymous === 1 ? 'a colleague (anonymous scheme)' : n.nominator_kind === 'manager' ? 'you' : n.nominator_name;
      return {
        source: 'recognition',
        key: `recognition:nomination:${n.nomination_id}`,
        title: won ? `Won ${n.scheme_name} (${n.cycle_label})` : `Nominated for ${n.scheme_name} (${n.cycle_label})`,
        detail: `${n.category}, nominated by ${by}: "${excerpt(n.reason, 140)}"`,
        link: `/recognition/cycles/${n.cycle_id}`,
        priority: won ? 2 : 3,
      };
    })
    .sort((a, b) => a.priority - b.priority);
}
