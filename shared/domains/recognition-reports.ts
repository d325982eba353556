import { z } from 'zod';
import { id, isoDate } from './common';
import { cycle } from './recognition';
import { awardNomination, deadlineReminder } from './recognition-external';

export const EQUITY_DIMENSIONS = ['grade', 'team', 'hours', 'employmentType'] as const;
export type EquityDimension = (typeof EQUITY_DIMENSIONS)[number];
export const EQUITY_DIMENSION_LABELS: Record<EquityDimension, string> = {
  grade: 'Grade / band',
  team: 'Team / service point',
  hours: 'Full time or part time',
  employmentType: 'Employment type',
};

export const equityGroup = z.object({
  group: z.string(),
  members: z.number().int(),
  nominations: z.number().int(),
  wins: z.number().int(),
  neverNominated: z.number().int(),
});
export type EquityGroup = z.infer<typeof equityGroup>;

/** What a flag says, as a key the screen words (`wordEquityFlag`): so far one pattern, a minority holding most wins. */
export const EQUITY_FLAG_KEYS = ['minorityHoldsMostWins'] as const;

/** A flag is data: its key and the figures it rests on; the group is the stored value (an employment type's code). */
export const equityFlag = z.object({
  dimension: z.enum(EQUITY_DIMENSIONS),
  group: z.string(),
  key: z.enum(EQUITY_FLAG_KEYS),
  wins: z.number().int(),
  totalWins: z.number().int(),
  members: z.number().int(),
  totalMembers: z.number().int(),
  memberShare: z.number(),
});
export type EquityFlag = z.infer<typeof equityFlag>;

/** One person's wins in the window: the per-person view that shows repeat winners. */
export const personWins = z.object({
  memberId: id,
  name: z.string(),
  team: z.string(),
  grade: z.string(),
  wins: z.number().int(),
  nominations: z.number().int(),
  /** "Employee of the month: March 2026", newest first. */
  won: z.array(z.string()),
});
export type PersonWins = z.infer<typeof personWins>;

export const equityReport = z.object({
  from: isoDate,
  to: isoDate,
  totalNominations: z.number().int(),
  totalWins: z.number().int(),
  dimensions: z.array(z.object({ dimension: z.enum(EQUITY_DIMENSIONS), groups: z.array(equityGroup) })),
  neverNominated: z.array(z.object({ id, name: z.string(), team: z.string(), grade: z.string() })),
  flags: z.array(equityFlag),
  /** Everyone who won in the window, most wins first; two or more wins is a repeat winner. */
  winners: z.array(personWins),
});
export type EquityReport = z.infer<typeof equityReport>;

/** Fewer wins than this over the window is too few to call a pattern. */
export const MIN_WINS_FOR_FLAG = 3;
/** A repeat winner has at least this many wins in the window. */
export const REPEAT_WINS = 2;

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * A group is flagged when it holds half or more of the wins (at least three in all) while
 * being a minority of the team (fewer than half its people): a pattern worth a second
 * look, not proof of bias.
 */
export function equityFlags(dimension: EquityDimension, groups: EquityGroup[]): EquityFlag[] {
  const totalWins = groups.reduce((n, g) => n + g.wins, 0);
  const totalMembers = groups.reduce((n, g) => n + g.members, 0);
  if (totalWins < MIN_WINS_FOR_FLAG || totalMembers === 0) return [];
  return groups
    .filter((g) => g.wins * 2 >= totalWins && g.members * 2 < totalMembers)
    .map((g) => ({
      dimension,
      group: g.group,
      key: 'minorityHoldsMostWins' as const,
      wins: g.wins,
      totalWins,
      members: g.members,
      totalMembers,
      memberShare: g.members / totalMembers,
    }));
}

/** A flag in words; `groupLabel` is the group as the screen names it ("Fixed term" for `fixed_term`). */
export function wordEquityFlag(flag: EquityFlag, groupLabel: string = flag.group): string {
  switch (flag.key) {
    case 'minorityHoldsMostWins':
      return `${groupLabel} holds ${flag.wins} of ${flag.totalWins} wins (${pct(flag.wins / flag.totalWins)}) but is ${flag.members} of ${flag.totalMembers} people (${pct(flag.memberShare)} of the team).`;
    default: {
      const unknown: never = flag.key;
      return String(unknown);
    }
  }
}

export const closingCycle = z.object({
  cycleId: id,
  schemeName: z.string(),
  label: z.string(),
  periodEnd: isoDate,
  daysLeft: z.number().int(),
  nominationCount: z.number().int(),
});
export type ClosingCycle = z.infer<typeof closingCycle>;

export const recognitionOverview = z.object({
  activeCycles: z.array(cycle),
  closingSoon: z.array(closingCycle),
  deadlines: z.array(deadlineReminder),
});
export type RecognitionOverview = z.infer<typeof recognitionOverview>;

export const historyEntry = z.object({
  nominationId: id,
  cycleId: id,
  schemeName: z.string(),
  cycleLabel: z.string(),
  category: z.string(),
  reason: z.string(),
  nominatedOn: isoDate,
  won: z.boolean(),
  nominatorName: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const memberHistory = z.object({
  nominations: z.array(historyEntry),
  /** External award nominations made for this member. */
  external: z.array(awardNomination),
});
export type MemberHistory = z.infer<typeof memberHistory>;
