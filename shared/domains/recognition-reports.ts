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

export const equityFlag = z.object({
  dimension: z.enum(EQUITY_DIMENSIONS),
  group: z.string(),
  wins: z.number().int(),
  totalWins: z.number().int(),
  memberShare: z.number(),
  message: z.string(),
});
export type EquityFlag = z.infer<typeof equityFlag>;

export const equityReport = z.object({
  from: isoDate,
  to: isoDate,
  totalNominations: z.number().int(),
  totalWins: z.number().int(),
  dimensions: z.array(z.object({ dimension: z.enum(EQUITY_DIMENSIONS), groups: z.array(equityGroup) })),
  neverNominated: z.array(z.object({ id, name: z.string(), team: z.string(), grade: z.string() })),
  flags: z.array(equityFlag),
});
export type EquityReport = z.infer<typeof equityReport>;

/**
 * A group "gets most wins" when it holds more than half of at least three wins
 * while being no more than half of the team: a pattern worth a second look, not proof of bias.
 */
export function equityFlags(dimension: EquityDimension, groups: EquityGroup[]): EquityFlag[] {
  const totalWins = groups.reduce((n, g) => n + g.wins, 0);
  const totalMembers = groups.reduce((n, g) => n + g.members, 0);
  if (totalWins < 3 || totalMembers === 0) return [];
  return groups
    .filter((g) => g.wins * 2 > totalWins && g.members * 2 <= totalMembers)
    .map((g) => {
      const memberShare = g.members / totalMembers;
      return {
        dimension,
        group: g.group,
        wins: g.wins,
        totalWins,
        memberShare,
        message: `${g.group} has ${g.wins} of ${totalWins} wins but is ${Math.round(memberShare * 100)}% of the team.`,
      };
    });
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
