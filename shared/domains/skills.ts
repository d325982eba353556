import { z } from 'zod';
import { id, importFileInput, isoDate, optionalText, requiredText, rowError } from './common';
import { CURRENT_PKSB_EDITION, PKSB_EDITIONS } from './pksb';

/** Schemas of the skills domain: frameworks (versioned), assessments and ratings. Dashboards live in skills-dashboard.ts. */

export const ASSESSMENT_KINDS = ['initial', 'reassessment', 'ad_hoc'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  initial: 'Initial',
  reassessment: 'Reassessment',
  ad_hoc: 'Ad hoc',
};

/** "Initial assessment", "Reassessment", "Ad hoc assessment". */
export const assessmentName = (kind: AssessmentKind) => (kind === 'reassessment' ? 'Reassessment' : `${ASSESSMENT_KIND_LABELS[kind]} assessment`);

export const MAX_SCALE_LEVEL = 10;
const level = z.number({ message: 'must be a number' }).int('must be a whole number');

export const scaleLevel = z.object({ level: z.number().int(), label: z.string() });
export const ratingScale = z.object({ min: z.number().int(), max: z.number().int(), levels: z.array(scaleLevel) });
export type RatingScale = z.infer<typeof ratingScale>;

export const scaleLabelsInput = z
  .object({ labels: z.array(requiredText(60)).min(2, 'must have at least 2 levels').max(MAX_SCALE_LEVEL + 1, 'must have at most 11 levels') })
  .strict();
export type ScaleLabelsInput = z.infer<typeof scaleLabelsInput>;

export const skillCode = requiredText(20);

export const skill = z.object({
  id,
  sectionId: id,
  code: z.string(),
  title: z.string(),
  description: z.string(),
  retiredOn: isoDate.nullable(),
});
export type Skill = z.infer<typeof skill>;

/** A framework declares which PKSB edition its sections follow; null for a framework of the team's own. */
export const pksbEdition = z.enum(PKSB_EDITIONS, { message: 'must be the 2012 wheel or the 2021 edition' });

export const section = z.object({
  id,
  code: z.string(),
  name: z.string(),
  isLocal: z.boolean(),
  /** The PKSB edition this section comes from (its framework's); null for a local section. */
  edition: pksbEdition.nullable(),
  skills: z.array(skill),
});
export type Section = z.infer<typeof section>;

export const frameworkSummary = z.object({
  id,
  name: z.string(),
  version: z.string(),
  edition: pksbEdition.nullable(),
  description: z.string(),
  isDemo: z.boolean(),
  isDefault: z.boolean(),
  skillCount: z.number().int(),
  sectionCount: z.number().int(),
  assessmentCount: z.number().int(),
});
export type FrameworkSummary = z.infer<typeof frameworkSummary>;

export const framework = frameworkSummary.extend({ sections: z.array(section) });
export type Framework = z.infer<typeof framework>;

export const frameworkInput = z
  .object({
    name: requiredText(200),
    version: requiredText(60),
    description: optionalText(2000),
    /** The PKSB edition the framework follows; null for a framework of the team's own. */
    edition: pksbEdition.nullable().default(CURRENT_PKSB_EDITION),
    /** Start with that edition's section skeleton (codes and names only). */
    withPksbSections: z.boolean().default(true),
  })
  .strict();
export type FrameworkInput = z.infer<typeof frameworkInput>;

export const sectionInput = z.object({ frameworkId: id, code: skillCode, name: requiredText(200) }).strict();
export type SectionInput = z.infer<typeof sectionInput>;

export const skillInput = z
  .object({ frameworkId: id, sectionId: id, code: skillCode, title: requiredText(200), description: optionalText(2000) })
  .strict();
export type SkillInput = z.infer<typeof skillInput>;

export const skillUpdate = z.object({ id, title: requiredText(200), description: optionalText(2000) }).strict();
export type SkillUpdate = z.infer<typeof skillUpdate>;

/** A new version of a framework starts as a copy of an existing one (sections and skills in use). */
export const newVersionInput = z.object({ fromId: id, version: requiredText(60) }).strict();

export const retireSkillInput = z.object({ id, retired: z.boolean() }).strict();

/** One row of a framework file: the columns we read, named as in the CSV header. */
export const frameworkImportInput = importFileInput
  .extend({ name: requiredText(200), version: requiredText(60), edition: pksbEdition.nullable().default(CURRENT_PKSB_EDITION) })
  .strict();
export type FrameworkImportInput = z.infer<typeof frameworkImportInput>;

export const frameworkImportRow = z.object({
  rowNumber: z.number().int(),
  sectionCode: z.string(),
  sectionName: z.string(),
  /** The edition whose section this row's section is; null when the section is the team's own. */
  sectionEdition: pksbEdition.nullable(),
  code: z.string(),
  title: z.string(),
  errors: z.array(rowError),
});
export type FrameworkImportRow = z.infer<typeof frameworkImportRow>;

export const frameworkImportPreview = z.object({
  edition: pksbEdition.nullable(),
  rows: z.array(frameworkImportRow),
  sectionCount: z.number().int(),
  skillCount: z.number().int(),
  invalid: z.number().int(),
});
export type FrameworkImportPreview = z.infer<typeof frameworkImportPreview>;

// Assessments ---------------------------------------------------------------

export const assessmentInput = z
  .object({
    memberId: id,
    frameworkId: id,
    kind: z.enum(ASSESSMENT_KINDS, { message: 'must be initial, reassessment or ad hoc' }),
    assessedOn: isoDate,
    shared: z.boolean(),
    /** Start from this earlier assessment's ratings (same member and framework version), marked as carried over until changed. */
    carryOverFrom: id.nullable().default(null),
  })
  .strict();
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const assessmentUpdate = z
  .object({
    id,
    kind: z.enum(ASSESSMENT_KINDS, { message: 'must be initial, reassessment or ad hoc' }),
    assessedOn: isoDate,
    shared: z.boolean(),
  })
  .strict();
export type AssessmentUpdate = z.infer<typeof assessmentUpdate>;

export const assessmentSummary = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  frameworkId: id,
  frameworkName: z.string(),
  frameworkVersion: z.string(),
  kind: z.enum(ASSESSMENT_KINDS),
  assessedOn: isoDate,
  shared: z.boolean(),
  /** Null when not shared: the manager sees only that it exists and its date. */
  rated: z.number().int().nullable(),
  total: z.number().int(),
  /** The assessment its ratings were carried over from, and how many are still unchanged (null when not shared). */
  carriedFrom: z.object({ id, assessedOn: isoDate }).nullable(),
  carriedOver: z.number().int().nullable(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

export const ratedSkill = skill.extend({
  relevant: z.boolean(),
  current: z.number().int().nullable(),
  target: z.number().int().nullable(),
  notes: z.string(),
  /** Copied from the previous assessment and not changed since. */
  carriedOver: z.boolean(),
});
export type RatedSkill = z.infer<typeof ratedSkill>;

export const assessmentDetail = z.object({
  assessment: assessmentSummary,
  scale: ratingScale,
  /** Null when the member has not shared the assessment. */
  sections: z.array(section.omit({ skills: true }).extend({ skills: z.array(ratedSkill) })).nullable(),
});
export type AssessmentDetail = z.infer<typeof assessmentDetail>;

/** A change to one skill's rating; an omitted field is left as it is, null clears it. */
export const rateInput = z
  .object({
    assessmentId: id,
    skillId: id,
    current: level.min(0, 'must be 0 or more').max(MAX_SCALE_LEVEL, 'must be on the rating scale').nullable().optional(),
    target: level.min(0, 'must be 0 or more').max(MAX_SCALE_LEVEL, 'must be on the rating scale').nullable().optional(),
    notes: optionalText(4000).optional(),
  })
  .strict();
export type RateInput = z.infer<typeof rateInput>;

/** Many ratings of one assessment in one command (the rating grid's queued edits, a whole assessment). */
export const rateManyInput = z
  .object({
    assessmentId: id,
    ratings: z
      .array(rateInput.omit({ assessmentId: true }))
      .min(1, 'must list at least one rating')
      .max(1000, 'must list at most 1,000 ratings at once'),
  })
  .strict();
export type RateManyInput = z.infer<typeof rateManyInput>;

export const rating = z.object({
  skillId: id,
  current: z.number().int().nullable(),
  target: z.number().int().nullable(),
  notes: z.string(),
  carriedOver: z.boolean(),
  rated: z.number().int(),
});

export const memberIdInput = z.object({ memberId: id }).strict();
export const compareInput = z.object({ a: id, b: id }).strict();
export const historyInput = z.object({ memberId: id, skillId: id }).strict();

export const relevanceInput = z.object({ memberId: id, skillId: id, relevant: z.boolean().nullable() }).strict();

export const profileInput = z
  .object({ id: id.nullable(), frameworkId: id, name: requiredText(120), notRelevantSkillIds: z.array(id).max(2000) })
  .strict();
export type ProfileInput = z.infer<typeof profileInput>;

export const roleProfile = z.object({
  id,
  frameworkId: id,
  name: z.string(),
  notRelevantSkillIds: z.array(id),
  memberIds: z.array(id),
});
export type RoleProfile = z.infer<typeof roleProfile>;

export const assignProfileInput = z.object({ memberId: id, profileId: id.nullable() }).strict();
