import { z } from 'zod';
import { byId, exportedFile, id } from '../../domains/common';
import {
  assessmentDetail,
  assessmentInput,
  assessmentSummary,
  assessmentUpdate,
  assignProfileInput,
  compareInput,
  framework,
  frameworkImportInput,
  frameworkImportPreview,
  frameworkInput,
  frameworkSummary,
  historyInput,
  memberIdInput,
  newVersionInput,
  profileInput,
  rateInput,
  rateManyInput,
  rating,
  ratingScale,
  relevanceInput,
  retireSkillInput,
  roleProfile,
  scaleLabelsInput,
  sectionInput,
  skillInput,
  skillUpdate,
} from '../../domains/skills';
import {
  comparison,
  coverageInput,
  coverageReport,
  coverageRule,
  coverageRuleInput,
  gapList,
  heatmap,
  heatmapInput,
  skillHistory,
} from '../../domains/skills-dashboard';
import { command, noInput, query, type ChannelDef } from '../define';

const frameworkIdInput = z.object({ frameworkId: id }).strict();

/** Channels of the skills domain (`skills:verb`). */
export const skillsContract = {
  // Frameworks and the rating scale
  'skills:listFrameworks': query(noInput, z.array(frameworkSummary)),
  'skills:getFramework': query(byId, framework),
  'skills:createFramework': command(frameworkInput, frameworkSummary),
  'skills:setDefaultFramework': command(byId, frameworkSummary),
  'skills:importPreview': query(frameworkImportInput, frameworkImportPreview),
  'skills:importCommit': command(frameworkImportInput, frameworkSummary),
  'skills:addSection': command(sectionInput, framework),
  'skills:addSkill': command(skillInput, framework),
  'skills:updateSkill': command(skillUpdate, framework),
  'skills:retireSkill': command(retireSkillInput, framework),
  'skills:newVersion': command(newVersionInput, frameworkSummary),
  'skills:getScale': query(noInput, ratingScale),
  'skills:setScaleLabels': command(scaleLabelsInput, ratingScale),
  // Relevance: role profiles and a member's own choices
  'skills:listProfiles': query(frameworkIdInput, z.array(roleProfile)),
  'skills:saveProfile': command(profileInput, roleProfile),
  'skills:deleteProfile': command(byId, z.object({ id })),
  'skills:memberProfile': query(memberIdInput, z.object({ profileId: id.nullable() })),
  'skills:assignProfile': command(assignProfileInput, z.object({ profileId: id.nullable() })),
  'skills:setRelevance': command(relevanceInput, z.object({ relevant: z.boolean() })),
  // Assessments
  'skills:listAssessments': query(memberIdInput, z.array(assessmentSummary)),
  'skills:createAssessment': command(assessmentInput, assessmentSummary),
  'skills:updateAssessment': command(assessmentUpdate, assessmentSummary),
  'skills:deleteAssessment': command(byId, z.object({ id })),
  'skills:getAssessment': query(byId, assessmentDetail),
  'skills:rate': command(rateInput, rating),
  'skills:rateMany': command(rateManyInput, z.object({ ratings: z.array(rating), rated: z.number().int() })),
  'skills:compare': query(compareInput, comparison),
  'skills:history': query(historyInput, skillHistory),
  'skills:gaps': query(memberIdInput, gapList),
  // Team dashboards
  'skills:heatmap': query(heatmapInput, heatmap),
  'skills:coverage': query(coverageInput, coverageReport),
  'skills:createRule': command(coverageRuleInput, coverageRule),
  'skills:deleteRule': command(byId, z.object({ id })),
  // Exports
  'skills:exportAssessmentCsv': query(byId, exportedFile),
  'skills:exportAssessmentPdf': query(byId, exportedFile),
  'skills:exportComparisonCsv': query(compareInput, exportedFile),
  'skills:exportComparisonPdf': query(compareInput, exportedFile),
  'skills:exportHeatmapCsv': query(heatmapInput, exportedFile),
} satisfies Record<string, ChannelDef>;
