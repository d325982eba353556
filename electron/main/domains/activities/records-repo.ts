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
 * CPD entries made from one activity record: their sources start `activities:<kind>:<id>:`.
 * Read from the CPD log itself, so deleting an entry there lets the activity be logged again,
 * and undoing that deletion (which keeps the source) shows it as logged once more.
 * A range, not GLOB, so the lookup uses the index on source.
 */
export const fromActivity = (kind: string, alias: string) =>
  `e.source >= 'activities:${kind}:' || ${alias}.id || ':' AND e.source < 'activities:${kind}:' || ${alias}.id || ';'`;
const logged = (kind: string, alias: string) => `(SELECT count(*) FROM cpd_entries e WHERE ${fromActivity(kind, alias)}) AS cpd_logged`;

const SELECT_BUDDY = `
  SELECT b.*, bm.name AS buddy_name, sm.name AS new_starter_name, ${logged('buddying', 'b')},
    (SELECT count(DISTINCT e.done_on) FROM cpd_entries e WHERE ${fromActivity('buddying', 'b')}) AS sessions_logged,
    (SELECT max(e.done_on) FROM cpd_entries e WHERE ${fromActivity('buddying', 'b')}) AS last_logged_on
  FROM buddy_pairs b JOIN members bm ON bm.id = b.buddy_id JOIN members sm ON sm.id = b.new_starter_id`;
const SELECT_COACHING = `
  SELECT c.*, ce.name AS coachee_name, co.name AS coach_member_name, ${logged('coaching', 'c')}
  FROM coaching_records c JOIN members ce ON ce.id = c.coachee_id LEFT JOIN members co ON co.id = c.coach_member_id`;
const SELECT_VISIT = `
  SELECT v.*, m.name AS member_name, ${logged('shadowing', 'v')}
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
    visits: db.prepare<[], VisitRow>(`${SELECT_VISIT} ORDER BY v.visit_on DESC, v.id DESC`),
    visit: db.prepare<[number], VisitRow>(`${SELECT_VISIT} WHERE v.id = ?`),
    insertVisit: db.prepare(`
      INSERT INTO shadowing_visits (id, member_id, host_library, host_person, mode, visit_on, hours, objectives, reflection, created_at, updated_at)
      VALUES (@id, @memberId, @hostLibrary, @hostPerson, @mode, @visitOn, @hours, @objectives, @reflection, @now, @now)`),
    deleteVisit: db.prepare<[number]>(`DELETE FROM shadowing_visits WHERE id = ?`),
    updateVisit: db.prepare(`
      UPDATE shadowing_visits SET member_id = @memberId, host_library = @hostLibrary, host_person = @hostPerson, mode = @mode,
        visit_on = @visitOn, hours = @hours, objectives = @objectives, reflection = @reflection, updated_at = @now WHERE id = @id`),
    logged: db.prepare<[string, string], { member_id: number }>(`SELECT member_id FROM cpd_entries WHERE source >= ? AND source < ?`),
    // The link is history; a re-log after the entry was deleted replaces it.
    insertLink: db.prepare<[string, number, number, string]>(
      `INSERT OR REPLACE INTO activity_cpd_links (source, member_id, cpd_entry_id, created_at) VALUES (?, ?, ?, ?)`,
    ),
  };

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
    /** Members whose CPD log holds an entry from `source` (entries are sourced `<source>:member:<id>`). */
    loggedMembers: (source: string) => new Set(s.logged.all(`${source}:member:`, `${source}:member;`).map((r) => r.member_id)),
    insertLink: (source: string, memberId: number, cpdEntryId: number, now: string) => s.insertLink.run(source, memberId, cpdEntryId, now),
  };
}

export type RecordsRepo = ReturnType<typeof createRecordsRepo>;
