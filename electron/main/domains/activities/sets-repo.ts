import type Database from 'better-sqlite3';
import type { ActionPlan, Attendance, SessionType, SetInput, SetSummary } from '../../../../shared/domains/activities';
import { setSizeWarning } from '../../../../shared/domains/activities';

interface SetRow {
  id: number;
  name: string;
  facilitator: string;
  rhythm: string;
  session_type: string;
  started_on: string | null;
  meeting_count: number;
  last_met_on: string | null;
}
interface MeetingRow {
  id: number;
  held_on: string;
  hours: number;
  notes: string;
  cpd_logged: number;
}
interface PlanRow {
  id: number;
  meeting_id: number;
  presenter_id: number;
  presenter_name: string;
  plan: string;
  progress: string;
}

const SELECT_SET = `
  SELECT s.*, (SELECT count(*) FROM action_learning_meetings g WHERE g.set_id = s.id) AS meeting_count,
    (SELECT max(held_on) FROM action_learning_meetings g WHERE g.set_id = s.id) AS last_met_on
  FROM action_learning_sets s`;

const toPlan = (r: PlanRow): ActionPlan => ({
  id: r.id,
  presenterId: r.presenter_id,
  presenterName: r.presenter_name,
  plan: r.plan,
  progress: r.progress,
});

export function createSetsRepo(db: Database.Database) {
  const s = {
    list: db.prepare<[], SetRow>(`${SELECT_SET} ORDER BY fold(s.name), s.name`),
    get: db.prepare<[number], SetRow>(`${SELECT_SET} WHERE s.id = ?`),
    forMember: db.prepare<[number], SetRow>(
      `${SELECT_SET} WHERE s.id IN (SELECT set_id FROM action_learning_set_members WHERE member_id = ?) ORDER BY fold(s.name), s.name`,
    ),
    members: db.prepare<[number], { id: number; name: string }>(
      `SELECT m.id, m.name FROM action_learning_set_members x JOIN members m ON m.id = x.member_id WHERE x.set_id = ? ORDER BY fold(m.name), m.name`,
    ),
    insert: db.prepare(`
      INSERT INTO action_learning_sets (name, facilitator, rhythm, session_type, started_on, created_at, updated_at)
      VALUES (@name, @facilitator, @rhythm, @sessionType, @startedOn, @now, @now)`),
    update: db.prepare(`
      UPDATE action_learning_sets SET name = @name, facilitator = @facilitator, rhythm = @rhythm,
        session_type = @sessionType, started_on = @startedOn, updated_at = @now WHERE id = @id`),
    clearMembers: db.prepare<[number]>(`DELETE FROM action_learning_set_members WHERE set_id = ?`),
    addMember: db.prepare<[number, number]>(`INSERT INTO action_learning_set_members (set_id, member_id) VALUES (?, ?)`),
    meetings: db.prepare<[number], MeetingRow>(`
      SELECT g.*, (SELECT count(*) FROM cpd_entries e WHERE e.als_meeting_id = g.id) AS cpd_logged
      FROM action_learning_meetings g WHERE g.set_id = ? ORDER BY g.held_on DESC, g.id DESC`),
    attendance: db.prepare<[number], { member_id: number; name: string; status: string; cpd_logged: number }>(`
      SELECT a.member_id, m.name, a.status,
        EXISTS (SELECT 1 FROM cpd_entries e WHERE e.als_meeting_id = a.meeting_id AND e.member_id = a.member_id) AS cpd_logged
      FROM action_learning_attendance a JOIN members m ON m.id = a.member_id
      WHERE a.meeting_id = ? ORDER BY fold(m.name), m.name`),
    clearAttendance: db.prepare<[number]>(`DELETE FROM action_learning_attendance WHERE meeting_id = ?`),
    addAttendance: db.prepare<[number, number, string]>(`INSERT INTO action_learning_attendance (meeting_id, member_id, status) VALUES (?, ?, ?)`),
    updateMeeting: db.prepare(`UPDATE action_learning_meetings SET held_on = @heldOn, hours = @hours, notes = @notes WHERE id = @id`),
    deleteMeeting: db.prepare<[number]>(`DELETE FROM action_learning_meetings WHERE id = ?`),
    deleteSet: db.prepare<[number]>(`DELETE FROM action_learning_sets WHERE id = ?`),
    meeting: db.prepare<[number], MeetingRow & { set_id: number }>(`SELECT g.*, 0 AS cpd_logged FROM action_learning_meetings g WHERE g.id = ?`),
    plans: db.prepare<[number], PlanRow>(`
      SELECT p.*, m.name AS presenter_name FROM action_learning_plans p JOIN members m ON m.id = p.presenter_id
      WHERE p.meeting_id = ? ORDER BY fold(m.name), m.name`),
    insertMeeting: db.prepare(`
      INSERT INTO action_learning_meetings (set_id, held_on, hours, notes, created_at)
      VALUES (@setId, @heldOn, @hours, @notes, @now)`),
    insertPlan: db.prepare<[number, number, string]>(`INSERT INTO action_learning_plans (meeting_id, presenter_id, plan) VALUES (?, ?, ?)`),
    setProgress: db.prepare<[string, number]>(`UPDATE action_learning_plans SET progress = ? WHERE id = ?`),
  };

  const summary = (row: SetRow): SetSummary => {
    const members = s.members.all(row.id);
    return {
      id: row.id,
      name: row.name,
      facilitator: row.facilitator,
      rhythm: row.rhythm,
      sessionType: row.session_type as SessionType,
      startedOn: row.started_on,
      members,
      meetingCount: row.meeting_count,
      lastMetOn: row.last_met_on,
      sizeWarning: setSizeWarning(members.length),
    };
  };
  const setMembers = (setId: number, ids: number[]) => {
    s.clearMembers.run(setId);
    for (const memberId of ids) s.addMember.run(setId, memberId);
  };

  const attendanceOf = (meetingId: number) =>
    s.attendance.all(meetingId).map((a) => ({ memberId: a.member_id, name: a.name, status: a.status as Attendance, cpdLogged: a.cpd_logged === 1 }));

  return {
    list: () => s.list.all().map(summary),
    forMember: (memberId: number) => s.forMember.all(memberId).map(summary),
    get: (id: number) => {
      const row = s.get.get(id);
      return row ? summary(row) : null;
    },
    meetings: (setId: number) =>
      s.meetings.all(setId).map((g) => ({
        id: g.id,
        heldOn: g.held_on,
        hours: g.hours,
        notes: g.notes,
        cpdLogged: g.cpd_logged,
        plans: s.plans.all(g.id).map(toPlan),
        attendance: attendanceOf(g.id),
      })),
    meeting: (id: number) => {
      const row = s.meeting.get(id);
      return row
        ? { id: row.id, setId: row.set_id, heldOn: row.held_on, hours: row.hours, plans: s.plans.all(row.id).map(toPlan), attendance: attendanceOf(row.id) }
        : null;
    },
    /** Every current member gets a row: those not listed as attending or sending apologies are absent. */
    setAttendance: (meetingId: number, memberIds: number[], given: { memberId: number; status: Attendance }[]) => {
      const statusOf = new Map(given.map((a) => [a.memberId, a.status]));
      s.clearAttendance.run(meetingId);
      for (const memberId of memberIds) s.addAttendance.run(meetingId, memberId, statusOf.get(memberId) ?? 'absent');
    },
    updateMeeting: (id: number, m: { heldOn: string; hours: number; notes: string }) => s.updateMeeting.run({ ...m, id }),
    deleteMeeting: (id: number) => s.deleteMeeting.run(id),
    deleteSet: (id: number) => s.deleteSet.run(id),
    insert: (input: SetInput, now: string) => {
      const id = Number(s.insert.run({ ...input, now }).lastInsertRowid);
      setMembers(id, input.memberIds);
      return id;
    },
    update: (id: number, input: SetInput, now: string) => {
      s.update.run({ ...input, id, now });
      setMembers(id, input.memberIds);
    },
    insertMeeting: (m: { setId: number; heldOn: string; hours: number; notes: string }, now: string) =>
      Number(s.insertMeeting.run({ ...m, now }).lastInsertRowid),
    insertPlan: (meetingId: number, presenterId: number, plan: string) => s.insertPlan.run(meetingId, presenterId, plan),
    setProgress: (planId: number, progress: string) => s.setProgress.run(progress, planId),
  };
}
