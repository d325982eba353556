import type Database from 'better-sqlite3';
import type { PksbEdition } from '../../../../shared/domains/pksb';
import type { FrameworkSummary, RatingScale, Section, Skill } from '../../../../shared/domains/skills';

/** SQL for frameworks, their sections and skills, the rating scale and relevance (role profiles). */

interface FrameworkRow {
  id: number;
  name: string;
  version: string;
  edition: PksbEdition | null;
  description: string;
  is_demo: number;
  is_default: number;
  skill_count: number;
  section_count: number;
  assessment_count: number;
}
interface SectionRow {
  id: number;
  code: string;
  name: string;
  is_local: number;
}
interface SkillRow {
  id: number;
  section_id: number;
  code: string;
  title: string;
  description: string;
  retired_on: string | null;
}

const toSummary = (r: FrameworkRow): FrameworkSummary => ({
  id: r.id,
  name: r.name,
  version: r.version,
  edition: r.edition,
  description: r.description,
  isDemo: r.is_demo === 1,
  isDefault: r.is_default === 1,
  skillCount: r.skill_count,
  sectionCount: r.section_count,
  assessmentCount: r.assessment_count,
});
export const toSkill = (r: SkillRow): Skill => ({
  id: r.id,
  sectionId: r.section_id,
  code: r.code,
  title: r.title,
  description: r.description,
  retiredOn: r.retired_on,
});

const SUMMARY = `
  SELECT f.*,
    (SELECT count(*) FROM skills s WHERE s.framework_id = f.id AND s.retired_on IS NULL) AS skill_count,
    (SELECT count(*) FROM skill_sections s WHERE s.framework_id = f.id) AS section_count,
    (SELECT count(*) FROM skill_assessments a WHERE a.framework_id = f.id) AS assessment_count
  FROM skill_frameworks f`;

export function createFrameworksRepo(db: Database.Database) {
  const st = {
    list: db.prepare<[], FrameworkRow>(`${SUMMARY} ORDER BY f.is_default DESC, fold(f.name), f.name, f.version`),
    get: db.prepare<[number], FrameworkRow>(`${SUMMARY} WHERE f.id = ?`),
    byNameVersion: db.prepare<[string, string], { id: number }>(
      `SELECT id FROM skill_frameworks WHERE name = ? COLLATE NOCASE AND version = ? COLLATE NOCASE`,
    ),
    defaultId: db.prepare<[], { id: number }>(
      `SELECT id FROM skill_frameworks ORDER BY is_default DESC, is_demo ASC, id DESC LIMIT 1`,
    ),
    insert: db.prepare<{ name: string; version: string; edition: PksbEdition | null; description: string; is_demo: number; now: string }>(
      `INSERT INTO skill_frameworks (name, version, edition, description, is_demo, created_at)
       VALUES (@name, @version, @edition, @description, @is_demo, @now)`,
    ),
    edition: db.prepare<[number], { edition: PksbEdition | null }>(`SELECT edition FROM skill_frameworks WHERE id = ?`),
    clearDefault: db.prepare(`UPDATE skill_frameworks SET is_default = 0 WHERE is_default = 1`),
    setDefault: db.prepare<[number]>(`UPDATE skill_frameworks SET is_default = 1 WHERE id = ?`),
    sections: db.prepare<[number], SectionRow>(
      `SELECT id, code, name, is_local FROM skill_sections WHERE framework_id = ? ORDER BY position, id`,
    ),
    skills: db.prepare<[number], SkillRow>(
      `SELECT s.id, s.section_id, s.code, s.title, s.description, s.retired_on
       FROM skills s JOIN skill_sections sec ON sec.id = s.section_id
       WHERE s.framework_id = ? ORDER BY sec.position, s.position, s.id`,
    ),
    section: db.prepare<[number], SectionRow & { framework_id: number }>(`SELECT * FROM skill_sections WHERE id = ?`),
    sectionByCode: db.prepare<[number, string], { id: number }>(
      `SELECT id FROM skill_sections WHERE framework_id = ? AND code = ? COLLATE NOCASE`,
    ),
    insertSection: db.prepare<{ framework_id: number; code: string; name: string; is_local: number }>(
      `INSERT INTO skill_sections (framework_id, code, name, is_local, position)
       VALUES (@framework_id, @code, @name, @is_local,
               (SELECT coalesce(max(position), 0) + 1 FROM skill_sections WHERE framework_id = @framework_id))`,
    ),
    skill: db.prepare<[number], SkillRow & { framework_id: number }>(`SELECT * FROM skills WHERE id = ?`),
    skillByCode: db.prepare<[number, string], { id: number }>(
      `SELECT id FROM skills WHERE framework_id = ? AND code = ? COLLATE NOCASE`,
    ),
    insertSkill: db.prepare<{ framework_id: number; section_id: number; code: string; title: string; description: string }>(
      `INSERT INTO skills (framework_id, section_id, code, title, description, position)
       VALUES (@framework_id, @section_id, @code, @title, @description,
               (SELECT coalesce(max(position), 0) + 1 FROM skills WHERE section_id = @section_id))`,
    ),
    updateSkill: db.prepare<[string, string, number]>(`UPDATE skills SET title = ?, description = ? WHERE id = ?`),
    retire: db.prepare<[string | null, number]>(`UPDATE skills SET retired_on = ? WHERE id = ?`),
    scale: db.prepare<[], { level: number; label: string }>(`SELECT level, label FROM skill_scale_levels ORDER BY level`),
    clearScale: db.prepare(`DELETE FROM skill_scale_levels`),
    insertLevel: db.prepare<[number, string]>(`INSERT INTO skill_scale_levels (level, label) VALUES (?, ?)`),
    maxRatingUsed: db.prepare<[], { m: number | null }>(
      // Only run when the scale shrinks (a rare settings change), so a full pass over ratings is acceptable here.
      `SELECT max(current) AS m FROM (SELECT max(current) AS current FROM skill_ratings UNION ALL SELECT max(target) FROM skill_ratings)`,
    ),
  };

  return {
    list: () => st.list.all().map(toSummary),
    get: (id: number) => {
      const row = st.get.get(id);
      return row ? toSummary(row) : null;
    },
    findByNameVersion: (name: string, version: string) => st.byNameVersion.get(name, version)?.id ?? null,
    defaultId: () => st.defaultId.get()?.id ?? null,
    insert: (f: { name: string; version: string; edition?: PksbEdition | null; description: string; isDemo: boolean }, now: string) =>
      Number(
        st.insert.run({ name: f.name, version: f.version, edition: f.edition ?? null, description: f.description, is_demo: f.isDemo ? 1 : 0, now })
          .lastInsertRowid,
      ),
    setDefault: (id: number) => {
      st.clearDefault.run();
      st.setDefault.run(id);
    },
    sections: (frameworkId: number): Section[] => {
      const skills = st.skills.all(frameworkId).map(toSkill);
      const edition = st.edition.get(frameworkId)?.edition ?? null;
      return st.sections.all(frameworkId).map((s) => ({
        id: s.id,
        code: s.code,
        name: s.name,
        isLocal: s.is_local === 1,
        edition: s.is_local === 1 ? null : edition,
        skills: skills.filter((k) => k.sectionId === s.id),
      }));
    },
    section: (id: number) => st.section.get(id) ?? null,
    sectionIdByCode: (frameworkId: number, code: string) => st.sectionByCode.get(frameworkId, code)?.id ?? null,
    insertSection: (frameworkId: number, code: string, name: string, isLocal: boolean) =>
      Number(st.insertSection.run({ framework_id: frameworkId, code, name, is_local: isLocal ? 1 : 0 }).lastInsertRowid),
    skill: (id: number) => st.skill.get(id) ?? null,
    skillIdByCode: (frameworkId: number, code: string) => st.skillByCode.get(frameworkId, code)?.id ?? null,
    insertSkill: (s: { frameworkId: number; sectionId: number; code: string; title: string; description: string }) =>
      Number(
        st.insertSkill.run({ framework_id: s.frameworkId, section_id: s.sectionId, code: s.code, title: s.title, description: s.description })
          .lastInsertRowid,
      ),
    updateSkill: (id: number, title: string, description: string) => st.updateSkill.run(title, description, id),
    retire: (id: number, on: string | null) => st.retire.run(on, id),
    scale: (): RatingScale => {
      const levels = st.scale.all();
      return { min: levels[0]?.level ?? 0, max: levels[levels.length - 1]?.level ?? 4, levels };
    },
    replaceScale: (labels: string[]) => {
      st.clearScale.run();
      labels.forEach((label, level) => st.insertLevel.run(level, label));
    },
    maxRatingUsed: () => st.maxRatingUsed.get()?.m ?? null,
  };
}

export type FrameworksRepo = ReturnType<typeof createFrameworksRepo>;
