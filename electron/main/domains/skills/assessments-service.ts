import type {
  AssessmentDetail,
  AssessmentInput,
  AssessmentSummary,
  AssessmentUpdate,
  RateInput,
  RateManyInput,
} from '../../../../shared/domains/skills';
import {
  averageOf,
  directionOf,
  sectionDirection,
  type Comparison,
  type GapList,
  type SkillHistory,
} from '../../../../shared/domains/skills-dashboard';
import { AppError } from '../../../../shared/result';
import { nowIso, type AppContext } from '../../context';
import type { SkillsRepo } from './repo';
import type { FrameworkService } from './frameworks-service';

/** Rules for one member's assessments: entry, sharing, comparison, history and gaps. */
export function createAssessmentService(
  ctx: AppContext,
  repo: SkillsRepo,
  frameworks: FrameworkService,
  requireMember: (id: number, field?: string) => { id: number; name: string },
) {
  const { assessments } = repo;

  const require = (id: number, field = 'id'): AssessmentSummary => {
    const found = assessments.get(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'assessment', id: id } });
    return found;
  };
  /** Ratings of an unshared assessment are the member's: the manager sees only that it exists and its date. */
  const requireShared = (id: number, field = 'id'): AssessmentSummary => {
    const found = require(id, field);
    if (!found.shared) {
      throw new AppError('FORBIDDEN', `${found.memberName} has not shared this assessment with you; only its date is visible.`, field);
    }
    return found;
  };

  const detail = (id: number): AssessmentDetail => {
    const assessment = require(id);
    const scale = frameworks.scale();
    if (!assessment.shared) return { assessment, scale, sections: null };
    const rows = assessments.ratedSkills(id, assessment.memberId, assessment.frameworkId);
    const sections = frameworks.get(assessment.frameworkId).sections.map(({ skills: _s, ...section }) => ({
      ...section,
      skills: rows
        .filter((r) => r.section_id === section.id)
        .map((r) => ({
          id: r.id,
          sectionId: r.section_id,
          code: r.code,
          title: r.title,
          description: r.description,
          retiredOn: r.retired_on,
          relevant: r.relevant === 1,
          current: r.current,
          target: r.target,
          notes: r.notes,
          carriedOver: r.carried_over === 1,
        })),
    }));
    return { assessment, scale, sections: sections.filter((s) => s.skills.length > 0) };
  };

  /** Checks and writes one rating; the caller touches the assessment and counts its ratings. */
  const saveOne = (a: AssessmentSummary, input: RateInput, max: number) => {
    const skill = repo.frameworks.skill(input.skillId);
    if (!skill) throw AppError.of('NOT_FOUND', 'notFound', { field: 'skillId', params: { thing: 'skill', id: input.skillId } });
    if (skill.framework_id !== a.frameworkId) {
      throw AppError.rule('VALIDATION', 'skillId', 'belongs to another framework version than this assessment');
    }
    for (const field of ['current', 'target'] as const) {
      const value = input[field];
      if (value !== undefined && value !== null && value > max) {
        throw AppError.rule('VALIDATION', field, `must be on the rating scale (0 to ${max})`, 'max', { max });
      }
    }
    const before = assessments.rating(a.id, skill.id);
    const next = {
      assessmentId: a.id,
      skillId: skill.id,
      current: input.current === undefined ? (before?.current ?? null) : input.current,
      target: input.target === undefined ? (before?.target ?? null) : input.target,
      notes: input.notes === undefined ? (before?.notes ?? '') : input.notes,
    };
    if (skill.retired_on !== null && before === null) {
      throw new AppError('VALIDATION', `Skill ${skill.code} is retired and cannot take new ratings.`, 'skillId');
    }
    assessments.saveRating(next);
    return { skillId: skill.id, current: next.current, target: next.target, notes: next.notes, carriedOver: false };
  };

  return {
    require,
    list: (memberId: number) => {
      requireMember(memberId, 'memberId');
      return assessments.list(memberId);
    },
    create: (input: AssessmentInput): AssessmentSummary => {
      requireMember(input.memberId, 'memberId');
      frameworks.requireFramework(input.frameworkId, 'frameworkId');
      const from = input.carryOverFrom === null ? null : requireShared(input.carryOverFrom, 'carryOverFrom');
      if (from && from.memberId !== input.memberId) {
        throw AppError.rule('VALIDATION', 'carryOverFrom', 'must be an earlier assessment of the same member');
      }
      if (from && from.frameworkId !== input.frameworkId) {
        throw AppError.rule('VALIDATION', 'carryOverFrom', 'uses another framework version, so its ratings cannot be carried over');
      }
      const id = assessments.insert(input, nowIso(ctx));
      // People re-rate by adjusting: each copied rating stays marked as carried over until it is rated again.
      if (from) assessments.carryOver(id, from.id);
      return require(id);
    },
    update: (input: AssessmentUpdate): AssessmentSummary => {
      require(input.id);
      assessments.update(input, nowIso(ctx));
      return require(input.id);
    },
    delete: (id: number) => {
      require(id);
      assessments.delete(id);
      return { id };
    },
    detail,
    rate: (input: RateInput) => {
      const a = requireShared(input.assessmentId, 'assessmentId');
      const saved = saveOne(a, input, frameworks.scale().max);
      assessments.touch(a.id, nowIso(ctx));
      return { ...saved, rated: assessments.countRated(a.id) };
    },
    /**
     * A whole assessment's ratings in one command (the dispatcher's one transaction): the same
     * checks as `rate` for each, the assessment touched and counted once. One bad rating writes none.
     */
    rateMany: (input: RateManyInput) => {
      const a = requireShared(input.assessmentId, 'assessmentId');
      const { max } = frameworks.scale();
      const ratings = input.ratings.map((r) => saveOne(a, { ...r, assessmentId: a.id }, max));
      assessments.touch(a.id, nowIso(ctx));
      const rated = assessments.countRated(a.id);
      return { ratings: ratings.map((r) => ({ ...r, rated })), rated };
    },
    compare: (aId: number, bId: number): Comparison => {
      const a = requireShared(aId, 'a');
      const b = requireShared(bId, 'b');
      if (a.memberId !== b.memberId) throw new AppError('VALIDATION', 'The two assessments must be of the same member.', 'b');
      if (a.frameworkId !== b.frameworkId) {
        throw new AppError('VALIDATION', 'The two assessments use different framework versions, so their skills cannot be compared one by one.', 'b');
      }
      const rows = assessments.compare(a.id, b.id, a.frameworkId);
      const sections = frameworks.get(a.frameworkId).sections.flatMap((s) => {
        const skills = rows
          .filter((r) => r.section_id === s.id)
          .map((r) => ({
            skillId: r.skill_id,
            code: r.code,
            title: r.title,
            before: r.before,
            after: r.after,
            targetAfter: r.target_after,
            direction: directionOf(r.before, r.after),
          }));
        if (skills.length === 0) return [];
        const before = averageOf(skills.map((k) => k.before));
        const after = averageOf(skills.map((k) => k.after));
        const count = (d: string) => skills.filter((k) => k.direction === d).length;
        return [{
          sectionId: s.id,
          code: s.code,
          name: s.name,
          before,
          after,
          direction: sectionDirection(before, after),
          counts: { up: count('up'), down: count('down'), same: count('same') },
          skills,
        }];
      });
      return { a, b, scale: frameworks.scale(), sections };
    },
    history: (memberId: number, skillId: number): SkillHistory => {
      requireMember(memberId, 'memberId');
      const skill = repo.frameworks.skill(skillId);
      if (!skill) throw AppError.of('NOT_FOUND', 'notFound', { field: 'skillId', params: { thing: 'skill', id: skillId } });
      const points = assessments.history(memberId, skillId).map((p) => ({
        assessmentId: p.assessment_id,
        assessedOn: p.assessed_on,
        kind: p.kind,
        current: p.current,
        target: p.target,
      }));
      return { skillId, code: skill.code, title: skill.title, points };
    },
    gaps: (memberId: number): GapList => {
      requireMember(memberId, 'memberId');
      const latest = assessments.latestShared(memberId);
      if (!latest) return { assessment: null, gaps: [] };
      const gaps = assessments.gaps(latest.id, memberId).map((g) => ({
        skillId: g.skill_id,
        code: g.code,
        title: g.title,
        sectionName: g.section_name,
        current: g.current,
        target: g.target,
        gap: g.gap,
      }));
      return { assessment: latest, gaps };
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
