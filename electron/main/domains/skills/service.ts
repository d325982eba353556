import type { CoverageReport, CoverageRuleInput, Heatmap, HeatmapInput } from '../../../../shared/domains/skills-dashboard';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { buildHeatmap, createRule, evaluateRule, rulesOf, singlePointsOfFailure } from './coverage';
import { assessmentCsv, assessmentPdf, comparisonCsv, comparisonPdf, heatmapCsv } from './export';
import { createSkillsRepo } from './repo';
import { createAssessmentService } from './assessments-service';
import { createFrameworkService } from './frameworks-service';

/** The skills domain's rules, composed from its parts. */
export function createSkillsService(ctx: AppContext) {
  const repo = createSkillsRepo(ctx.db);
  const requireMember = (id: number, field = 'memberId') => {
    const found = repo.assessments.member(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'team member', id: id } });
    return found;
  };
  const frameworks = createFrameworkService(ctx, repo);
  const assessments = createAssessmentService(ctx, repo, frameworks, requireMember);

  const heatmap = (input: HeatmapInput): Heatmap => {
    const frameworkId = input.frameworkId ?? frameworks.defaultId();
    if (input.frameworkId !== null) frameworks.requireFramework(input.frameworkId, 'frameworkId');
    return { ...buildHeatmap(repo, frameworkId, input.team), scale: frameworks.scale() };
  };

  const coverage = (frameworkId: number | null, level: number): CoverageReport => {
    const id = frameworkId ?? frameworks.defaultId();
    if (frameworkId !== null) frameworks.requireFramework(frameworkId, 'frameworkId');
    if (id === null) return { frameworkId: null, rules: [], singlePoints: [], level };
    return {
      frameworkId: id,
      rules: rulesOf(repo, id).map((rule) => evaluateRule(repo, rule)),
      singlePoints: singlePointsOfFailure(ctx.db, id, level),
      level,
    };
  };

  return {
    repo,
    frameworks,
    assessments,
    requireMember,
    heatmap,
    coverage,
    createRule: (input: CoverageRuleInput) => createRule(repo, input, nowIso(ctx)),
    deleteRule: (id: number) => {
      if (!repo.dashboard.rule(id)) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'coverage rule', id: id } });
      repo.dashboard.deleteRule(id);
      return { id };
    },
    exportAssessmentCsv: (id: number) => {
      const d = assessments.detail(id);
      if (!d.sections) throw new AppError('FORBIDDEN', `${d.assessment.memberName} has not shared this assessment with you.`, 'id');
      return assessmentCsv(d);
    },
    assessmentForPdf: (id: number) => {
      const d = assessments.detail(id);
      if (!d.sections) throw new AppError('FORBIDDEN', `${d.assessment.memberName} has not shared this assessment with you.`, 'id');
      return d;
    },
    exportComparisonCsv: (a: number, b: number) => comparisonCsv(assessments.compare(a, b)),
    exportHeatmapCsv: (input: HeatmapInput) => heatmapCsv(heatmap(input), todayOf(ctx)),
    renderAssessmentPdf: assessmentPdf,
    renderComparisonPdf: comparisonPdf,
  };
}

export type SkillsService = ReturnType<typeof createSkillsService>;
