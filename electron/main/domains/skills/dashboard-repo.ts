import type Database from 'better-sqlite3';

/**
 * SQL for the team dashboards. Every query starts from each active member's latest
 * shared assessment (one index seek per member on skill_assessments_latest) and reads
 * ratings by primary-key range, so no query walks the whole ratings table.
 */

/** Active members (optionally of one service point) with their latest shared assessment in a framework. */
const LATEST = `
  latest AS MATERIALIZED (
    SELECT m.id AS member_id, m.name, m.team,
      (SELECT a.id FROM skill_assessments a
       WHERE a.member_id = m.id AND a.framework_id = @framework AND a.shared = 1
       ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1) AS assessment_id
    FROM members m
    WHERE m.left_on IS NULL AND (@team = '' OR m.team = @team)
  )`;

// One row per member: who, their latest shared assessment, and its section averages from
// skill_section_totals (kept in step by triggers, migration 0007) packed as
// "section:total:rated,…" — materialising a row object per member × section cost more
// than the query itself for a 2,000-person network.
export const HEATMAP_SQL = `
  WITH ${LATEST}
  SELECT l.member_id, l.name, l.team, l.assessment_id, a.assessed_on,
    (SELECT group_concat(t.section_id || ':' || t.total || ':' || t.rated)
       FROM skill_section_totals t WHERE t.assessment_id = l.assessment_id AND t.rated > 0) AS packed
  FROM latest l LEFT JOIN skill_assessments a ON a.id = l.assessment_id
  ORDER BY fold(l.name), l.name`;

export interface HeatmapRow {
  member_id: number;
  name: string;
  team: string;
  assessment_id: number | null;
  assessed_on: string | null;
  packed: string | null;
}

export interface HeatmapCell {
  sectionId: number;
  average: number | null;
  rated: number;
}

/**
 * "3:7:2,4:12:4" → one cell per section of `sections` (in their order): section 3 averages 3.5
 * over 2 ratings, section 4 averages 3 over 4, any other section is unrated. Scans the string
 * in place and writes straight into the row's array: splitting into parts and a Map per member
 * cost 22 ms of CPU for 2,000 people, more than the query (docs/performance.md).
 */
export function heatmapCells(packed: string | null, sections: readonly { id: number }[], indexOf: ReadonlyMap<number, number>): HeatmapCell[] {
  const cells = new Array<HeatmapCell | undefined>(sections.length);
  if (packed) {
    let start = 0;
    while (start < packed.length) {
      let end = packed.indexOf(',', start);
      if (end < 0) end = packed.length;
      const first = packed.indexOf(':', start);
      const second = packed.indexOf(':', first + 1);
      const sectionId = Number(packed.slice(start, first));
      const rated = Number(packed.slice(second + 1, end));
      const at = indexOf.get(sectionId);
      if (at !== undefined) cells[at] = { sectionId, average: Math.round((Number(packed.slice(first + 1, second)) / rated) * 10) / 10, rated };
      start = end + 1;
    }
  }
  for (let i = 0; i < sections.length; i += 1) cells[i] ??= { sectionId: sections[i]!.id, average: null, rated: 0 };
  return cells as HeatmapCell[];
}

/** The team's average per section (latest shared assessments): the home dashboard's skills chart. */
export const SECTION_AVERAGES_SQL = `
  WITH ${LATEST}
  SELECT t.section_id, avg(CAST(t.total AS REAL) / t.rated) AS average, count(*) AS people
  FROM latest l
  JOIN skill_section_totals t ON t.assessment_id = l.assessment_id
  WHERE t.rated > 0
  GROUP BY t.section_id`;

export const SKILL_COVERAGE_SQL = `
  WITH ${LATEST}
  SELECT l.team, count(*) AS n, group_concat(l.name, '; ') AS people
  FROM latest l
  JOIN skill_ratings r ON r.assessment_id = l.assessment_id AND r.skill_id = @target
  WHERE r.current >= @level
  GROUP BY l.team`;

export const SECTION_COVERAGE_SQL = `
  WITH ${LATEST},
  qualified AS (
    SELECT l.team, l.name
    FROM latest l
    JOIN skill_section_totals t ON t.assessment_id = l.assessment_id AND t.section_id = @target
    WHERE t.rated > 0 AND CAST(t.total AS REAL) / t.rated >= @level
  )
  SELECT team, count(*) AS n, group_concat(name, '; ') AS people FROM qualified GROUP BY team`;

/**
 * Skills only one person holds at the level. For each skill it looks for at most two
 * holders through the (skill_id, assessment_id) index and stops there, instead of
 * counting every rating of every latest assessment (90 ms → 3 ms at 2,000 staff).
 */
export const SINGLE_POINTS_SQL = `
  WITH latest AS MATERIALIZED (
    SELECT m.id AS member_id, m.name,
      (SELECT a.id FROM skill_assessments a
       WHERE a.member_id = m.id AND a.framework_id = @framework AND a.shared = 1
       ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1) AS assessment_id
    FROM members m
    WHERE m.left_on IS NULL AND (@team = '' OR m.team = @team)
  ),
  holders AS (
    SELECT s.id AS skill_id,
      (SELECT count(*) FROM (
         SELECT 1 FROM skill_ratings r
         WHERE r.skill_id = s.id AND r.current >= @level AND r.assessment_id IN (SELECT assessment_id FROM latest)
         LIMIT 2)) AS n
    FROM skills s
    WHERE s.framework_id = @framework AND s.retired_on IS NULL
  )
  SELECT h.skill_id, s.code, s.title, sec.name AS section_name, l.member_id, l.name
  FROM holders h
  JOIN skills s ON s.id = h.skill_id
  JOIN skill_sections sec ON sec.id = s.section_id
  JOIN skill_ratings r ON r.skill_id = h.skill_id AND r.current >= @level AND r.assessment_id IN (SELECT assessment_id FROM latest)
  JOIN latest l ON l.assessment_id = r.assessment_id
  WHERE h.n = 1
  ORDER BY sec.position, s.position`;

interface RuleRow {
  id: number;
  framework_id: number;
  skill_id: number | null;
  section_id: number | null;
  min_people: number;
  min_level: number;
  service_point: string | null;
  target_label: string;
}

export function createDashboardRepo(db: Database.Database) {
  const st = {
    heatmap: db.prepare<{ framework: number; team: string }, HeatmapRow>(HEATMAP_SQL),
    sectionAverages: db.prepare<{ framework: number; team: string }, { section_id: number; average: number; people: number }>(SECTION_AVERAGES_SQL),
    teams: db.prepare<[], { team: string }>(`SELECT DISTINCT team FROM members WHERE left_on IS NULL ORDER BY team`),
    skillCoverage: db.prepare<{ framework: number; team: string; target: number; level: number }, { team: string; n: number; people: string }>(SKILL_COVERAGE_SQL),
    sectionCoverage: db.prepare<{ framework: number; team: string; target: number; level: number }, { team: string; n: number; people: string }>(SECTION_COVERAGE_SQL),
    singlePoints: db.prepare<{ framework: number; team: string; level: number }, { skill_id: number; code: string; title: string; section_name: string; member_id: number; name: string }>(SINGLE_POINTS_SQL),
    rules: db.prepare<[number], RuleRow>(
      `SELECT cr.*, coalesce(s.code || ' ' || s.title, 'section ' || sec.code || ' ' || sec.name) AS target_label
       FROM skill_coverage_rules cr
       LEFT JOIN skills s ON s.id = cr.skill_id
       LEFT JOIN skill_sections sec ON sec.id = cr.section_id
       WHERE cr.framework_id = ? ORDER BY cr.id`,
    ),
    allRuleFrameworks: db.prepare<[], { framework_id: number }>(`SELECT DISTINCT framework_id FROM skill_coverage_rules`),
    rule: db.prepare<[number], RuleRow>(
      `SELECT cr.*, coalesce(s.code || ' ' || s.title, 'section ' || sec.code || ' ' || sec.name) AS target_label
       FROM skill_coverage_rules cr LEFT JOIN skills s ON s.id = cr.skill_id LEFT JOIN skill_sections sec ON sec.id = cr.section_id
       WHERE cr.id = ?`,
    ),
    insertRule: db.prepare<{ framework_id: number; skill_id: number | null; section_id: number | null; min_people: number; min_level: number; service_point: string | null; now: string }>(
      `INSERT INTO skill_coverage_rules (framework_id, skill_id, section_id, min_people, min_level, service_point, created_at)
       VALUES (@framework_id, @skill_id, @section_id, @min_people, @min_level, @service_point, @now)`,
    ),
    deleteRule: db.prepare<[number]>(`DELETE FROM skill_coverage_rules WHERE id = ?`),
  };

  return {
    heatmap: (framework: number, team: string): HeatmapRow[] => st.heatmap.all({ framework, team }),
    sectionAverages: (framework: number) => st.sectionAverages.all({ framework, team: '' }),
    teams: () => st.teams.all().map((r) => r.team),
    coverage: (kind: 'skill' | 'section', framework: number, target: number, level: number, team = '') =>
      (kind === 'skill' ? st.skillCoverage : st.sectionCoverage).all({ framework, team, target, level }),
    singlePoints: (framework: number, level: number) => st.singlePoints.all({ framework, team: '', level }),
    rules: (framework: number) => st.rules.all(framework),
    ruleFrameworks: () => st.allRuleFrameworks.all().map((r) => r.framework_id),
    rule: (id: number) => st.rule.get(id) ?? null,
    insertRule: (r: { frameworkId: number; skillId: number | null; sectionId: number | null; minPeople: number; minLevel: number; servicePoint: string }, now: string) =>
      Number(
        st.insertRule.run({
          framework_id: r.frameworkId,
          skill_id: r.skillId,
          section_id: r.sectionId,
          min_people: r.minPeople,
          min_level: r.minLevel,
          service_point: r.servicePoint || null,
          now,
        }).lastInsertRowid,
      ),
    deleteRule: (id: number) => st.deleteRule.run(id),
  };
}

export type RuleRowOf = RuleRow;
export type DashboardRepo = ReturnType<typeof createDashboardRepo>;
