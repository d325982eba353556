import type Database from 'better-sqlite3';
import type { RoleProfile } from '../../../../shared/domains/skills';

/** SQL for relevance: role profiles (skills that do not matter for a job) and a member's own overrides. */

interface ProfileRow {
  id: number;
  framework_id: number;
  name: string;
  excluded: string | null;
  members: string | null;
}

const ids = (csv: string | null) => (csv ? csv.split(',').map(Number) : []);

export function createRelevanceRepo(db: Database.Database) {
  const PROFILE = `
    SELECT p.id, p.framework_id, p.name,
      (SELECT group_concat(skill_id) FROM skill_profile_exclusions x WHERE x.profile_id = p.id) AS excluded,
      (SELECT group_concat(member_id) FROM skill_member_profiles mp WHERE mp.profile_id = p.id) AS members
    FROM skill_role_profiles p`;
  const st = {
    list: db.prepare<[number], ProfileRow>(`${PROFILE} WHERE p.framework_id = ? ORDER BY fold(p.name), p.name`),
    get: db.prepare<[number], ProfileRow>(`${PROFILE} WHERE p.id = ?`),
    byName: db.prepare<[number, string], { id: number }>(
      `SELECT id FROM skill_role_profiles WHERE framework_id = ? AND name = ? COLLATE NOCASE`,
    ),
    insert: db.prepare<[number, string]>(`INSERT INTO skill_role_profiles (framework_id, name) VALUES (?, ?)`),
    rename: db.prepare<[string, number]>(`UPDATE skill_role_profiles SET name = ? WHERE id = ?`),
    clearExclusions: db.prepare<[number]>(`DELETE FROM skill_profile_exclusions WHERE profile_id = ?`),
    exclude: db.prepare<[number, number]>(`INSERT INTO skill_profile_exclusions (profile_id, skill_id) VALUES (?, ?)`),
    delete: db.prepare<[number]>(`DELETE FROM skill_role_profiles WHERE id = ?`),
    memberProfile: db.prepare<[number], { profile_id: number }>(`SELECT profile_id FROM skill_member_profiles WHERE member_id = ?`),
    assign: db.prepare<[number, number]>(
      `INSERT INTO skill_member_profiles (member_id, profile_id) VALUES (?, ?)
       ON CONFLICT (member_id) DO UPDATE SET profile_id = excluded.profile_id`,
    ),
    unassign: db.prepare<[number]>(`DELETE FROM skill_member_profiles WHERE member_id = ?`),
    setOverride: db.prepare<[number, number, number]>(
      `INSERT INTO skill_member_relevance (member_id, skill_id, relevant) VALUES (?, ?, ?)
       ON CONFLICT (member_id, skill_id) DO UPDATE SET relevant = excluded.relevant`,
    ),
    clearOverride: db.prepare<[number, number]>(`DELETE FROM skill_member_relevance WHERE member_id = ? AND skill_id = ?`),
    relevant: db.prepare<{ member: number; skill: number }, { relevant: number }>(
      `SELECT coalesce(
         (SELECT relevant FROM skill_member_relevance WHERE member_id = @member AND skill_id = @skill),
         (SELECT 0 FROM skill_member_profiles mp JOIN skill_profile_exclusions x ON x.profile_id = mp.profile_id
          WHERE mp.member_id = @member AND x.skill_id = @skill),
         1) AS relevant`,
    ),
  };
  const toProfile = (r: ProfileRow): RoleProfile => ({
    id: r.id,
    frameworkId: r.framework_id,
    name: r.name,
    notRelevantSkillIds: ids(r.excluded),
    memberIds: ids(r.members),
  });

  return {
    list: (frameworkId: number) => st.list.all(frameworkId).map(toProfile),
    get: (id: number) => {
      const row = st.get.get(id);
      return row ? toProfile(row) : null;
    },
    idByName: (frameworkId: number, name: string) => st.byName.get(frameworkId, name)?.id ?? null,
    save: (id: number | null, frameworkId: number, name: string, excluded: number[]) => {
      const profileId = id ?? Number(st.insert.run(frameworkId, name).lastInsertRowid);
      if (id !== null) st.rename.run(name, id);
      st.clearExclusions.run(profileId);
      for (const skillId of new Set(excluded)) st.exclude.run(profileId, skillId);
      return profileId;
    },
    delete: (id: number) => st.delete.run(id),
    memberProfile: (memberId: number) => st.memberProfile.get(memberId)?.profile_id ?? null,
    assign: (memberId: number, profileId: number | null) =>
      profileId === null ? st.unassign.run(memberId) : st.assign.run(memberId, profileId),
    setOverride: (memberId: number, skillId: number, relevant: boolean | null) =>
      relevant === null ? st.clearOverride.run(memberId, skillId) : st.setOverride.run(memberId, skillId, relevant ? 1 : 0),
    isRelevant: (memberId: number, skillId: number) => st.relevant.get({ member: memberId, skill: skillId })?.relevant === 1,
  };
}

export type RelevanceRepo = ReturnType<typeof createRelevanceRepo>;
