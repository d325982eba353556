import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common';

export const CADENCES = ['monthly', 'quarterly', 'annual', 'one_off'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
  one_off: 'One-off',
};

export const DECIDERS = ['manager', 'panel', 'team_vote'] as const;
export type Decider = (typeof DECIDERS)[number];
export const DECIDER_LABELS: Record<Decider, string> = {
  manager: 'Manager decides',
  panel: 'Panel votes',
  team_vote: 'Team vote',
};

export const TIE_BREAKS = ['manager', 'earliest_nomination', 'fewest_past_wins'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];
export const TIE_BREAK_LABELS: Record<TieBreak, string> = {
  manager: 'Manager decides, with a reason',
  earliest_nomination: 'Earliest nomination wins',
  fewest_past_wins: 'Fewest past wins in this scheme',
};

export const CYCLE_STATUSES = ['open', 'closed', 'shortlisted', 'decided', 'announced', 'rewarded'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  open: 'Open for nominations',
  closed: 'Closed',
  shortlisted: 'Shortlisted',
  decided: 'Winner decided',
  announced: 'Winner announced',
  rewarded: 'Reward given',
};

export const DECISION_METHODS = ['votes', 'tie_break_rule', 'manager'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

export const DEFAULT_CATEGORIES = ['Customer service', 'Innovation', 'Teamwork', 'Behind the scenes', 'Newcomer'];

const shortList = (label: string, min: number) =>
  z
    .array(requiredText(80))
    .min(min, min === 1 ? `must have at least one ${label}` : `must have at least ${min} ${label}s`)
    .max(20, `must have at most 20 ${label}s`)
    .refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, { message: `must not repeat a ${label}` });

export const schemeInput = z
  .object({
    name: requiredText(120),
    cadence: z.enum(CADENCES, { message: 'must be monthly, quarterly, annual or one-off' }),
    categories: shortList('category', 1),
    values: shortList('value', 0),
    reward: optionalText(500),
    allowSelfNomination: z.boolean(),
    anonymous: z.boolean(),
    cooldownCycles: z.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(24, 'must be 24 or fewer'),
    decidedBy: z.enum(DECIDERS, { message: 'must be manager, panel or team vote' }),
    tieBreak: z.enum(TIE_BREAKS, { message: 'must be one of the tie-break rules' }),
    minReasonLength: z.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(1000, 'must be 1000 or fewer'),
    /** The named panel: when the scheme is decided by a panel, only these people vote. */
    panelMemberIds: z
      .array(id)
      .max(20, 'must have at most 20 people')
      .refine((xs) => new Set(xs).size === xs.length, { message: 'must not name a person twice' })
      .default([]),
  })
  .strict();
/** A panel is a named list of at least this many people (one person deciding is "Manager decides"). */
export const MIN_PANEL_SIZE = 2;
/** What callers send: the panel may be left out (no panel). */
export type SchemeInput = z.input<typeof schemeInput>;

export const emptySchemeInput: SchemeInput = {
  name: '',
  cadence: 'monthly',
  categories: [...DEFAULT_CATEGORIES],
  values: [],
  reward: '',
  allowSelfNomination: false,
  anonymous: false,
  cooldownCycles: 2,
  decidedBy: 'panel',
  tieBreak: 'manager',
  minReasonLength: 60,
  panelMemberIds: [],
};

export const scheme = schemeInput.extend({
  id,
  archivedOn: isoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Scheme = z.infer<typeof scheme>;

export const cycle = z.object({
  id,
  schemeId: id,
  schemeName: z.string(),
  label: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  status: z.enum(CYCLE_STATUSES),
  winnerMemberId: id.nullable(),
  winnerName: z.string().nullable(),
  winnerNominationId: id.nullable(),
  decisionMethod: z.enum(DECISION_METHODS).nullable(),
  decisionReason: z.string(),
  decidedOn: isoDate.nullable(),
  announcedOn: isoDate.nullable(),
  rewardGivenOn: isoDate.nullable(),
  nominationCount: z.number().int(),
});
export type Cycle = z.infer<typeof cycle>;

export const schemeSummary = scheme.extend({
  cycleCount: z.number().int(),
  currentCycle: cycle.nullable(),
});
export type SchemeSummary = z.infer<typeof schemeSummary>;

export const schemeDetail = z.object({ scheme, cycles: z.array(cycle) });
export type SchemeDetail = z.infer<typeof schemeDetail>;

export const nominationInput = z
  .object({
    cycleId: id,
    nomineeId: id,
    /** null: the manager is the nominator. */
    nominatorId: id.nullable(),
    category: requiredText(80),
    reason: requiredText(4000),
    evidence: optionalText(2000),
  })
  .strict();
export type NominationInput = z.infer<typeof nominationInput>;

/** What can change in a nomination while its cycle is open (the nominator stays as recorded). */
export const nominationUpdate = nominationInput.omit({ cycleId: true, nominatorId: true });
export type NominationUpdate = z.infer<typeof nominationUpdate>;

export const ssmartHint = z.object({
  key: z.enum(['sincere', 'specific', 'meaningful', 'relevant', 'timely']),
  ok: z.boolean(),
  message: z.string(),
});
export type SsmartHint = z.infer<typeof ssmartHint>;

export const nomination = z.object({
  id,
  cycleId: id,
  nomineeId: id,
  nomineeName: z.string(),
  /** The day the nominee left the team (archived), or null: a leaver cannot win. */
  nomineeLeftOn: isoDate.nullable(),
  /** Hidden (null, with `nominatorHidden`) in anonymous schemes. */
  nominatorId: id.nullable(),
  nominatorName: z.string().nullable(),
  nominatorHidden: z.boolean(),
  category: z.string(),
  reason: z.string(),
  evidence: z.string(),
  nominatedOn: isoDate,
  shortlisted: z.boolean(),
  votes: z.number().int(),
  hints: z.array(ssmartHint),
});
export type Nomination = z.infer<typeof nomination>;

export const cycleEvent = z.object({ at: z.string(), toStatus: z.enum(CYCLE_STATUSES), note: z.string() });

export const blockedNominee = z.object({ memberId: id, name: z.string(), rule: z.string(), message: z.string() });
export type BlockedNominee = z.infer<typeof blockedNominee>;

export const cycleDetail = z.object({
  scheme,
  cycle,
  nominations: z.array(nomination),
  events: z.array(cycleEvent),
  votesCast: z.number().int(),
  voterIds: z.array(id),
  /** Members the rules stop from being nominated in this cycle (cooldown). */
  blocked: z.array(blockedNominee),
  /** Nomination ids level on top votes, when the scheme's tie-break needs a manager decision. */
  tiedNominationIds: z.array(id),
  /** While votes are open: who leads or what the tie is, and which rule will decide it. */
  tallyExplanation: z.string().nullable(),
});
export type CycleDetail = z.infer<typeof cycleDetail>;

export const recognitionSchemas = {
  listSchemesInput: z.object({ includeArchived: z.boolean().default(false) }).strict(),
  updateSchemeInput: z.object({ id, changes: schemeInput }).strict(),
  archiveSchemeInput: z.object({ id, archived: z.boolean() }).strict(),
  openCycleInput: z.object({ schemeId: id }).strict(),
  shortlistInput: z.object({ cycleId: id, nominationIds: z.array(id).min(1, 'must include at least one nomination') }).strict(),
  voteInput: z.object({ cycleId: id, voterId: id, nominationId: id }).strict(),
  decideInput: z
    .object({ cycleId: id, nominationId: id.nullable(), reason: optionalText(2000) })
    .strict(),
  rewardInput: z.object({ cycleId: id, givenOn: isoDate }).strict(),
  cycleIdInput: z.object({ cycleId: id }).strict(),
  updateNominationInput: z.object({ id, changes: nominationUpdate }).strict(),
  memberInput: z.object({ memberId: id }).strict(),
};
