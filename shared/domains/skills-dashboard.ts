import { z } from 'zod';
import { id, isoDate, optionalText } from './common';
import { assessmentSummary, ratingScale } from './skills';

/** Read models of the skills dashboards: comparison, history, gaps, heatmap and coverage. */

export const DIRECTIONS = ['up', 'down', 'same', 'unrated'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = { up: 'Up', down: 'Down', same: 'Same', unrated: 'Not rated in both' };

/** How a rating moved between two assessments; a skill rated in only one of them has no direction. */
export function directionOf(before: number | null, after: number | null): Direction {
  if (before === null || after === null) return 'unrated';
  return after > before ? 'up' : after < before ? 'down' : 'same';
}

/** Average to one decimal place, or null when nothing was rated. */
export function averageOf(values: readonly (number | null)[]): number | null {
  const rated = values.filter((v): v is number => v !== null);
  if (rated.length === 0) return null;
  return Math.round((rated.reduce((a, b) => a + b, 0) / rated.length) * 10) / 10;
}

export const comparedSkill = z.object({
  skillId: id,
  code: z.string(),
  title: z.string(),
  before: z.number().int().nullable(),
  after: z.number().int().nullable(),
  targetAfter: z.number().int().nullable(),
  direction: z.enum(DIRECTIONS),
});
export type ComparedSkill = z.infer<typeof comparedSkill>;

export const comparedSection = z.object({
  sectionId: id,
  code: z.string(),
  name: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  direction: z.enum(DIRECTIONS),
  counts: z.object({ up: z.number().int(), down: z.number().int(), same: z.number().int() }),
  skills: z.array(comparedSkill),
});
export type ComparedSection = z.infer<typeof comparedSection>;

export const comparison = z.object({
  a: assessmentSummary,
  b: assessmentSummary,
  scale: ratingScale,
  sections: z.array(comparedSection),
});
export type Comparison = z.infer<typeof comparison>;

/** Per-section direction compares section averages, so a section counts as up when its average rose. */
export function sectionDirection(before: number | null, after: number | null): Direction {
  if (before === null || after === null) return 'unrated';
  return after > before ? 'up' : after < before ? 'down' : 'same';
}

export const historyPoint = z.object({
  assessmentId: id,
  assessedOn: isoDate,
  kind: z.string(),
  current: z.number().int().nullable(),
  target: z.number().int().nullable(),
});
export const skillHistory = z.object({
  skillId: id,
  code: z.string(),
  title: z.string(),
  points: z.array(historyPoint),
});
export type SkillHistory = z.infer<typeof skillHistory>;

export const gap = z.object({
  skillId: id,
  code: z.string(),
  title: z.string(),
  sectionName: z.string(),
  current: z.number().int(),
  target: z.number().int(),
  gap: z.number().int(),
});
export type Gap = z.infer<typeof gap>;
export const gapList = z.object({ assessment: assessmentSummary.nullable(), gaps: z.array(gap) });
export type GapList = z.infer<typeof gapList>;

export const heatmapInput = z
  .object({ frameworkId: id.nullable().default(null), team: optionalText(120).default('') })
  .strict();
export type HeatmapInput = z.infer<typeof heatmapInput>;

export const heatmapCell = z.object({ sectionId: id, average: z.number().nullable(), rated: z.number().int() });
export const heatmapRow = z.object({
  memberId: id,
  name: z.string(),
  team: z.string(),
  assessmentId: id,
  assessedOn: isoDate,
  cells: z.array(heatmapCell),
});
export type HeatmapRow = z.infer<typeof heatmapRow>;
export const heatmap = z.object({
  framework: z.object({ id, name: z.string(), version: z.string() }).nullable(),
  sections: z.array(z.object({ id, code: z.string(), name: z.string() })),
  teams: z.array(z.string()),
  rows: z.array(heatmapRow),
  /** Active members in the filter without a shared assessment in this framework. */
  notAssessed: z.array(z.object({ memberId: id, name: z.string() })),
  scale: ratingScale,
});
export type Heatmap = z.infer<typeof heatmap>;

// Coverage ------------------------------------------------------------------

export const coverageRuleInput = z
  .object({
    frameworkId: id,
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('skill'), skillId: id }).strict(),
      z.object({ kind: z.literal('section'), sectionId: id }).strict(),
    ]),
    minPeople: z.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be at most 50'),
    minLevel: z.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(10, 'must be on the rating scale'),
    /** '' means: each service point in turn. */
    servicePoint: optionalText(120),
  })
  .strict();
export type CoverageRuleInput = z.infer<typeof coverageRuleInput>;

export const coverageRule = z.object({
  id,
  frameworkId: id,
  targetKind: z.enum(['skill', 'section']),
  targetId: id,
  targetLabel: z.string(),
  minPeople: z.number().int(),
  minLevel: z.number().int(),
  servicePoint: z.string(),
  /** "At least 2 people at level ≥ 3 in 5 Information governance and compliance at each service point". */
  description: z.string(),
});
export type CoverageRule = z.infer<typeof coverageRule>;

export const coverageCheck = z.object({
  servicePoint: z.string(),
  count: z.number().int(),
  needed: z.number().int(),
  people: z.array(z.string()),
  met: z.boolean(),
});
export const coverageResult = z.object({ rule: coverageRule, checks: z.array(coverageCheck), broken: z.boolean() });
export type CoverageResult = z.infer<typeof coverageResult>;

export const singlePoint = z.object({
  skillId: id,
  code: z.string(),
  title: z.string(),
  sectionName: z.string(),
  person: z.string(),
  memberId: id,
});
export type SinglePoint = z.infer<typeof singlePoint>;

export const coverageInput = z
  .object({ frameworkId: id.nullable().default(null), level: z.number().int().min(0).max(10).default(3) })
  .strict();
export const coverageReport = z.object({
  frameworkId: id.nullable(),
  rules: z.array(coverageResult),
  singlePoints: z.array(singlePoint),
  level: z.number().int(),
});
export type CoverageReport = z.infer<typeof coverageReport>;

export const DEFAULT_SPOF_LEVEL = 3;

/** One sentence a manager can read aloud. */
export function describeRule(r: { minPeople: number; minLevel: number; servicePoint: string; targetLabel: string }): string {
  const people = r.minPeople === 1 ? '1 person' : `${r.minPeople} people`;
  const where = r.servicePoint ? `at ${r.servicePoint}` : 'at each service point';
  return `At least ${people} at level ${r.minLevel} or above in ${r.targetLabel} ${where}`;
}

/**
 * The pair a manager wants side by side by default: the first initial assessment
 * (else the earliest) against the latest, both shared and in the same framework version.
 */
export function defaultComparisonPair(
  list: readonly { id: number; kind: string; assessedOn: string; shared: boolean; frameworkId: number }[],
): { a: number; b: number } | null {
  const shared = list.filter((x) => x.shared).sort((x, y) => x.assessedOn.localeCompare(y.assessedOn) || x.id - y.id);
  const latest = shared[shared.length - 1];
  if (!latest) return null;
  const same = shared.filter((x) => x.frameworkId === latest.frameworkId && x.id !== latest.id);
  const first = same.find((x) => x.kind === 'initial') ?? same[0];
  return first ? { a: first.id, b: latest.id } : null;
}
