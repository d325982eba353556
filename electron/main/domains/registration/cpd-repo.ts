import type Database from 'better-sqlite3';
import type { CpdEntry, CpdFields, CpdType } from '../../../../shared/domains/registration-cpd';

interface CpdRow {
  id: number;
  member_id: number;
  done_on: string;
  activity_type: string;
  hours: number;
  title: string;
  reflection: string;
  sections: string;
  source: string | null;
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
    source: row.source,
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
    bySource: db.prepare<[string], CpdRow>(`SELECT * FROM cpd_entries WHERE source = ?`),
    hoursBetween: db.prepare<[number, string, string], { hours: number | null }>(
      `SELECT sum(hours) AS hours FROM cpd_entries WHERE member_id = ? AND done_on BETWEEN ? AND ?`,
    ),
    lastOnOrBefore: db.prepare<[number, string], { last: string | null }>(
      `SELECT max(done_on) AS last FROM cpd_entries WHERE member_id = ? AND done_on <= ?`,
    ),
    insert: db.prepare(`
      INSERT INTO cpd_entries (member_id, done_on, activity_type, hours, title, reflection, sections, source, created_at, updated_at)
      VALUES (@member_id, @done_on, @activity_type, @hours, @title, @reflection, @sections, @source, @now, @now)`),
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
    findBySource: (source: string) => {
      const row = s.bySource.get(source);
      return row ? toEntry(row) : null;
    },
    hoursBetween: (memberId: number, from: string, to: string): number => s.hoursBetween.get(memberId, from, to)?.hours ?? 0,
    lastOnOrBefore: (memberId: number, today: string): string | null => s.lastOnOrBefore.get(memberId, today)?.last ?? null,
    insert: (memberId: number, fields: CpdFields, source: string | null, now: string): number =>
      Number(s.insert.run({ ...fieldParams(fields), member_id: memberId, source, now }).lastInsertRowid),
    update: (id: number, fields: CpdFields, now: string) => s.update.run({ ...fieldParams(fields), id, now }),
    remove: (id: number) => s.remove.run(id),
    statement: (memberId: number): StatementRow | null => s.statement.get(memberId) ?? null,
    saveStatement: (memberId: number, text: { personal: string; organisational: string; wider: string }, now: string) =>
      s.saveStatement.run({ member_id: memberId, ...text, now }),
  };
}

export type CpdRepo = ReturnType<typeof createCpdRepo>;
