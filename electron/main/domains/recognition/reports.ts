import { addDays } from '../../../../shared/dates';
import { EQUITY_DIMENSIONS, equityFlags, type EquityReport, type MemberHistory, type RecognitionOverview } from '../../../../shared/domains/recognition-reports';
import { todayOf, type AppContext } from '../../context';
import { cyclesClosingSoon, externalAwardDeadlines, overdueAwardNominations } from './deadlines';
import { createExternalAwardsRepo } from './external-repo';
import { createRecognitionRepo } from './repo';
import { createRecognitionReportsRepo } from './reports-repo';

export function createRecognitionReports(ctx: AppContext) {
  const reports = createRecognitionReportsRepo(ctx.db);
  const repo = createRecognitionRepo(ctx.db);
  const external = createExternalAwardsRepo(ctx.db);
  return {
    /** Nominations and wins over the last 12 months, by group, with the groups that take most wins flagged. */
    equity: (): EquityReport => {
      const to = todayOf(ctx);
      const from = addDays(to, -365);
      const dimensions = EQUITY_DIMENSIONS.map((dimension) => ({ dimension, groups: reports.equity(dimension, from, to) }));
      const totals = reports.totals(from, to);
      return {
        from,
        to,
        totalNominations: totals.nominations,
        totalWins: totals.wins,
        dimensions,
        neverNominated: reports.neverNominated(from, to),
        flags: dimensions.flatMap((d) => equityFlags(d.dimension, d.groups)),
        winners: reports.winners(from, to),
      };
    },
    overview: (): RecognitionOverview => {
      const today = todayOf(ctx);
      return {
        activeCycles: repo.activeCycles(),
        closingSoon: cyclesClosingSoon(ctx.db, today, 7),
        deadlines: [...overdueAwardNominations(ctx.db, today), ...externalAwardDeadlines(ctx.db, today, 30)],
      };
    },
    memberHistory: (memberId: number): MemberHistory => ({
      nominations: reports.history(memberId).map((n) => ({
        nominationId: n.nomination_id,
        cycleId: n.cycle_id,
        schemeName: n.scheme_name,
        cycleLabel: n.cycle_label,
        category: n.category,
        reason: n.reason,
        nominatedOn: n.nominated_on,
        won: n.won === 1,
        // Anonymous schemes keep the nominator for the rules only; nobody sees it.
        nominatorName: n.anonymous === 1 ? null : n.nominator_name,
      })),
      external: external.nominations(memberId),
    }),
  };
}
