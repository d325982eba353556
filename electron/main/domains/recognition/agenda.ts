import type Database from 'better-sqlite3';
import type { AgendaHint } from '../../../../shared/domains/agenda';

/**
 * What the recognition domain suggests for a member's next one-to-one, most urgent first.
 * Called by the one-to-ones domain; keep the signature stable.
 */
export function recognitionAgendaHints(_db: Database.Database, _memberId: number, _today: string): AgendaHint[] {
  return [];
}
