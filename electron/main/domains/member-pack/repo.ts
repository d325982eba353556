import type Database from 'better-sqlite3';

/** SQL of the member pack: the packs sent, and the rows an accepted pack writes into other domains' tables. */

export interface PackRow {
  id: string;
  member_id: number;
  framework_id: number | null;
  meeting_id: number | null;
  sent_on: string;
  created_at: string;
}

export interface PackSkillRow {
  id: number;
  code: string;
  title: string;
  section_code: string;
  section_name: string;
  current: number | null;
  target: number | null;
  relevant: number;
}

export interface ViewRow {
  skill_id: number;
  code: string;
  title: string;
  section: string;
  self: number | null;
  manager: number | null;
}

export function createMemberPackRepo(db: Database.Database) {
  const s = {
    member: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM members WHERE id = ?'),
    maxLevel: db.prepare<[], { m: number | null }>('SELECT max(level) AS m FROM skill_scale_levels'),
    defaultFramework: db.prepare<[], { id: number; name: string; version: string }>(
      'SELECT id, name, version FROM skill_frameworks WHERE is_default = 1',
    ),
    framework: db.prepare<[number], { id: number; name: string; version: string }>('SELECT id, name, version FROM skill_frameworks WHERE id = ?'),
    latestAssessment: db.prepare<[number, number], { id: number; framework_id: number }>(
      `SELECT id, framework_id FROM skill_assessments WHERE member_id = ? AND shared = 1 AND framework_id = ?
       ORDER BY assessed_on DESC, id DESC LIMIT 1`,
    ),
    anyLatestFramework: db.prepare<[number], { framework_id: number }>(
      'SELECT framework_id FROM skill_assessments WHERE member_id = ? AND shared = 1 ORDER BY assessed_on DESC, id DESC LIMIT 1',
    ),
    packSkills: db.prepare<{ framework: number; assessment: number; member: number }, PackSkillRow>(
      `SELECT s.id, s.code, s.title, sec.code AS section_code, sec.name AS section_name, r.current, r.target,
         coalesce((SELECT relevant FROM skill_member_relevance mr WHERE mr.member_id = @member AND mr.skill_id = s.id),
           (SELECT 0 FROM skill_member_profiles mp JOIN skill_profile_exclusions x ON x.profile_id = mp.profile_id
            WHERE mp.member_id = @member AND x.skill_id = s.id), 1) AS relevant
       FROM skills s JOIN skill_sections sec ON sec.id = s.section_id
       LEFT JOIN skill_ratings r ON r.assessment_id = @assessment AND r.skill_id = s.id
       WHERE s.framework_id = @framework AND s.retired_on IS NULL
       ORDER BY sec.position, s.position, s.id`,
    ),
    sectionCodes: db.prepare<[number], { code: string; name: string }>('SELECT code, name FROM skill_sections WHERE framework_id = ? ORDER BY position'),
    nextMeeting: db.prepare<[number, string], { id: number; scheduled_at: string }>(
      `SELECT id, scheduled_at FROM one_to_ones WHERE member_id = ? AND status = 'scheduled' AND scheduled_at >= ?
       ORDER BY scheduled_at LIMIT 1`,
    ),
    meeting: db.prepare<[number], { id: number; member_id: number; status: string; scheduled_at: string }>(
      'SELECT id, member_id, status, scheduled_at FROM one_to_ones WHERE id = ?',
    ),
    insertPack: db.prepare(
      `INSERT INTO member_packs (id, member_id, framework_id, meeting_id, sent_on, created_at)
       VALUES (@id, @memberId, @frameworkId, @meetingId, @sentOn, @createdAt)`,
    ),
    pack: db.prepare<[string], PackRow>('SELECT * FROM member_packs WHERE id = ?'),
    newerPacks: db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM member_packs WHERE member_id = ? AND created_at > ?'),
    assessmentOfPack: db.prepare<[string], { id: number }>('SELECT id FROM skill_assessments WHERE pack_id = ?'),
    insertAssessment: db.prepare(
      `INSERT INTO skill_assessments (member_id, framework_id, kind, assessed_on, shared, created_at, updated_at, self_assessed, pack_id)
       VALUES (@memberId, @frameworkId, 'ad_hoc', @assessedOn, 1, @now, @now, 1, @packId)`,
    ),
    insertRating: db.prepare(
      `INSERT INTO skill_ratings (assessment_id, skill_id, current, target, notes) VALUES (@assessmentId, @skillId, @current, @target, @notes)`,
    ),
    setRelevance: db.prepare(
      `INSERT INTO skill_member_relevance (member_id, skill_id, relevant) VALUES (?, ?, ?)
       ON CONFLICT (member_id, skill_id) DO UPDATE SET relevant = excluded.relevant`,
    ),
    agendaKeys: db.prepare<[number, string], { hint_key: string }>(
      `SELECT a.hint_key FROM one_to_one_agenda_items a JOIN one_to_ones o ON o.id = a.meeting_id
       WHERE o.member_id = ? AND a.hint_key LIKE ? ESCAPE '\\'`,
    ),
    nextPosition: db.prepare<[number], { p: number }>('SELECT coalesce(max(position) + 1, 0) AS p FROM one_to_one_agenda_items WHERE meeting_id = ?'),
    insertAgenda: db.prepare(
      `INSERT INTO one_to_one_agenda_items (meeting_id, position, title, detail, link, source, hint_key, raised_by)
       VALUES (@meetingId, @position, @title, @detail, '', 'manual', @key, 'member')`,
    ),
    // CPD rows of a pack link to it by foreign key (cpd_entries.member_pack_id, migration 0017).
    cpdRows: db.prepare<[string], { member_pack_row: number }>(`SELECT member_pack_row FROM cpd_entries WHERE member_pack_id = ?`),
    insertCpd: db.prepare(
      `INSERT INTO cpd_entries (member_id, done_on, activity_type, hours, title, reflection, sections, member_pack_id, member_pack_row, created_at, updated_at)
       VALUES (@memberId, @date, @activityType, @hours, @title, @reflection, @sections, @packId, @row, @now, @now)`,
    ),
    assessment: db.prepare<[number], { id: number; member_id: number; member_name: string; framework_id: number; shared: number; self_assessed: number }>(
      `SELECT a.id, a.member_id, m.name AS member_name, a.framework_id, a.shared, a.self_assessed
       FROM skill_assessments a JOIN members m ON m.id = a.member_id WHERE a.id = ?`,
    ),
    latestSelf: db.prepare<[number], { id: number }>(
      'SELECT id FROM skill_assessments WHERE member_id = ? AND shared = 1 AND self_assessed = 1 ORDER BY assessed_on DESC, id DESC LIMIT 1',
    ),
    views: db.prepare<[number, number], ViewRow>(
      `SELECT s.id AS skill_id, s.code, s.title, sec.code || ' ' || sec.name AS section, r.current AS self, r.manager_current AS manager
       FROM skills s JOIN skill_sections sec ON sec.id = s.section_id
       LEFT JOIN skill_ratings r ON r.assessment_id = ? AND r.skill_id = s.id
       WHERE s.framework_id = ? AND (s.retired_on IS NULL OR r.skill_id IS NOT NULL)
       ORDER BY sec.position, s.position, s.id`,
    ),
    differing: db.prepare<[number, number], ViewRow & { assessment_id: number; member_name: string }>(
      `SELECT a.id AS assessment_id, m.name AS member_name, s.id AS skill_id, s.code, s.title, sec.code || ' ' || sec.name AS section,
         r.current AS self, r.manager_current AS manager
       FROM skill_assessments a JOIN members m ON m.id = a.member_id
       JOIN skill_ratings r ON r.assessment_id = a.id
       JOIN skills s ON s.id = r.skill_id JOIN skill_sections sec ON sec.id = s.section_id
       WHERE a.id = (SELECT id FROM skill_assessments WHERE member_id = ? AND shared = 1 AND self_assessed = 1 ORDER BY assessed_on DESC, id DESC LIMIT 1)
         AND r.current IS NOT NULL AND r.manager_current IS NOT NULL AND abs(r.current - r.manager_current) >= ?
       ORDER BY abs(r.current - r.manager_current) DESC, sec.position, s.position`,
    ),
    skill: db.prepare<[number], { id: number; framework_id: number }>('SELECT id, framework_id FROM skills WHERE id = ?'),
    setManagerView: db.prepare(
      `INSERT INTO skill_ratings (assessment_id, skill_id, manager_current) VALUES (?, ?, ?)
       ON CONFLICT (assessment_id, skill_id) DO UPDATE SET manager_current = excluded.manager_current`,
    ),
  };
  const like = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    member: (id: number) => s.member.get(id),
    maxLevel: () => s.maxLevel.get()?.m ?? 4,
    defaultFramework: () => s.defaultFramework.get(),
    framework: (id: number) => s.framework.get(id),
    latestAssessment: (memberId: number, frameworkId: number) => s.latestAssessment.get(memberId, frameworkId),
    latestFrameworkOf: (memberId: number) => s.anyLatestFramework.get(memberId)?.framework_id,
    packSkills: (frameworkId: number, assessmentId: number, memberId: number) =>
      s.packSkills.all({ framework: frameworkId, assessment: assessmentId, member: memberId }),
    sections: (frameworkId: number) => s.sectionCodes.all(frameworkId),
    nextMeeting: (memberId: number, fromIso: string) => s.nextMeeting.get(memberId, fromIso),
    meeting: (id: number) => s.meeting.get(id),
    insertPack: (p: { id: string; memberId: number; frameworkId: number | null; meetingId: number | null; sentOn: string; createdAt: string }) =>
      s.insertPack.run(p),
    pack: (id: string) => s.pack.get(id),
    newerPacks: (memberId: number, createdAt: string) => s.newerPacks.get(memberId, createdAt)?.n ?? 0,
    assessmentOfPack: (packId: string) => s.assessmentOfPack.get(packId)?.id ?? null,
    insertAssessment: (a: { memberId: number; frameworkId: number; assessedOn: string; now: string; packId: string }) =>
      Number(s.insertAssessment.run(a).lastInsertRowid),
    insertRating: (r: { assessmentId: number; skillId: number; current: number | null; target: number | null; notes: string }) => s.insertRating.run(r),
    setRelevance: (memberId: number, skillId: number, relevant: boolean) => s.setRelevance.run(memberId, skillId, relevant ? 1 : 0),
    agendaKeys: (memberId: number, prefix: string) => new Set(s.agendaKeys.all(memberId, like(prefix)).map((r) => r.hint_key)),
    insertAgenda: (a: { meetingId: number; title: string; detail: string; key: string }) =>
      s.insertAgenda.run({ ...a, position: s.nextPosition.get(a.meetingId)?.p ?? 0 }),
    /** The row numbers of this pack's CPD sheet already in the log. */
    cpdRows: (packId: string) => new Set(s.cpdRows.all(packId).map((r) => r.member_pack_row)),
    insertCpd: (c: {
      memberId: number; date: string; activityType: string; hours: number; title: string; reflection: string; sections: string; packId: string; row: number; now: string;
    }) => s.insertCpd.run(c),
    assessment: (id: number) => s.assessment.get(id),
    latestSelf: (memberId: number) => s.latestSelf.get(memberId)?.id ?? null,
    views: (assessmentId: number, frameworkId: number) => s.views.all(assessmentId, frameworkId),
    skill: (id: number) => s.skill.get(id),
    /** Skills of the member's latest self-assessment where the manager's view differs by `min` levels or more. */
    differing: (memberId: number, min: number) => s.differing.all(memberId, min),
    setManagerView: (assessmentId: number, skillId: number, level: number | null) => s.setManagerView.run(assessmentId, skillId, level),
  };
}
export type MemberPackRepo = ReturnType<typeof createMemberPackRepo>;
