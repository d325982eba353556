import type Database from 'better-sqlite3';
import { perConnection } from '../../lib/per-connection';
import {
  DEFAULT_SPOF_LEVEL,
  describeRule,
  type CoverageResult,
  type CoverageRule,
  type CoverageRuleInput,
  type Heatmap,
  type SinglePoint,
} from '../../../../shared/domains/skills-dashboard';
import { AppError } from '../../../../shared/result';
import { createSkillsRepo, type SkillsRepo } from './repo';
import { heatmapCells, type RuleRowOf } from './dashboard-repo';

const skillsRepoOf = perConnection(createSkillsRepo);

/**
 * Team dashboards: heatmap, coverage rules and single points of failure. The
 * functions taking a plain `db` are for other screens (the home dashboard).
 */

const toRule = (r: RuleRowOf): CoverageRule => {
  const base = {
    id: r.id,
    frameworkId: r.framework_id,
    targetKind: r.skill_id !== null ? ('skill' as const) : ('section' as const),
    targetId: r.skill_id ?? r.section_id ?? 0,
    targetLabel: r.target_label,
    minPeople: r.min_people,
    minLevel: r.min_level,
    servicePoint: r.service_point ?? '',
  };
  return { ...base, description: describeRule(base) };
};

/** Checks one rule at each service point it covers (all active service points, or the one it names). */
export function evaluateRule(repo: SkillsRepo, rule: CoverageRule): CoverageResult {
  const found = repo.dashboard.coverage(rule.targetKind, rule.frameworkId, rule.targetId, rule.minLevel);
  const byTeam = new Map(found.map((f) => [f.team, f]));
  const points = rule.servicePoint ? [rule.servicePoint] : repo.dashboard.teams();
  const checks = points.map((servicePoint) => {
    const hit = byTeam.get(servicePoint);
    const count = hit?.n ?? 0;
    return {
      servicePoint,
      count,
      needed: rule.minPeople,
      people: hit ? hit.people.split('; ').sort((a, b) => a.localeCompare(b)) : [],
      met: count >= rule.minPeople,
    };
  });
  return { rule, checks, broken: checks.some((c) => !c.met) };
}

export function rulesOf(repo: SkillsRepo, frameworkId: number): CoverageRule[] {
  return repo.dashboard.rules(frameworkId).map(toRule);
}

/** Every coverage rule (of every framework) that is broken today, with the service points that fall short. */
export function brokenCoverageRules(db: Database.Database): CoverageResult[] {
  const repo = skillsRepoOf(db);
  return repo.dashboard
    .ruleFrameworks()
    .flatMap((f) => rulesOf(repo, f))
    .map((rule) => evaluateRule(repo, rule))
    .filter((r) => r.broken)
    .map((r) => ({ ...r, checks: r.checks.filter((c) => !c.met) }));
}

/** Skills of a framework where exactly one active member is at `level` or above (latest shared assessments). */
export function singlePointsOfFailure(db: Database.Database, frameworkId: number, level = DEFAULT_SPOF_LEVEL): SinglePoint[] {
  return skillsRepoOf(db)
    .dashboard.singlePoints(frameworkId, level)
    .map((r) => ({ skillId: r.skill_id, code: r.code, title: r.title, sectionName: r.section_name, person: r.name, memberId: r.member_id }));
}

export function buildHeatmap(repo: SkillsRepo, frameworkId: number | null, team: string): Omit<Heatmap, 'scale'> {
  const framework = frameworkId === null ? null : repo.frameworks.get(frameworkId);
  const teams = repo.dashboard.teams();
  if (!framework) return { framework: null, sections: [], teams, rows: [], notAssessed: [] };
  const sections = repo.frameworks.sections(framework.id).map((s) => ({ id: s.id, code: s.code, name: s.name }));
  const latest = repo.dashboard.heatmap(framework.id, team);
  const indexOf = new Map(sections.map((s, i) => [s.id, i]));
  const rows: Heatmap['rows'] = [];
  for (const l of latest) {
    if (l.assessment_id === null || l.assessed_on === null) continue;
    rows.push({
      memberId: l.member_id,
      name: l.name,
      team: l.team,
      assessmentId: l.assessment_id,
      assessedOn: l.assessed_on,
      cells: heatmapCells(l.packed, sections, indexOf),
    });
  }
  const notAssessed = latest.filter((l) => l.assessment_id === null).map((l) => ({ memberId: l.member_id, name: l.name }));
  return { framework: { id: framework.id, name: framework.name, version: framework.version }, sections, teams, rows, notAssessed };
}

/** Rules are data: every reference is checked against the framework version before saving. */
export function createRule(repo: SkillsRepo, input: CoverageRuleInput, now: string): CoverageRule {
  if (!repo.frameworks.get(input.frameworkId)) throw AppError.of('NOT_FOUND', 'notFound', { field: 'frameworkId', params: { thing: 'skills framework', id: input.frameworkId } });
  const { max } = repo.frameworks.scale();
  if (input.minLevel > max) throw AppError.rule('VALIDATION', 'minLevel', `must be on the rating scale (0 to ${max})`, 'max', { max });
  if (input.target.kind === 'skill') {
    const skill = repo.frameworks.skill(input.target.skillId);
    if (!skill || skill.framework_id !== input.frameworkId) {
      throw AppError.rule('VALIDATION', 'target.skillId', 'is not in this framework version');
    }
  } else {
    const section = repo.frameworks.section(input.target.sectionId);
    if (!section || section.framework_id !== input.frameworkId) {
      throw AppError.rule('VALIDATION', 'target.sectionId', 'is not in this framework version');
    }
  }
  if (input.servicePoint && !repo.dashboard.teams().includes(input.servicePoint)) {
    throw AppError.rule('VALIDATION', 'servicePoint', `"${input.servicePoint}" has no active team members`);
  }
  const id = repo.dashboard.insertRule(
    {
      frameworkId: input.frameworkId,
      skillId: input.target.kind === 'skill' ? input.target.skillId : null,
      sectionId: input.target.kind === 'section' ? input.target.sectionId : null,
      minPeople: input.minPeople,
      minLevel: input.minLevel,
      servicePoint: input.servicePoint,
    },
    now,
  );
  const row = repo.dashboard.rule(id);
  if (!row) throw new AppError('INTERNAL', 'The rule was not saved.');
  return toRule(row);
}
