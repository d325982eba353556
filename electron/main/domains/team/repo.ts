import type Database from 'better-sqlite3';
import type { EmploymentType, Member, MemberInput } from '../../../../shared/domains/team';

interface MemberRow {
  id: number;
  name: string;
  preferred_name: string;
  job_title: string;
  grade: string;
  team: string;
  fte: number;
  start_date: string | null;
  line_manager_id: number | null;
  line_manager_name: string | null;
  employment_type: string;
  cilip_number: string;
  email: string;
  notes: string;
  left_on: string | null;
  created_at: string;
  updated_at: string;
}

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    name: row.name,
    preferredName: row.preferred_name,
    jobTitle: row.job_title,
    grade: row.grade,
    team: row.team,
    fte: row.fte,
    startDate: row.start_date,
    lineManagerId: row.line_manager_id,
    lineManagerName: row.line_manager_name,
    employmentType: row.employment_type as EmploymentType,
    cilipNumber: row.cilip_number,
    email: row.email,
    notes: row.notes,
    leftOn: row.left_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT = `
  SELECT m.*, lm.name AS line_manager_name
  FROM members m LEFT JOIN members lm ON lm.id = m.line_manager_id`;

const params = (input: MemberInput) => ({
  name: input.name,
  preferred_name: input.preferredName,
  job_title: input.jobTitle,
  grade: input.grade,
  team: input.team,
  fte: input.fte,
  start_date: input.startDate,
  line_manager_id: input.lineManagerId,
  employment_type: input.employmentType,
  cilip_number: input.cilipNumber,
  email: input.email,
  notes: input.notes,
});

export function createTeamRepo(db: Database.Database) {
  const statements = {
    list: db.prepare<[], MemberRow>(`${SELECT} WHERE m.left_on IS NULL ORDER BY fold(m.name), m.name`),
    listAll: db.prepare<[], MemberRow>(`${SELECT} ORDER BY fold(m.name), m.name`),
    get: db.prepare<[number], MemberRow>(`${SELECT} WHERE m.id = ?`),
    byEmail: db.prepare<[string], MemberRow>(`${SELECT} WHERE lower(m.email) = lower(?) AND m.email <> ''`),
    byCilip: db.prepare<[string], MemberRow>(`${SELECT} WHERE m.cilip_number = ? AND m.cilip_number <> ''`),
    identified: db.prepare<[], MemberRow>(`${SELECT} WHERE m.email <> '' OR m.cilip_number <> ''`),
    insert: db.prepare(`
      INSERT INTO members (name, preferred_name, job_title, grade, team, fte, start_date, line_manager_id,
                           employment_type, cilip_number, email, notes, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    update: db.prepare(`
      UPDATE members SET name = @name, preferred_name = @preferred_name, job_title = @job_title, grade = @grade,
        team = @team, fte = @fte, start_date = @start_date, line_manager_id = @line_manager_id,
        employment_type = @employment_type, cilip_number = @cilip_number, email = @email, notes = @notes,
        updated_at = @now
      WHERE id = @id`),
    setLeftOn: db.prepare<{ id: number; left_on: string | null; now: string }>(
      `UPDATE members SET left_on = @left_on, updated_at = @now WHERE id = @id`,
    ),
    count: db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM members`),
  };

  return {
    list: (includeArchived: boolean) => (includeArchived ? statements.listAll : statements.list).all().map(toMember),
    get: (id: number) => {
      const row = statements.get.get(id);
      return row ? toMember(row) : null;
    },
    findByEmail: (email: string) => {
      const row = statements.byEmail.get(email);
      return row ? toMember(row) : null;
    },
    findByCilipNumber: (cilip: string) => {
      const row = statements.byCilip.get(cilip);
      return row ? toMember(row) : null;
    },
    /** Everyone (leavers too) with an email or a CILIP number: what an import can match a row to. */
    listIdentified: () => statements.identified.all().map(toMember),
    // Positional, without building a parameter object: an import inserts thousands in a row.
    insert: (input: MemberInput, now: string): number =>
      Number(
        statements.insert.run(
          input.name, input.preferredName, input.jobTitle, input.grade, input.team, input.fte, input.startDate,
          input.lineManagerId, input.employmentType, input.cilipNumber, input.email, input.notes, now, now,
        ).lastInsertRowid,
      ),
    update: (id: number, input: MemberInput, now: string) => statements.update.run({ ...params(input), id, now }),
    setLeftOn: (id: number, leftOn: string | null, now: string) => statements.setLeftOn.run({ id, left_on: leftOn, now }),
    count: () => statements.count.get()?.n ?? 0,
  };
}

export type TeamRepo = ReturnType<typeof createTeamRepo>;
