import type Database from 'better-sqlite3';
import type { AssessmentKind, AssessmentSummary } from '../../../../shared/domains/skills';

/** SQL for assessments and their ratings (one member at a time). */

interface SummaryRow {
  id: number;
  member_id: number;
  member_name: string;
  framework_id: number;
  framework_name: string;
  framework_version: string;
  kind: string;
  assessed_on: string;
  shared: number;
  rated: number;
  total: number;
  carried_from: number | null;
  carried_from_on: string | null;
  carried_over: number;
}

export interface RatedSkillRow {
  id: number;
  section_id: number;
  code: string;
  title: string;
  description: string;
  retired_on: string | null;
  relevant: number;
  current: number | null;
  target: number | null;
  notes: string;
  carried_over: number;
}

export interface CompareRow {
  skill_id: number;
  section_id: number;
  code: string;
  title: string;
  before: number | null;
  after: number | null;
  target_after: number | null;
}

const toSummary = (r: SummaryRow): AssessmentSummary => ({
  id: r.id,
  memberId: r.member_id,
  memberName: r.member_name,
  frameworkId: r.framework_id,
  frameworkName: r.framework_name,
  frameworkVersion: r.framework_version,
  kind: r.kind as AssessmentKind,
  assessedOn: r.assessed_on,
  shared: r.shared === 1,
  // The manager sees only that an unshared assessment exists and its date.
  rated: r.shared === 1 ? r.rated : null,
  total: r.total,
  carriedFrom: r.carried_from !== null && r.carried_from_on !== null ? { id: r.carried_from, assessedOn: r.carried_from_on } : null,
  carriedOver: r.shared === 1 ? r.carried_over : null,
});

const SUMMARY = `
  SELECT a.id, a.member_id, m.name AS member_name, a.framework_id, f.name AS framework_name, f.version AS framework_version,
    a.kind, a.assessed_on, a.shared,
    (SELECT count(*) FROM skill_ratings r WHERE r.assessment_id = a.id AND r.current IS NOT NULL) AS rated,
    (SELECT count(*) FROM skills s WHERE s.framework_id = a.framework_id AND s.retired_on IS NULL) AS total,
    a.carried_from, (SELECT p.assessed_on FROM skill_assessments p WHERE p.id = a.carried_from) AS carried_from_on,
    (SELECT count(*) FROM skill_ratings r WHERE r.assessment_id = a.id AND r.carried_over = 1) AS carried_over
  FROM skill_assessments a JOIN members m ON m.id = a.member_id JOIN skill_frameworks f ON f.id = a.framework_id`;

/** A skill's relevance for one member: their own choice, else their role profile, else relevant. */
export const RELEVANT_SQL = `coalesce(
  (SELECT relevant FROM skill_member_relevance mr WHERE mr.member_id = @member AND mr.skill_id = s.id),
  (SELECT 0 FROM skill_member_profiles mp JOIN skill_profile_exclusions x ON x.profile_id = mp.profile_id
   WHERE mp.member_id = @member AND x.skill_id = s.id),
  1)`;

/** Exported so a db test can check its query plan. */
export const COMPARE_SQL = `
  SELECT s.id AS skill_id, s.section_id, s.code, s.title, ra.current AS before, rb.current AS after, rb.target AS target_after
  FROM skills s
  JOIN skill_sections sec ON sec.id = s.section_id
  LEFT JOIN skill_ratings ra ON ra.assessment_id = @a AND ra.skill_id = s.id
  LEFT JOIN skill_ratings rb ON rb.assessment_id = @b AND rb.skill_id = s.id
  WHERE s.framework_id = @framework AND (s.retired_on IS NULL OR ra.skill_id IS NOT NULL OR rb.skill_id IS NOT NULL)
  ORDER BY sec.position, s.position, s.id`;

export function createAssessmentsRepo(db: Database.Database) {
  const st = {
    member: db.prepare<[number], { id: number; name: string }>(`SELECT id, name FROM members WHERE id = ?`),
    list: db.prepare<[number], SummaryRow>(`${SUMMARY} WHERE a.member_id = ? ORDER BY a.assessed_on DESC, a.id DESC`),
    get: db.prepare<[number], SummaryRow>(`${SUMMARY} WHERE a.id = ?`),
    latestShared: db.prepare<[number], SummaryRow>(
      `${SUMMARY} WHERE a.member_id = ? AND a.shared = 1 ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1`,
    ),
    insert: db.prepare<{ member_id: number; framework_id: number; kind: string; assessed_on: string; shared: number; now: string }>(
      `INSERT INTO skill_assessments (member_id, framework_id, kind, assessed_on, shared, created_at, updated_at)
       VALUES (@member_id, @framework_id, @kind, @assessed_on, @shared, @now, @now)`,
    ),
    update: db.prepare<{ id: number; kind: string; assessed_on: string; shared: number; now: string }>(
      `UPDATE skill_assessments SET kind = @kind, assessed_on = @assessed_on, shared = @shared, updated_at = @now WHERE id = @id`,
    ),
    touch: db.prepare<[string, number]>(`UPDATE skill_assessments SET updated_at = ? WHERE id = ?`),
    delete: db.prepare<[number]>(`DELETE FROM skill_assessments WHERE id = ?`),
    ratedSkills: db.prepare<{ assessment: number; member: number; framework: number }, RatedSkillRow>(
      `SELECT s.id, s.section_id, s.code, s.title, s.description, s.retired_on, ${RELEVANT_SQL} AS relevant,
              r.current, r.target, coalesce(r.notes, '') AS notes, coalesce(r.carried_over, 0) AS carried_over
       FROM skills s
       JOIN skill_sections sec ON sec.id = s.section_id
       LEFT JOIN skill_ratings r ON r.assessment_id = @assessment AND r.skill_id = s.id
       WHERE s.framework_id = @framework AND (s.retired_on IS NULL OR r.skill_id IS NOT NULL)
       ORDER BY sec.position, s.position, s.id`,
    ),
    rating: db.prepare<[number, number], { current: number | null; target: number | null; notes: string; carried_over: number }>(
      `SELECT current, target, notes, carried_over FROM skill_ratings WHERE assessment_id = ? AND skill_id = ?`,
    ),
    // Retired skills are not carried: they take no new ratings.
    carryOver: db.prepare<{ to: number; from: number }>(
      `INSERT INTO skill_ratings (assessment_id, skill_id, current, target, notes, carried_over)
       SELECT @to, r.skill_id, r.current, r.target, r.notes, 1
       FROM skill_ratings r JOIN skills s ON s.id = r.skill_id
       WHERE r.assessment_id = @from AND s.retired_on IS NULL`,
    ),
    setCarriedFrom: db.prepare<[number, number]>(`UPDATE skill_assessments SET carried_from = ? WHERE id = ?`),
    upsertRating: db.prepare<{ assessment_id: number; skill_id: number; current: number | null; target: number | null; notes: string }>(
      `INSERT INTO skill_ratings (assessment_id, skill_id, current, target, notes)
       VALUES (@assessment_id, @skill_id, @current, @target, @notes)
       ON CONFLICT (assessment_id, skill_id) DO UPDATE SET current = excluded.current, target = excluded.target, notes = excluded.notes,
         carried_over = 0`,
    ),
    deleteRating: db.prepare<[number, number]>(`DELETE FROM skill_ratings WHERE assessment_id = ? AND skill_id = ?`),
    countRated: db.prepare<[number], { n: number }>(
      `SELECT count(*) AS n FROM skill_ratings WHERE assessment_id = ? AND current IS NOT NULL`,
    ),
    compare: db.prepare<{ a: number; b: number; framework: number }, CompareRow>(COMPARE_SQL),
    history: db.prepare<{ member: number; skill: number }, { assessment_id: number; assessed_on: string; kind: string; current: number | null; target: number | null }>(
      `SELECT a.id AS assessment_id, a.assessed_on, a.kind, r.current, r.target
       FROM skill_ratings r JOIN skill_assessments a ON a.id = r.assessment_id
       WHERE r.skill_id = @skill AND a.member_id = @member AND a.shared = 1
       ORDER BY a.assessed_on, a.id`,
    ),
    gaps: db.prepare<{ assessment: number; member: number }, { skill_id: number; code: string; title: string; section_name: string; current: number; target: number; gap: number }>(
      `SELECT s.id AS skill_id, s.code, s.title, sec.name AS section_name, r.current, r.target, r.target - r.current AS gap
       FROM skill_ratings r JOIN skills s ON s.id = r.skill_id JOIN skill_sections sec ON sec.id = s.section_id
       WHERE r.assessment_id = @assessment AND r.current IS NOT NULL AND r.target > r.current AND ${RELEVANT_SQL} = 1
       ORDER BY gap DESC, sec.position, s.position`,
    ),
  };

  return {
    member: (id: number) => st.member.get(id) ?? null,
    list: (memberId: number) => st.list.all(memberId).map(toSummary),
    get: (id: number) => {
      const row = st.get.get(id);
      return row ? toSummary(row) : null;
    },
    latestShared: (memberId: number) => {
      const row = st.latestShared.get(memberId);
      return row ? toSummary(row) : null;
    },
    insert: (a: { memberId: number; frameworkId: number; kind: AssessmentKind; assessedOn: string; shared: boolean }, now: string) =>
      Number(
        st.insert.run({ member_id: a.memberId, framework_id: a.frameworkId, kind: a.kind, assessed_on: a.assessedOn, shared: a.shared ? 1 : 0, now })
          .lastInsertRowid,
      ),
    update: (a: { id: number; kind: AssessmentKind; assessedOn: string; shared: boolean }, now: string) =>
      st.update.run({ id: a.id, kind: a.kind, assessed_on: a.assessedOn, shared: a.shared ? 1 : 0, now }),
    touch: (id: number, now: string) => st.touch.run(now, id),
    delete: (id: number) => st.delete.run(id),
    ratedSkills: (assessment: number, member: number, framework: number) => st.ratedSkills.all({ assessment, member, framework }),
    rating: (assessmentId: number, skillId: number) => st.rating.get(assessmentId, skillId) ?? null,
    carryOver: (to: number, from: number) => {
      st.carryOver.run({ to, from });
      st.setCarriedFrom.run(from, to);
    },
    saveRating: (r: { assessmentId: number; skillId: number; current: number | null; target: number | null; notes: string }) => {
      if (r.current === null && r.target === null && r.notes === '') st.deleteRating.run(r.assessmentId, r.skillId);
      else st.upsertRating.run({ assessment_id: r.assessmentId, skill_id: r.skillId, current: r.current, target: r.target, notes: r.notes });
    },
    countRated: (assessmentId: number) => st.countRated.get(assessmentId)?.n ?? 0,
    compare: (a: number, b: number, framework: number) => st.compare.all({ a, b, framework }),
    history: (member: number, skill: number) => st.history.all({ member, skill }),
    gaps: (assessment: number, member: number) => st.gaps.all({ assessment, member }),
  };
}

export type AssessmentsRepo = ReturnType<typeof createAssessmentsRepo>;
