import type Database from 'better-sqlite3';
import type {
  BuddyInput,
  BuddyPair,
  CoachingInput,
  CoachingRecord,
  ShadowingInput,
  ShadowingVisit,
  VisitMode,
} from '../../../../shared/domains/activities';

interface BuddyRow {
  id: number;
  buddy_id: number;
  buddy_name: string;
  new_starter_id: number;
  new_starter_name: string;
  started_on: string;
  ended_on: string | null;
  focus: string;
  buddy_notes: string;
  starter_notes: string;
  cpd_logged: number;
  sessions_logged: number;
  last_logged_on: string | null;
}
interface CoachingRow {
  id: number;
  coachee_id: number;
  coachee_name: string;
  coach_member_id: number | null;
  coach_member_name: string | null;
  coach_name: string;
  held_on: string;
  hours: number;
  goal: string;
  reality: string;
  options: string;
  way_forward: string;
  cpd_logged: number;
  /** JSON array of the member ids whose CPD log holds the session. */
  cpd_logged_for: string;
}
interface VisitRow {
  id: number;
  member_id: number;
  member_name: string;
  host_library: string;
  host_person: string;
  mode: string;
  visit_on: string;
  hours: number;
  objectives: string;
  reflection: string;
  cpd_logged: number;
}

/**
 * CPD entries made from an activity record link to it by foreign key (cpd_entries.<kind>_id, migration 0017).
 * Read from the CPD log itself, so deleting an entry there lets the activity be logged again,
 * and undoing that deletion (which keeps the link) shows it as logged once more.
 */
const UNLINKED = `als_meeting_id IS NULL AND buddy_pair_id IS NULL AND coaching_record_id IS NULL AND shadowing_visit_id IS NULL AND member_pack_id IS NULL`;
const logged = (column: string, alias: string) => `(SELECT count(*) FROM cpd_entries e WHERE e.${column} = ${alias}.id) AS cpd_logged`;

const SELECT_BUDDY = `
  SELECT b.*, bm.name AS buddy_name, sm.name AS new_starter_name, ${logged('buddy_pair_id', 'b')},
    (SELECT count(DISTINCT e.buddy_session_on) FROM cpd_entries e WHERE e.buddy_pair_id = b.id) AS sessions_logged,
    (SELECT max(e.buddy_session_on) FROM cpd_entries e WHERE e.buddy_pair_id = b.id) AS last_logged_on
  FROM buddy_pairs b JOIN members bm ON bm.id = b.buddy_id JOIN members sm ON sm.id = b.new_starter_id`;
const SELECT_COACHING = `
  SELECT c.*, ce.name AS coachee_name, co.name AS coach_member_name, ${logged('coaching_record_id', 'c')},
    (SELECT json_group_array(e.member_id) FROM cpd_entries e WHERE e.coaching_record_id = c.id) AS cpd_logged_for
  FROM coaching_records c JOIN members ce ON ce.id = c.coachee_id LEFT JOIN members co ON co.id = c.coach_member_id`;
const SELECT_VISIT = `
  SELECT v.*, m.name AS member_name, ${logged('shadowing_visit_id', 'v')}
  FROM shadowing_visits v JOIN members m ON m.id = v.member_id`;

const toBuddy = (r: BuddyRow): BuddyPair => ({
  id: r.id,
  buddyId: r.buddy_id,
  buddyName: r.buddy_name,
  newStarterId: r.new_starter_id,
  newStarterName: r.new_starter_name,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  focus: r.focus,
  buddyNotes: r.buddy_notes,
  starterNotes: r.starter_notes,
  cpdLogged: r.cpd_logged,
  sessionsLogged: r.sessions_logged,
  lastLoggedOn: r.last_logged_on,
});

const toVisit = (r: VisitRow): ShadowingVisit => ({
  id: r.id,
  memberId: r.member_id,
  memberName: r.member_name,
  hostLibrary: r.host_library,
  hostPerson: r.host_person,
  mode: r.mode as VisitMode,
  visitOn: r.visit_on,
  hours: r.hours,
  objectives: r.objectives,
  reflection: r.reflection,
  cpdLogged: r.cpd_logged,
});

/** The records that can be deleted and put back by Undo (set meetings have no Undo). */
type RecordKind = 'buddying' | 'coaching' | 'shadowing';

export function createRecordsRepo(db: Database.Database) {
  const s = {
    buddies: db.prepare<[], BuddyRow>(`${SELECT_BUDDY} ORDER BY b.ended_on IS NOT NULL, b.started_on DESC`),
    buddy: db.prepare<[number], BuddyRow>(`${SELECT_BUDDY} WHERE b.id = ?`),
    buddiesOf: db.prepare<[number, number], BuddyRow>(`${SELECT_BUDDY} WHERE b.buddy_id = ? OR b.new_starter_id = ? ORDER BY b.started_on DESC`),
    coachingOf: db.prepare<[number, number], CoachingRow>(
      `${SELECT_COACHING} WHERE c.coachee_id = ? OR c.coach_member_id = ? ORDER BY c.held_on DESC LIMIT 20`,
    ),
    visitsOf: db.prepare<[number], VisitRow>(`${SELECT_VISIT} WHERE v.member_id = ? ORDER BY v.visit_on DESC LIMIT 20`),
    insertBuddy: db.prepare(`
      INSERT INTO buddy_pairs (id, buddy_id, new_starter_id, started_on, ended_on, focus, buddy_notes, starter_notes, created_at, updated_at)
      VALUES (@id, @buddyId, @newStarterId, @startedOn, @endedOn, @focus, @buddyNotes, @starterNotes, @now, @now)`),
    deleteBuddy: db.prepare<[number]>(`DELETE FROM buddy_pairs WHERE id = ?`),
    updateBuddy: db.prepare(`
      UPDATE buddy_pairs SET buddy_id = @buddyId, new_starter_id = @newStarterId, started_on = @startedOn, ended_on = @endedOn,
        focus = @focus, buddy_notes = @buddyNotes, starter_notes = @starterNotes, updated_at = @now WHERE id = @id`),
    coachingList: db.prepare<[], CoachingRow>(`${SELECT_COACHING} ORDER BY c.held_on DESC, c.id DESC`),
    coaching: db.prepare<[number], CoachingRow>(`${SELECT_COACHING} WHERE c.id = ?`),
    coachingActions: db.prepare<[number], { text: string; due_on: string | null }>(
      `SELECT text, due_on FROM coaching_actions WHERE record_id = ? ORDER BY id`,
    ),
    insertCoaching: db.prepare(`
      INSERT INTO coaching_records (id, coachee_id, coach_member_id, coach_name, held_on, hours, goal, reality, options, way_forward, created_at, updated_at)
      VALUES (@id, @coacheeId, @coachMemberId, @coachName, @heldOn, @hours, @goal, @reality, @options, @wayForward, @now, @now)`),
    deleteCoaching: db.prepare<[number]>(`DELETE FROM coaching_records WHERE id = ?`),
    updateCoaching: db.prepare(`
      UPDATE coaching_records SET coachee_id = @coacheeId, coach_member_id = @coachMemberId, coach_name = @coachName,
        held_on = @heldOn, hours = @hours, goal = @goal, reality = @reality, options = @options, way_forward = @wayForward,
        updated_at = @now WHERE id = @id`),
    clearCoachingActions: db.prepare<[number]>(`DELETE FROM coaching_actions WHERE record_id = ?`),
    insertCoachingAction: db.prepare<[number, string, string | null]>(
      `INSERT INTO coaching_actions (record_id, text, due_on) VALUES (?, ?, ?)`,
    ),
    // The CPD a record has given (so a delete can say it), and Undo linking those entries to it again:
    // only entries of the people the record involves, still unlinked; OR IGNORE skips one that would be a second.
    cpdOfBuddy: db.prepare<[number], { id: number }>(`SELECT id FROM cpd_entries WHERE buddy_pair_id = ? ORDER BY id`),
    cpdOfCoaching: db.prepare<[number], { id: number }>(`SELECT id FROM cpd_entries WHERE coaching_record_id = ? ORDER BY id`),
    cpdOfVisit: db.prepare<[number], { id: number }>(`SELECT id FROM cpd_entries WHERE shadowing_visit_id = ? ORDER BY id`),
    relinkBuddy: db.prepare<{ record: number; entry: number }>(`
      UPDATE OR IGNORE cpd_entries SET buddy_pair_id = @record
      WHERE id = @entry AND ${UNLINKED} AND buddy_session_on IS NOT NULL
        AND member_id IN (SELECT buddy_id FROM buddy_pairs WHERE id = @record UNION ALL SELECT new_starter_id FROM buddy_pairs WHERE id = @record)`),
    relinkCoaching: db.prepare<{ record: number; entry: number }>(`
      UPDATE OR IGNORE cpd_entries SET coaching_record_id = @record
      WHERE id = @entry AND ${UNLINKED}
        AND member_id IN (SELECT coachee_id FROM coaching_records WHERE id = @record UNION ALL SELECT coach_member_id FROM coaching_records WHERE id = @record)`),
    relinkVisit: db.prepare<{ record: number; entry: number }>(`
      UPDATE OR IGNORE cpd_entries SET shadowing_visit_id = @record
      WHERE id = @entry AND ${UNLINKED} AND member_id IN (SELECT member_id FROM shadowing_visits WHERE id = @record)`),
    visits: db.prepare<[], VisitRow>(`${SELECT_VISIT} ORDER BY v.visit_on DESC, v.id DESC`),
    visit: db.prepare<[number], VisitRow>(`${SELECT_VISIT} WHERE v.id = ?`),
    insertVisit: db.prepare(`
      INSERT INTO shadowing_visits (id, member_id, host_library, host_person, mode, visit_on, hours, objectives, reflection, created_at, updated_at)
      VALUES (@id, @memberId, @hostLibrary, @hostPerson, @mode, @visitOn, @hours, @objectives, @reflection, @now, @now)`),
    deleteVisit: db.prepare<[number]>(`DELETE FROM shadowing_visits WHERE id = ?`),
    updateVisit: db.prepare(`
      UPDATE shadowing_visits SET member_id = @memberId, host_library = @hostLibrary, host_person = @hostPerson, mode = @mode,
        visit_on = @visitOn, hours = @hours, objectives = @objectives, reflection = @reflection, updated_at = @now WHERE id = @id`),
  };

  const cpdOf = { buddying: s.cpdOfBuddy, coaching: s.cpdOfCoaching, shadowing: s.cpdOfVisit };
  const relink = { buddying: s.relinkBuddy, coaching: s.relinkCoaching, shadowing: s.relinkVisit };

  const toCoaching = (r: CoachingRow): CoachingRecord => ({
    id: r.id,
    coacheeId: r.coachee_id,
    coacheeName: r.coachee_name,
    coachMemberId: r.coach_member_id,
    coachName: r.coach_name,
    coachLabel: r.coach_member_name ?? (r.coach_name || 'Not recorded'),
    heldOn: r.held_on,
    hours: r.hours,
    goal: r.goal,
    reality: r.reality,
    options: r.options,
    wayForward: r.way_forward,
    actions: s.coachingActions.all(r.id).map((a) => ({ text: a.text, dueOn: a.due_on })),
    cpdLogged: r.cpd_logged,
    cpdLoggedFor: JSON.parse(r.cpd_logged_for) as number[],
  });
  const setCoachingActions = (id: number, input: CoachingInput) => {
    s.clearCoachingActions.run(id);
    for (const a of input.actions) s.insertCoachingAction.run(id, a.text, a.dueOn);
  };

  return {
    buddies: () => s.buddies.all().map(toBuddy),
    forMember: (memberId: number) => ({
      buddies: s.buddiesOf.all(memberId, memberId).map(toBuddy),
      coaching: s.coachingOf.all(memberId, memberId).map(toCoaching),
      visits: s.visitsOf.all(memberId).map(toVisit),
    }),
    buddy: (id: number) => {
      const r = s.buddy.get(id);
      return r ? toBuddy(r) : null;
    },
    /** `id` only when an undo puts a deleted record back. */
    insertBuddy: (input: BuddyInput, now: string, id: number | null = null) => Number(s.insertBuddy.run({ ...input, id, now }).lastInsertRowid),
    deleteBuddy: (id: number) => s.deleteBuddy.run(id),
    updateBuddy: (id: number, input: BuddyInput, now: string) => s.updateBuddy.run({ ...input, id, now }),
    coachingList: () => s.coachingList.all().map(toCoaching),
    coaching: (id: number) => {
      const r = s.coaching.get(id);
      return r ? toCoaching(r) : null;
    },
    insertCoaching: (input: CoachingInput, now: string, restoreId: number | null = null) => {
      const { actions: _a, ...fields } = input;
      const id = Number(s.insertCoaching.run({ ...fields, id: restoreId, now }).lastInsertRowid);
      setCoachingActions(id, input);
      return id;
    },
    deleteCoaching: (id: number) => s.deleteCoaching.run(id),
    updateCoaching: (id: number, input: CoachingInput, now: string) => {
      const { actions: _a, ...fields } = input;
      s.updateCoaching.run({ ...fields, id, now });
      setCoachingActions(id, input);
    },
    visits: () => s.visits.all().map(toVisit),
    visit: (id: number) => {
      const r = s.visit.get(id);
      return r ? toVisit(r) : null;
    },
    insertVisit: (input: ShadowingInput, now: string, id: number | null = null) => Number(s.insertVisit.run({ ...input, id, now }).lastInsertRowid),
    deleteVisit: (id: number) => s.deleteVisit.run(id),
    updateVisit: (id: number, input: ShadowingInput, now: string) => s.updateVisit.run({ ...input, id, now }),
    /** The CPD entries a record has given. */
    cpdOf: (kind: RecordKind, id: number) => cpdOf[kind].all(id).map((r) => r.id),
    /** Links the given entries to the record again (Undo of its deletion); entries that do not qualify are left as they are. */
    relinkCpd: (kind: RecordKind, id: number, entryIds: number[]) => {
      for (const entry of entryIds) relink[kind].run({ record: id, entry });
    },
  };
}

export type RecordsRepo = ReturnType<typeof createRecordsRepo>;
