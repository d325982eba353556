import type Database from 'better-sqlite3';
import type { AgendaHint } from '../../../../shared/domains/agenda';
import { TALKING_POINT_DIFFERENCE, talkingPointFor } from '../../../../shared/domains/member-pack';
import { perConnection } from '../../lib/per-connection';
import { createMemberPackRepo } from './repo';

const repoOf = perConnection(createMemberPackRepo);

/**
 * Suggested talking points: skills where the member's self-rating (latest self-assessment) and the manager's
 * view differ by two levels or more. Offered through the skills domain's agenda hints.
 */
export function selfVsManagerAgendaHints(db: Database.Database, memberId: number): AgendaHint[] {
  return repoOf(db)
    .differing(memberId, TALKING_POINT_DIFFERENCE)
    .slice(0, 3)
    .map((r) => ({
      source: 'skills' as const,
      key: `skills:views:${r.assessment_id}:${r.skill_id}`,
      ...talkingPointFor({ code: r.code, title: r.title, self: r.self ?? 0, manager: r.manager ?? 0 }, r.member_name),
      link: `/skills/members/${memberId}`,
      priority: 2,
    }));
}
