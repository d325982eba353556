import { z } from 'zod';
import { daysBetween } from '../dates';
import { byId, id, isoDate, optionalText, requiredText } from './common';
import { portfolioItem } from './registration-portfolio';
import { DRIFT_WEEKS_MAX, DRIFT_WEEKS_MIN } from './registration-rules';

/** CILIP registration journeys: levels, stages, portfolio evidence. */

export const LEVELS = ['certification', 'chartership', 'fellowship'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  certification: 'Certification (ACLIP)',
  chartership: 'Chartership (MCLIP)',
  fellowship: 'Fellowship (FCLIP)',
};

export const JOURNEY_KINDS = ['registration', 'revalidation'] as const;
export type JourneyKind = (typeof JOURNEY_KINDS)[number];
export const JOURNEY_KIND_LABELS: Record<JourneyKind, string> = {
  registration: 'Working towards registration',
  revalidation: 'Revalidation cycle',
};

export const STAGES = [
  'joined',
  'enrolled',
  'mentor_agreed',
  'initial_pksb',
  'gathering_evidence',
  'portfolio_assembly',
  'submitted',
  'assessment',
  'awarded',
  'further_information_requested',
  'not_awarded',
] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  joined: 'Joined CILIP',
  enrolled: 'Enrolled',
  mentor_agreed: 'Mentor agreed',
  initial_pksb: 'Initial PKSB',
  gathering_evidence: 'Gathering evidence',
  portfolio_assembly: 'Portfolio assembly',
  submitted: 'Submitted',
  assessment: 'Assessment',
  awarded: 'Outcome: awarded',
  further_information_requested: 'Outcome: further information requested',
  not_awarded: 'Outcome: not awarded',
};

/** Position on the journey; the three outcomes share the last step. */
export const stageOrder = (stage: Stage): number => Math.min(STAGES.indexOf(stage), 8);
/**
 * Days since the candidate's planned submission date went by with the portfolio not yet submitted, or null (no
 * plan, still ahead, or submitted since). CILIP sets no deadline: this is the candidate's own date, a prompt to talk.
 */
export function plannedSubmissionOverdueDays(plannedOn: string | null, stage: Stage, today: string): number | null {
  if (plannedOn === null || plannedOn >= today || stageOrder(stage) >= stageOrder('submitted')) return null;
  return daysBetween(plannedOn, today);
}

/** Journeys that have ended: never stalled, not counted as candidates. */
export const CLOSED_STAGES: readonly Stage[] = ['awarded', 'not_awarded'];
/** The candidate is waiting on CILIP, so silence is not drift. */
export const WAITING_STAGES: readonly Stage[] = ['submitted', 'assessment'];
export const nextStage = (stage: Stage): Stage | null => {
  const i = STAGES.indexOf(stage);
  return i >= 0 && i < 8 ? (STAGES[i + 1] ?? null) : null;
};

/**
 * CILIP assesses every level against the same three criteria (depth grows with the level).
 * Reflection runs through all three and is not a criterion of its own; Fellowship's letters
 * of support are documents (see PORTFOLIO_ITEMS), not a criterion.
 */
export const CRITERIA = ['personal', 'organisational', 'wider'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const CRITERION_LABELS: Record<Criterion, string> = {
  personal: 'Personal performance',
  organisational: 'Organisational context',
  wider: 'Wider professional context',
};
export const criteriaFor = (_level: Level): readonly Criterion[] => CRITERIA;

/** Chartership has a route for knowledge management (since 2019) beside the main one. */
export const ROUTES = ['main', 'knowledge_management'] as const;
export type Route = (typeof ROUTES)[number];
export const ROUTE_LABELS: Record<Route, string> = {
  main: 'Main route',
  knowledge_management: 'Knowledge Management Chartership',
};
export const routesFor = (level: Level): readonly Route[] => (level === 'chartership' ? ROUTES : ['main']);

/** What each stage normally holds, shown when a move would skip it. */
export const STAGE_DESCRIPTIONS: Record<Stage, string> = {
  joined: 'Membership of CILIP, the first step towards registration.',
  enrolled: 'Enrolment for the level with CILIP.',
  mentor_agreed: 'A mentor from CILIP\'s mentor register agreed (not the line manager).',
  initial_pksb: 'The initial PKSB self-assessment, rating current and target levels.',
  gathering_evidence: 'CPD and evidence collected against the three criteria.',
  portfolio_assembly:
    'Putting the portfolio together: the evaluative statement (up to 1,000 words), evidence mapped to the criteria, the final PKSB, annotated CV and job description, organisational context and (Certification, Chartership) the Mentor Completion form.',
  submitted: 'The portfolio submitted to CILIP.',
  assessment: 'CILIP\'s assessors reviewing the portfolio.',
  awarded: 'The level awarded.',
  further_information_requested: 'The assessors asked for more information.',
  not_awarded: 'The level not awarded this time.',
};

/** Stages a forward move would pass over without recording them (outcomes are alternatives, not steps). */
export function skippedStages(from: Stage, to: Stage): Stage[] {
  const a = stageOrder(from);
  const b = stageOrder(to);
  if (b <= a + 1) return [];
  return STAGES.slice(a + 1, b);
}

const levelField = z.enum(LEVELS, { message: 'must be Certification, Chartership or Fellowship' });
const stageField = z.enum(STAGES, { message: 'must be one of the journey stages' });

export const journeyDetailsInput = z
  .object({
    mentorName: optionalText(200),
    mentorContact: optionalText(254),
    supportOfficer: optionalText(200),
    regionalNetwork: optionalText(200),
    plannedSubmissionOn: isoDate.nullable(),
    notes: optionalText(5000),
    /** Whether the mentor is on CILIP's mentor register; null when not recorded; omitted leaves it as it is. */
    mentorOnRegister: z.boolean({ message: 'must be yes, no or not recorded' }).nullable().optional(),
    /** Omitted: the main route on a new journey, unchanged on an update. */
    route: z.enum(ROUTES, { message: 'must be the main route or Knowledge Management Chartership' }).optional(),
  })
  .strict();
export type JourneyDetailsInput = z.infer<typeof journeyDetailsInput>;

export const emptyJourneyDetails: JourneyDetailsInput = {
  mentorName: '',
  mentorContact: '',
  supportOfficer: '',
  regionalNetwork: '',
  plannedSubmissionOn: null,
  notes: '',
  mentorOnRegister: null,
  route: 'main',
};

export const journeyCreateInput = journeyDetailsInput
  .extend({
    memberId: id,
    level: levelField,
    kind: z.enum(JOURNEY_KINDS, { message: 'must be registration or revalidation' }),
    stage: stageField,
    startedOn: isoDate,
  })
  .strict();
export type JourneyCreateInput = z.infer<typeof journeyCreateInput>;

export const stageChangeInput = z
  .object({ id, stage: stageField, enteredOn: isoDate, reason: optionalText(1000) })
  .strict();
export type StageChangeInput = z.infer<typeof stageChangeInput>;

export const statementInput = z.object({ id, statement: z.string().max(20000, 'must be at most 20000 characters') }).strict();

export const evidenceInput = z
  .object({
    journeyId: id,
    title: requiredText(200),
    datedOn: isoDate.nullable(),
    location: optionalText(1000),
    criteria: z.array(z.enum(CRITERIA, { message: 'must be one of the criteria' })).max(CRITERIA.length),
  })
  .strict();
export type EvidenceInput = z.infer<typeof evidenceInput>;

export const evidence = evidenceInput.extend({ id, addedOn: isoDate });
export type Evidence = z.infer<typeof evidence>;

/** Corrections to an evidence item (it stays on its journey). */
export const evidenceUpdateInput = z.object({ id, changes: evidenceInput.omit({ journeyId: true }) }).strict();
/** "Undo" of a removal: the item as it was, with the date it was added and its link. */
export const evidenceRestoreInput = evidence.strict();

export const stageEvent = z.object({ id, stage: stageField, enteredOn: isoDate, reason: z.string() });
export type StageEvent = z.infer<typeof stageEvent>;

export const driftState = z.object({
  stalled: z.boolean(),
  daysSince: z.number().int(),
  lastMovement: isoDate,
  /** False when the stage cannot drift (closed, or waiting on CILIP). */
  tracked: z.boolean(),
});

export const journeySummary = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  level: levelField,
  route: z.enum(ROUTES),
  kind: z.enum(JOURNEY_KINDS),
  stage: stageField,
  stageChangedOn: isoDate,
  daysInStage: z.number().int(),
  plannedSubmissionOn: isoDate.nullable(),
  drift: driftState,
});
export type JourneySummary = z.infer<typeof journeySummary>;

export const journey = journeySummary.extend({
  ...journeyDetailsInput.shape,
  route: z.enum(ROUTES),
  mentorOnRegister: z.boolean().nullable(),
  lineManagerName: z.string().nullable(),
  statement: z.string(),
  statementWords: z.number().int(),
  statementUpdatedOn: isoDate.nullable(),
  /** Advice the manager should see (e.g. the mentor is the line manager); never blocks saving. */
  warnings: z.array(z.string()),
  history: z.array(stageEvent),
  evidence: z.array(evidence),
  /** The level's portfolio documents (registration journeys; empty for revalidation). */
  portfolio: z.array(portfolioItem),
  /** Soft advice on the amount of evidence; never blocks. */
  evidenceHint: z.string().nullable(),
  driftWeeks: z.number().int(),
});
export type Journey = z.infer<typeof journey>;

export const registrationRecord = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  level: levelField,
  registeredOn: isoDate,
  lastRevalidatedOn: isoDate.nullable(),
  nextAnniversary: isoDate,
  daysToAnniversary: z.number().int(),
  /** The last anniversary that went by with no revalidation (see missedRevalidation), or null. */
  missedAnniversary: isoDate.nullable(),
  cpdHours12m: z.number(),
});
export type RegistrationRecord = z.infer<typeof registrationRecord>;

export const registrationSetInput = z
  .object({ memberId: id, level: levelField, registeredOn: isoDate, lastRevalidatedOn: isoDate.nullable() })
  .strict();
export type RegistrationSetInput = z.infer<typeof registrationSetInput>;

export const stageCount = z.object({ level: levelField, stage: stageField, count: z.number().int() });
export type StageCount = z.infer<typeof stageCount>;

export const dashboard = z.object({
  driftWeeks: z.number().int(),
  counts: z.array(stageCount),
  journeys: z.array(journeySummary),
  registered: z.array(registrationRecord),
});
export type Dashboard = z.infer<typeof dashboard>;

export const registrationSettings = z
  .object({
    driftWeeks: z
      .number({ message: 'must be a number' })
      .int('must be a whole number of weeks')
      .min(DRIFT_WEEKS_MIN, `must be at least ${DRIFT_WEEKS_MIN} week`)
      .max(DRIFT_WEEKS_MAX, `must be at most ${DRIFT_WEEKS_MAX} weeks`),
  })
  .strict();
export type RegistrationSettings = z.infer<typeof registrationSettings>;

export const registrationSchemas = {
  byId,
  memberInput: z.object({ memberId: id }).strict(),
  journeyUpdateInput: z.object({ id, changes: journeyDetailsInput }).strict(),
  dashboardInput: z.object({ includeClosed: z.boolean().default(false) }).strict(),
};
