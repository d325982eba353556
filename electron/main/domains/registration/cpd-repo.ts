import type Database from 'better-sqlite3';
import type { CpdEntry, CpdFields, CpdSource, CpdType } from '../../../../shared/domains/registration-cpd';
import { AppError } from '../../../../shared/result';

/** The link columns of cpd_entries (migration 0017): one foreign key per kind of origin, at most one set. */
interface LinkColumns {
  als_meeting_id: number | null;
  buddy_pair_id: number | null;
  buddy_session_on: string | null;
  coaching_record_id: number | null;
  shadowing_visit_id: number | null;
  member_pack_id: string | null;
  member_pack_row: number | null;
}

const NO_LINK: LinkColumns = {
  als_meeting_id: null,
  buddy_pair_id: null,
  buddy_session_on: null,
  coaching_record_id: null,
  shadowing_visit_id: null,
  member_pack_id: null,
  member_pack_row: null,
};

/** A link as the columns that hold it. */
export function linkColumns(source: CpdSource | null): LinkColumns {
  if (source === null) return NO_LINK;
  switch (source.kind) {
    case 'alsMeeting':
      return { ...NO_LINK, als_meeting_id: source.id };
    case 'buddying':
      return { ...NO_LINK, buddy_pair_id: source.id, buddy_session_on: source.sessionOn };
    case 'coaching':
      return { ...NO_LINK, coaching_record_id: source.id };
    case 'shadowing':
      return { ...NO_LINK, shadowing_visit_id: source.id };
    case 'memberPack':
      return { ...NO_LINK, member_pack_id: source.packId, member_pack_row: source.row };
    default: {
      const unknown: never = source;
      throw AppError.rule('VALIDATION', 'source.kind', `${JSON.stringify(unknown)} is not a kind of CPD source`, 'invalidChoice');
    }
  }
}

/** The columns as a link; a deleted record's column is NULL, so the entry then has none. */
function sourceOf(r: LinkColumns): CpdSource | null {
  if (r.als_meeting_id !== null) return { kind: 'alsMeeting', id: r.als_meeting_id };
  if (r.buddy_pair_id !== null && r.buddy_session_on !== null) return { kind: 'buddying', id: r.buddy_pair_id, sessionOn: r.buddy_session_on };
  if (r.coaching_record_id !== null) return { kind: 'coaching', id: r.coaching_record_id };
  if (r.shadowing_visit_id !== null) return { kind: 'shadowing', id: r.shadowing_visit_id };
  if (r.member_pack_id !== null && r.member_pack_row !== null) return { kind: 'memberPack', packId: r.member_pack_id, row: r.member_pack_row };
  return null;
}

interface CpdRow extends LinkColumns {
  id: number;
  member_id: number;
  done_on: string;
  activity_type: string;
  hours: number;
  title: string;
  reflection: string;
  sections: string;
  created_at: string;
}

function toEntry(row: CpdRow): CpdEntry {
  return {
    id: row.id,
    memberId: row.member_id,
    date: row.done_on,
    activityType: row.activity_type as CpdType,
    hours: row.hours,
    title: row.title,
    reflection: row.reflection,
    sections: JSON.parse(row.sections) as string[],
    source: sourceOf(row),
    createdAt: row.created_at,
  };
}

export interface StatementRow {
  personal: string;
  organisational: string;
  wider: string;
  updated_at: string;
}

const fieldParams = (f: CpdFields) => ({
  done_on: f.date,
  activity_type: f.activityType,
  hours: f.hours,
  title: f.title,
  reflection: f.reflection,
  sections: JSON.stringify(f.sections),
});

/** SQL for the CPD log and revalidation statements. */
export function createCpdRepo(db: Database.Database) {
  const s = {
    list: db.prepare<[number], CpdRow>(`SELECT * FROM cpd_entries WHERE member_id = ? ORDER BY done_on DESC, id DESC`),
    listBetween: db.prepare<[number, string, string], CpdRow>(
      `SELECT * FROM cpd_entries WHERE member_id = ? AND done_on BETWEEN ? AND ? ORDER BY done_on DESC, id DESC`,
    ),
    get: db.prepare<[number], CpdRow>(`SELECT * FROM cpd_entries WHERE id = ?`),
    // The same questions as the partial UNIQUE indexes of migration 0017: is this person's entry from there already in?
    linked: db.prepare<LinkColumns & { member_id: number }, { id: number }>(`
      SELECT id FROM cpd_entries WHERE member_id = @member_id AND (
           als_meeting_id = @als_meeting_id
        OR (buddy_pair_id = @buddy_pair_id AND buddy_session_on = @buddy_session_on)
        OR coaching_record_id = @coaching_record_id
        OR shadowing_visit_id = @shadowing_visit_id)
      UNION ALL
      SELECT id FROM cpd_entries WHERE member_pack_id = @member_pack_id AND member_pack_row = @member_pack_row
      LIMIT 1`),
    membersFrom: db.prepare<LinkColumns, { member_id: number }>(`
      SELECT member_id FROM cpd_entries WHERE als_meeting_id = @als_meeting_id
        OR (buddy_pair_id = @buddy_pair_id AND buddy_session_on = @buddy_session_on)
        OR coaching_record_id = @coaching_record_id OR shadowing_visit_id = @shadowing_visit_id
        OR (member_pack_id = @member_pack_id AND member_pack_row = @member_pack_row)`),
    // Whether the record a link names is still there (an Undo may come after it was deleted).
    target: db.prepare<LinkColumns, { found: number }>(`
      SELECT EXISTS (SELECT 1 FROM action_learning_meetings WHERE id = @als_meeting_id)
          OR EXISTS (SELECT 1 FROM buddy_pairs WHERE id = @buddy_pair_id)
          OR EXISTS (SELECT 1 FROM coaching_records WHERE id = @coaching_record_id)
          OR EXISTS (SELECT 1 FROM shadowing_visits WHERE id = @shadowing_visit_id)
          OR EXISTS (SELECT 1 FROM member_packs WHERE id = @member_pack_id) AS found`),
    hoursBetween: db.prepare<[number, string, string], { hours: number | null }>(
      `SELECT sum(hours) AS hours FROM cpd_entries WHERE member_id = ? AND done_on BETWEEN ? AND ?`,
    ),
    lastOnOrBefore: db.prepare<[number, string], { last: string | null }>(
      `SELECT max(done_on) AS last FROM cpd_entries WHERE member_id = ? AND done_on <= ?`,
    ),
    insert: db.prepare(`
      INSERT INTO cpd_entries (member_id, done_on, activity_type, hours, title, reflection, sections,
        als_meeting_id, buddy_pair_id, buddy_session_on, coaching_record_id, shadowing_visit_id, member_pack_id, member_pack_row, created_at, updated_at)
      VALUES (@member_id, @done_on, @activity_type, @hours, @title, @reflection, @sections,
        @als_meeting_id, @buddy_pair_id, @buddy_session_on, @coaching_record_id, @shadowing_visit_id, @member_pack_id, @member_pack_row, @now, @now)`),
    update: db.prepare(`
      UPDATE cpd_entries SET done_on = @done_on, activity_type = @activity_type, hours = @hours, title = @title,
        reflection = @reflection, sections = @sections, updated_at = @now
      WHERE id = @id`),
    remove: db.prepare<[number]>(`DELETE FROM cpd_entries WHERE id = ?`),
    statement: db.prepare<[number], StatementRow>(
      `SELECT personal, organisational, wider, updated_at FROM revalidation_statements WHERE member_id = ?`,
    ),
    saveStatement: db.prepare(`
      INSERT INTO revalidation_statements (member_id, personal, organisational, wider, updated_at)
      VALUES (@member_id, @personal, @organisational, @wider, @now)
      ON CONFLICT (member_id) DO UPDATE SET personal = excluded.personal, organisational = excluded.organisational,
        wider = excluded.wider, updated_at = excluded.updated_at`),
  };

  return {
    list: (memberId: number) => s.list.all(memberId).map(toEntry),
    listBetween: (memberId: number, from: string, to: string) => s.listBetween.all(memberId, from, to).map(toEntry),
    get: (id: number) => {
      const row = s.get.get(id);
      return row ? toEntry(row) : null;
    },
    /** The id of this person's entry from that source, if one is in the log. */
    linkedEntry: (memberId: number, source: CpdSource): number | null => s.linked.get({ ...linkColumns(source), member_id: memberId })?.id ?? null,
    /** The people whose log holds an entry from that source. */
    membersFrom: (source: CpdSource): Set<number> => new Set(s.membersFrom.all(linkColumns(source)).map((r) => r.member_id)),
    /** Whether the record a source names still exists. */
    sourceExists: (source: CpdSource): boolean => s.target.get(linkColumns(source))?.found === 1,
    hoursBetween: (memberId: number, from: string, to: string): number => s.hoursBetween.get(memberId, from, to)?.hours ?? 0,
    lastOnOrBefore: (memberId: number, today: string): string | null => s.lastOnOrBefore.get(memberId, today)?.last ?? null,
    insert: (memberId: number, fields: CpdFields, source: CpdSource | null, now: string): number =>
      Number(s.insert.run({ ...fieldParams(fields), ...linkColumns(source), member_id: memberId, now }).lastInsertRowid),
    update: (id: number, fields: CpdFields, now: string) => s.update.run({ ...fieldParams(fields), id, now }),
    remove: (id: number) => s.remove.run(id),
    statement: (memberId: number): StatementRow | null => s.statement.get(memberId) ?? null,
    saveStatement: (memberId: number, text: { personal: string; organisational: string; wider: string }, now: string) =>
      s.saveStatement.run({ member_id: memberId, ...text, now }),
  };
}

export type CpdRepo = ReturnType<typeof createCpdRepo>;
