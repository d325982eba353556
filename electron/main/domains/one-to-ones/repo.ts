import type Database from 'better-sqlite3';
import type {
  Action,
  ActionOwner,
  AgendaItem,
  MeetingStatus,
  MeetingSummary,
  Recurrence,
} from '../../../../shared/domains/one-to-ones';
import { isStandingKey } from '../../../../shared/domains/one-to-one-series';

interface MeetingRow {
  id: number;
  member_id: number;
  member_name: string;
  scheduled_at: string;
  duration_minutes: number;
  location: string;
  status: string;
  recurrence: string;
  private_notes: string;
  shared_notes: string;
  series_id: number | null;
  series_slot: string | null;
  agenda_count: number;
  open_action_count: number;
}

interface ActionRow {
  id: number;
  meeting_id: number;
  member_id: number;
  member_name: string;
  text: string;
  owner: string;
  due_on: string | null;
  done_at: string | null;
  created_at: string;
  agreed_at: string;
}

interface AgendaRow {
  id: number;
  position: number;
  title: string;
  detail: string;
  link: string;
  source: string;
  hint_key: string | null;
  raised_by: string;
  covered: number;
}

export interface MeetingRecord extends MeetingSummary {
  privateNotes: string;
  sharedNotes: string;
  seriesId: number | null;
  /** For a meeting of a series: the time the series' rule booked it for (it stays when the meeting is moved on its own). */
  seriesSlot: string | null;
}

function toMeeting(row: MeetingRow): MeetingRecord {
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    scheduledAt: row.scheduled_at,
    durationMinutes: row.duration_minutes,
    location: row.location,
    status: row.status as MeetingStatus,
    recurrence: row.recurrence as Recurrence,
    agendaCount: row.agenda_count,
    openActionCount: row.open_action_count,
    privateNotes: row.private_notes,
    sharedNotes: row.shared_notes,
    seriesId: row.series_id,
    seriesSlot: row.series_slot,
  };
}

export const toSummary = ({ privateNotes: _p, sharedNotes: _s, seriesId: _r, seriesSlot: _t, ...summary }: MeetingRecord): MeetingSummary => summary;

/** An action as the contract declares it: no member name (only the dashboard's overdue list carries one). */
function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    memberId: row.member_id,
    text: row.text,
    owner: row.owner as ActionOwner,
    dueOn: row.due_on,
    doneAt: row.done_at,
    createdAt: row.created_at,
    agreedAt: row.agreed_at,
  };
}

const toAgendaItem = (row: AgendaRow): AgendaItem => ({
  id: row.id,
  position: row.position,
  title: row.title,
  detail: row.detail,
  link: row.link,
  source: row.source as AgendaItem['source'],
  hintKey: row.hint_key,
  raisedBy: row.raised_by === 'member' ? 'member' : 'manager',
  covered: row.covered === 1,
  standing: isStandingKey(row.hint_key),
});

// Open actions counted per member: the ones a meeting will discuss (carried plus its own).
const SELECT_MEETING = `
  SELECT o.*, m.name AS member_name,
    (SELECT count(*) FROM one_to_one_agenda_items a WHERE a.meeting_id = o.id) AS agenda_count,
    (SELECT count(*) FROM one_to_one_actions x WHERE x.member_id = o.member_id AND x.done_at IS NULL) AS open_action_count
  FROM one_to_ones o JOIN members m ON m.id = o.member_id`;

const SELECT_ACTION = `
  SELECT x.*, m.name AS member_name, o.scheduled_at AS agreed_at
  FROM one_to_one_actions x JOIN one_to_ones o ON o.id = x.meeting_id JOIN members m ON m.id = x.member_id`;

export interface MeetingWrite {
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  recurrence: Recurrence;
  seriesId?: number | null;
}

export function createOneToOnesRepo(db: Database.Database) {
  const s = {
    get: db.prepare<[number], MeetingRow>(`${SELECT_MEETING} WHERE o.id = ?`),
    between: db.prepare<[string, string], MeetingRow>(
      `${SELECT_MEETING} WHERE o.status = 'scheduled' AND o.scheduled_at >= ? AND o.scheduled_at < ? AND m.left_on IS NULL ORDER BY o.scheduled_at`,
    ),
    countBetween: db.prepare<[string, string], { n: number }>(
      `SELECT count(*) AS n FROM one_to_ones o JOIN members m ON m.id = o.member_id
       WHERE o.status = 'scheduled' AND o.scheduled_at >= ? AND o.scheduled_at < ? AND m.left_on IS NULL`,
    ),
    forMember: db.prepare<[number], MeetingRow>(`${SELECT_MEETING} WHERE o.member_id = ? ORDER BY o.scheduled_at DESC LIMIT 20`),
    nextForMember: db.prepare<[number, string], MeetingRow>(
      `${SELECT_MEETING} WHERE o.member_id = ? AND o.status = 'scheduled' AND o.scheduled_at >= ? ORDER BY o.scheduled_at LIMIT 1`,
    ),
    laterScheduled: db.prepare<[number, string], { id: number }>(
      `SELECT id FROM one_to_ones WHERE member_id = ? AND status = 'scheduled' AND scheduled_at > ? ORDER BY scheduled_at LIMIT 1`,
    ),
    insert: db.prepare(`
      INSERT INTO one_to_ones (member_id, scheduled_at, duration_minutes, location, recurrence, series_id, series_slot, created_at, updated_at)
      VALUES (@memberId, @scheduledAt, @durationMinutes, @location, @recurrence, @seriesId,
              CASE WHEN @seriesId IS NULL THEN NULL ELSE @scheduledAt END, @now, @now)`),
    update: db.prepare(`
      UPDATE one_to_ones SET scheduled_at = @scheduledAt, duration_minutes = @durationMinutes, location = @location,
        recurrence = @recurrence, updated_at = @now, series_slot = coalesce(@slot, series_slot),
        reminded_at = CASE WHEN scheduled_at = @scheduledAt THEN reminded_at ELSE NULL END
      WHERE id = @id`),
    dueReminders: db.prepare<[string, string], MeetingRow>(
      `${SELECT_MEETING} WHERE o.status = 'scheduled' AND o.scheduled_at >= ? AND o.scheduled_at <= ? AND o.reminded_at IS NULL
         AND m.left_on IS NULL ORDER BY o.scheduled_at`,
    ),
    markReminded: db.prepare<[string, number]>(`UPDATE one_to_ones SET reminded_at = ? WHERE id = ?`),
    setStatus: db.prepare<{ id: number; status: string; now: string }>(
      `UPDATE one_to_ones SET status = @status, updated_at = @now WHERE id = @id`,
    ),
    setNotes: db.prepare<{ id: number; privateNotes: string; sharedNotes: string; now: string }>(
      `UPDATE one_to_ones SET private_notes = @privateNotes, shared_notes = @sharedNotes, updated_at = @now WHERE id = @id`,
    ),
    agenda: db.prepare<[number], AgendaRow>(`SELECT * FROM one_to_one_agenda_items WHERE meeting_id = ? ORDER BY position, id`),
    agendaItem: db.prepare<[number], AgendaRow & { meeting_id: number }>(`SELECT * FROM one_to_one_agenda_items WHERE id = ?`),
    nextPosition: db.prepare<[number], { p: number }>(
      `SELECT coalesce(max(position) + 1, 0) AS p FROM one_to_one_agenda_items WHERE meeting_id = ?`,
    ),
    insertAgenda: db.prepare(`
      INSERT INTO one_to_one_agenda_items (meeting_id, position, title, detail, link, source, hint_key)
      VALUES (@meetingId, @position, @title, @detail, @link, @source, @hintKey)`),
    setPosition: db.prepare<[number, number]>(`UPDATE one_to_one_agenda_items SET position = ? WHERE id = ?`),
    deleteAgenda: db.prepare<[number]>(`DELETE FROM one_to_one_agenda_items WHERE id = ?`),
    setCovered: db.prepare<[number, number]>(`UPDATE one_to_one_agenda_items SET covered = ? WHERE id = ?`),
    // Agenda topics the last held meeting before this one did not cover carry forward: those people wrote
    // (or already carried). A topic another domain suggested comes back by itself while it still applies,
    // and so does a standing item (every meeting has its own copy).
    uncovered: db.prepare<[number, string], AgendaRow>(
      `SELECT a.* FROM one_to_one_agenda_items a
       WHERE a.covered = 0 AND (a.source = 'manual' OR a.hint_key LIKE 'oneToOnes:carry:%')
         AND (a.hint_key IS NULL OR a.hint_key NOT LIKE 'standing:%') AND a.meeting_id = (
         SELECT id FROM one_to_ones WHERE member_id = ? AND status = 'held' AND scheduled_at < ? ORDER BY scheduled_at DESC LIMIT 1)
       ORDER BY a.position, a.id`,
    ),
    lastHeld: db.prepare<[number, string], MeetingRow>(
      `${SELECT_MEETING} WHERE o.member_id = ? AND o.status = 'held' AND o.scheduled_at < ? ORDER BY o.scheduled_at DESC LIMIT 1`,
    ),
    dismissed: db.prepare<[number], { hint_key: string }>(`SELECT hint_key FROM one_to_one_dismissed_hints WHERE member_id = ?`),
    dismiss: db.prepare<[number, string, string]>(
      `INSERT OR IGNORE INTO one_to_one_dismissed_hints (member_id, hint_key, dismissed_at) VALUES (?, ?, ?)`,
    ),
    undismiss: db.prepare<[number, string]>(`DELETE FROM one_to_one_dismissed_hints WHERE member_id = ? AND hint_key = ?`),
    actionsOf: db.prepare<[number], ActionRow>(`${SELECT_ACTION} WHERE x.meeting_id = ? ORDER BY x.id`),
    carried: db.prepare<[number, number, string], ActionRow>(
      `${SELECT_ACTION} WHERE x.member_id = ? AND x.done_at IS NULL AND x.meeting_id <> ? AND o.scheduled_at < ?
       ORDER BY coalesce(x.due_on, '9999-12-31'), x.id`,
    ),
    openForMember: db.prepare<[number], ActionRow>(
      `${SELECT_ACTION} WHERE x.member_id = ? AND x.done_at IS NULL ORDER BY coalesce(x.due_on, '9999-12-31'), x.id`,
    ),
    overdue: db.prepare<[string], ActionRow>(
      `${SELECT_ACTION} WHERE x.done_at IS NULL AND x.due_on < ? AND m.left_on IS NULL ORDER BY x.due_on, x.id LIMIT 200`,
    ),
    action: db.prepare<[number], ActionRow>(`${SELECT_ACTION} WHERE x.id = ?`),
    insertAction: db.prepare(`
      INSERT INTO one_to_one_actions (meeting_id, member_id, text, owner, due_on, created_at)
      VALUES (@meetingId, @memberId, @text, @owner, @dueOn, @now)`),
    setDone: db.prepare<[string | null, number]>(`UPDATE one_to_one_actions SET done_at = ? WHERE id = ?`),
    deleteAction: db.prepare<[number]>(`DELETE FROM one_to_one_actions WHERE id = ?`),
    toRecord: db.prepare<[string], MeetingRow>(
      `${SELECT_MEETING} WHERE o.status = 'scheduled' AND o.scheduled_at < ? AND m.left_on IS NULL ORDER BY o.scheduled_at LIMIT 100`,
    ),
  };
  const one = (row: MeetingRow | undefined) => (row ? toMeeting(row) : null);

  return {
    get: (id: number) => one(s.get.get(id)),
    scheduledBetween: (fromIso: string, toIso: string) => s.between.all(fromIso, toIso).map(toMeeting),
    countScheduledBetween: (fromIso: string, toIso: string) => s.countBetween.get(fromIso, toIso)?.n ?? 0,
    forMember: (memberId: number) => s.forMember.all(memberId).map(toMeeting),
    nextForMember: (memberId: number, fromIso: string) => one(s.nextForMember.get(memberId, fromIso)),
    laterScheduledId: (memberId: number, afterIso: string) => s.laterScheduled.get(memberId, afterIso)?.id ?? null,
    toRecord: (beforeIso: string) => s.toRecord.all(beforeIso).map(toMeeting),
    insert: (memberId: number, m: MeetingWrite, now: string) =>
      Number(s.insert.run({ memberId, ...m, seriesId: m.seriesId ?? null, now }).lastInsertRowid),
    /** `slot`: a series change books the meeting into a new slot of the series; a move on its own keeps the old one. */
    update: (id: number, m: Omit<MeetingWrite, 'seriesId'>, now: string, slot: string | null = null) =>
      s.update.run({ id, scheduledAt: m.scheduledAt, durationMinutes: m.durationMinutes, location: m.location, recurrence: m.recurrence, now, slot }),
    setStatus: (id: number, status: MeetingStatus, now: string) => s.setStatus.run({ id, status, now }),
    setNotes: (id: number, privateNotes: string, sharedNotes: string, now: string) =>
      s.setNotes.run({ id, privateNotes, sharedNotes, now }),
    agenda: (meetingId: number) => s.agenda.all(meetingId).map(toAgendaItem),
    agendaItem: (id: number) => {
      const row = s.agendaItem.get(id);
      return row ? { ...toAgendaItem(row), meetingId: row.meeting_id } : null;
    },
    insertAgenda: (item: Omit<AgendaItem, 'id' | 'position'> & { meetingId: number }) =>
      Number(s.insertAgenda.run({ ...item, position: s.nextPosition.get(item.meetingId)?.p ?? 0 }).lastInsertRowid),
    setPositions: (ids: number[]) => ids.forEach((itemId, position) => s.setPosition.run(position, itemId)),
    deleteAgenda: (id: number) => s.deleteAgenda.run(id),
    setCovered: (id: number, covered: boolean) => s.setCovered.run(covered ? 1 : 0, id),
    uncoveredBefore: (memberId: number, beforeIso: string) => s.uncovered.all(memberId, beforeIso).map(toAgendaItem),
    /** Scheduled meetings starting between the two instants that have not been reminded of yet. */
    dueReminders: (fromIso: string, toIso: string) => s.dueReminders.all(fromIso, toIso).map(toMeeting),
    markReminded: (id: number, now: string) => s.markReminded.run(now, id),
    /** The member's last meeting held before `beforeIso`, for "shared notes of the last meeting". */
    lastHeldBefore: (memberId: number, beforeIso: string) => one(s.lastHeld.get(memberId, beforeIso)),
    dismissedKeys: (memberId: number) => new Set(s.dismissed.all(memberId).map((r) => r.hint_key)),
    dismiss: (memberId: number, key: string, now: string) => s.dismiss.run(memberId, key, now),
    undismiss: (memberId: number, key: string) => s.undismiss.run(memberId, key),
    actionsOf: (meetingId: number) => s.actionsOf.all(meetingId).map(toAction),
    carriedActions: (memberId: number, meetingId: number, beforeIso: string) =>
      s.carried.all(memberId, meetingId, beforeIso).map(toAction),
    openActionsForMember: (memberId: number) => s.openForMember.all(memberId).map(toAction),
    overdueActions: (today: string) => s.overdue.all(today).map((row) => ({ ...toAction(row), memberName: row.member_name })),
    action: (id: number) => {
      const row = s.action.get(id);
      return row ? toAction(row) : null;
    },
    insertAction: (a: { meetingId: number; memberId: number; text: string; owner: ActionOwner; dueOn: string | null }, now: string) =>
      Number(s.insertAction.run({ ...a, now }).lastInsertRowid),
    setActionDone: (id: number, doneAt: string | null) => s.setDone.run(doneAt, id),
    deleteAction: (id: number) => s.deleteAction.run(id),
  };
}

export type OneToOnesRepo = ReturnType<typeof createOneToOnesRepo>;
