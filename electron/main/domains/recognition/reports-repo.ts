import type Database from 'better-sqlite3';
import type { EquityDimension, EquityGroup } from '../../../../shared/domains/recognition-reports';

/**
 * Per-member nomination and win counts over a window, grouped by one member attribute.
 * The group expressions are fixed SQL, one statement per dimension; values are always bound.
 */
const GROUP_EXPRESSIONS: Record<EquityDimension, string> = {
  grade: `CASE WHEN m.grade = '' THEN 'No grade recorded' ELSE m.grade END`,
  team: `m.team`,
  hours: `CASE WHEN m.fte >= 1 THEN 'Full time' ELSE 'Part time' END`,
  employmentType: `m.employment_type`,
};

const equitySql = (expression: string) => `
  WITH noms AS (
    SELECT nominee_id, count(*) AS c FROM recognition_nominations
    WHERE nominated_on BETWEEN @from AND @to GROUP BY nominee_id
  ), wins AS (
    SELECT winner_member_id, count(*) AS c FROM recognition_cycles
    WHERE winner_member_id IS NOT NULL AND decided_on BETWEEN @from AND @to GROUP BY winner_member_id
  )
  SELECT ${expression} AS grp, count(*) AS members, coalesce(sum(noms.c), 0) AS nominations,
         coalesce(sum(wins.c), 0) AS wins, sum(noms.c IS NULL) AS never_nominated
  FROM members m
  LEFT JOIN noms ON noms.nominee_id = m.id
  LEFT JOIN wins ON wins.winner_member_id = m.id
  WHERE m.left_on IS NULL OR m.left_on >= @from
  GROUP BY grp ORDER BY grp`;

export const EQUITY_SQL = Object.fromEntries(
  Object.entries(GROUP_EXPRESSIONS).map(([k, expression]) => [k, equitySql(expression)]),
) as Record<EquityDimension, string>;

interface HistoryRow {
  nomination_id: number;
  cycle_id: number;
  scheme_name: string;
  cycle_label: string;
  category: string;
  reason: string;
  nominated_on: string;
  won: number;
  anonymous: number;
  nominator_name: string;
  nominator_kind: 'manager' | 'member';
  status: string;
  period_end: string;
}

export interface ClosingRow {
  cycle_id: number;
  scheme_name: string;
  label: string;
  period_end: string;
  nomination_count: number;
}

export function createRecognitionReportsRepo(db: Database.Database) {
  const equity = Object.fromEntries(
    Object.entries(EQUITY_SQL).map(([k, sql]) => [
      k,
      db.prepare<{ from: string; to: string }, { grp: string; members: number; nominations: number; wins: number; never_nominated: number }>(sql),
    ]),
  ) as Record<EquityDimension, Database.Statement<{ from: string; to: string }, { grp: string; members: number; nominations: number; wins: number; never_nominated: number }>>;
  const st = {
    totals: db.prepare<{ from: string; to: string }, { nominations: number; wins: number }>(`
      SELECT (SELECT count(*) FROM recognition_nominations WHERE nominated_on BETWEEN @from AND @to) AS nominations,
             (SELECT count(*) FROM recognition_cycles WHERE winner_member_id IS NOT NULL AND decided_on BETWEEN @from AND @to) AS wins`),
    neverNominated: db.prepare<{ from: string; to: string }, { id: number; name: string; team: string; grade: string }>(`
      SELECT m.id, m.name, m.team, m.grade FROM members m
      WHERE m.left_on IS NULL
        AND NOT EXISTS (SELECT 1 FROM recognition_nominations n WHERE n.nominee_id = m.id AND n.nominated_on BETWEEN @from AND @to)
      ORDER BY fold(m.name), m.name`),
    history: db.prepare<[number], HistoryRow>(`
      SELECT n.id AS nomination_id, c.id AS cycle_id, s.name AS scheme_name, c.label AS cycle_label, n.category, n.reason,
             n.nominated_on, (c.winner_nomination_id = n.id) AS won, s.anonymous, n.nominator_kind,
             CASE WHEN n.nominator_kind = 'manager' THEN 'Manager' ELSE coalesce(nr.name, 'Former team member') END AS nominator_name, c.status, c.period_end
      FROM recognition_nominations n
      JOIN recognition_cycles c ON c.id = n.cycle_id
      JOIN recognition_schemes s ON s.id = c.scheme_id
      LEFT JOIN members nr ON nr.id = n.nominator_id
      WHERE n.nominee_id = ?
      ORDER BY n.nominated_on DESC, n.id DESC`),
    winners: db.prepare<{ from: string; to: string }, { id: number; name: string; team: string; grade: string; wins: number; nominations: number; won: string }>(`
      SELECT m.id, m.name, m.team, m.grade, count(*) AS wins,
             (SELECT count(*) FROM recognition_nominations n WHERE n.nominee_id = m.id AND n.nominated_on BETWEEN @from AND @to) AS nominations,
             json_group_array(s.name || ': ' || c.label ORDER BY c.period_start DESC) AS won
      FROM recognition_cycles c
      JOIN members m ON m.id = c.winner_member_id
      JOIN recognition_schemes s ON s.id = c.scheme_id
      WHERE c.winner_member_id IS NOT NULL AND c.decided_on BETWEEN @from AND @to
      GROUP BY m.id
      ORDER BY wins DESC, fold(m.name), m.name`),
    closing: db.prepare<{ to: string }, ClosingRow>(`
      SELECT c.id AS cycle_id, s.name AS scheme_name, c.label, c.period_end,
             (SELECT count(*) FROM recognition_nominations n WHERE n.cycle_id = c.id) AS nomination_count
      FROM recognition_cycles c JOIN recognition_schemes s ON s.id = c.scheme_id
      WHERE c.status = 'open' AND c.period_end <= @to AND s.archived_on IS NULL
      ORDER BY c.period_end`),
  };
  return {
    equity: (dimension: EquityDimension, from: string, to: string): EquityGroup[] =>
      equity[dimension].all({ from, to }).map((r) => ({
        group: r.grp,
        members: r.members,
        nominations: r.nominations,
        wins: r.wins,
        neverNominated: r.never_nominated,
      })),
    totals: (from: string, to: string) => st.totals.get({ from, to }) ?? { nominations: 0, wins: 0 },
    neverNominated: (from: string, to: string) => st.neverNominated.all({ from, to }),
    history: (memberId: number) => st.history.all(memberId),
    winners: (from: string, to: string) =>
      st.winners.all({ from, to }).map((r) => ({
        memberId: r.id,
        name: r.name,
        team: r.team,
        grade: r.grade,
        wins: r.wins,
        nominations: r.nominations,
        won: JSON.parse(r.won) as string[],
      })),
    /** Open cycles whose period ends on or before `to` (overdue ones included: they still need closing). */
    closingBy: (to: string) => st.closing.all({ to }),
  };
}
