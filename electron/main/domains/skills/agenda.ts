import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import type { AgendaHint } from '../../../../shared/domains/agenda';
import { selfVsManagerAgendaHints } from '../member-pack/agenda';
import { createSkillsRepo } from './repo';

const skillsRepoOf = perConnection(createSkillsRepo);

/**
 * What the skills domain suggests for a member's next one-to-one, most urgent first:
 * the three biggest relevant gaps (target − current) in their latest shared assessment, after
 * up to three skills where the member's self-rating and the manager's view differ by two levels or more.
 * Called by the one-to-ones domain; keep the signature stable.
 */
export function skillsAgendaHints(db: Database.Database, memberId: number, _today: string): AgendaHint[] {
  const { assessments } = skillsRepoOf(db);
  const latest = assessments.latestShared(memberId);
  // Where the member's self-rating and the manager's view differ by two levels or more (issue #18).
  const views = selfVsManagerAgendaHints(db, memberId);
  if (!latest) return views;
  return [...views, ...assessments
    .gaps(latest.id, memberId)
    .slice(0, 3)
    .map((g) => ({
      source: 'skills' as const,
      key: `skills:gap:${latest.id}:${g.skill_id}`,
      title: `Skill gap: ${g.code} ${g.title}`,
      detail: `Rated ${g.current}, aiming for ${g.target} (gap ${g.gap}) in ${g.section_name}.`,
      link: `/skills/members/${memberId}`,
      priority: g.gap >= 2 ? 2 : 3,
    }))];
}
