import type { FrameworkImportInput } from '../../../../shared/domains/skills';
import type { AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { parseTabular, refuseInvalidRows } from '../../lib/tabular';
import { parseFrameworkJson, planFrameworkImport, rowsFromTable } from './import';
import { createSkillsService } from './service';

export function skillsModule(ctx: AppContext): DomainModule {
  const skills = createSkillsService(ctx);
  const { frameworks, assessments } = skills;

  const plan = async (input: FrameworkImportInput) => {
    const raw = input.format === 'json' ? await parseFrameworkJson(input.content) : rowsFromTable(await parseTabular(input.format, input.content));
    return planFrameworkImport(raw, input.edition);
  };

  return {
    domain: 'skills',
    handlers: {
      'skills:listFrameworks': () => frameworks.list(),
      'skills:getFramework': ({ id }) => frameworks.get(id),
      'skills:createFramework': (input) => frameworks.create(input),
      'skills:setDefaultFramework': ({ id }) => frameworks.setDefault(id),
      'skills:importPreview': asyncHandler(async (input: FrameworkImportInput) => (await plan(input)).preview),
      'skills:importCommit': asyncHandler(async (input: FrameworkImportInput) => {
        const planned = await plan(input);
        refuseInvalidRows(planned.preview.rows);
        // Parsing is async; every write happens here, in one transaction: the whole framework or nothing.
        return ctx.db.transaction(() => {
          const id = frameworks.insertFramework(
            { name: input.name, version: input.version, edition: input.edition, description: `Imported from ${input.fileName}`, isDemo: false },
            planned.sections,
            planned.rows,
          );
          return frameworks.requireFramework(id);
        })();
      }),
      'skills:addSection': (input) => frameworks.addSection(input),
      'skills:addSkill': (input) => frameworks.addSkill(input),
      'skills:updateSkill': ({ id, title, description }) => frameworks.updateSkill(id, title, description),
      'skills:newVersion': ({ fromId, version }) => frameworks.newVersion(fromId, version),
      'skills:retireSkill': ({ id, retired }) => frameworks.retireSkill(id, retired),
      'skills:getScale': () => frameworks.scale(),
      'skills:setScaleLabels': ({ labels }) => frameworks.setScaleLabels(labels),
      'skills:listProfiles': ({ frameworkId }) => frameworks.listProfiles(frameworkId),
      'skills:saveProfile': (input) => frameworks.saveProfile(input),
      'skills:deleteProfile': ({ id }) => frameworks.deleteProfile(id),
      'skills:memberProfile': ({ memberId }) => {
        skills.requireMember(memberId);
        return frameworks.memberProfile(memberId);
      },
      'skills:assignProfile': ({ memberId, profileId }) => {
        skills.requireMember(memberId);
        return frameworks.assignProfile(memberId, profileId);
      },
      'skills:setRelevance': ({ memberId, skillId, relevant }) => {
        skills.requireMember(memberId);
        return frameworks.setRelevance(memberId, skillId, relevant);
      },
      'skills:listAssessments': ({ memberId }) => assessments.list(memberId),
      'skills:createAssessment': (input) => assessments.create(input),
      'skills:updateAssessment': (input) => assessments.update(input),
      'skills:deleteAssessment': ({ id }) => assessments.delete(id),
      'skills:getAssessment': ({ id }) => assessments.detail(id),
      'skills:rate': (input) => assessments.rate(input),
      'skills:rateMany': (input) => assessments.rateMany(input),
      'skills:compare': ({ a, b }) => assessments.compare(a, b),
      'skills:history': ({ memberId, skillId }) => assessments.history(memberId, skillId),
      'skills:gaps': ({ memberId }) => assessments.gaps(memberId),
      'skills:heatmap': (input) => skills.heatmap(input),
      'skills:coverage': ({ frameworkId, level }) => skills.coverage(frameworkId, level),
      'skills:createRule': (input) => skills.createRule(input),
      'skills:deleteRule': ({ id }) => skills.deleteRule(id),
      'skills:exportAssessmentCsv': ({ id }) => skills.exportAssessmentCsv(id),
      'skills:exportAssessmentPdf': asyncHandler(async ({ id }: { id: number }) =>
        skills.renderAssessmentPdf(skills.assessmentForPdf(id)),
      ),
      'skills:exportComparisonCsv': ({ a, b }) => skills.exportComparisonCsv(a, b),
      'skills:exportComparisonPdf': asyncHandler(async ({ a, b }: { a: number; b: number }) =>
        skills.renderComparisonPdf(assessments.compare(a, b)),
      ),
      'skills:exportHeatmapCsv': (input) => skills.exportHeatmapCsv(input),
    },
  };
}
