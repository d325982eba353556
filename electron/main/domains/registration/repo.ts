import type Database from 'better-sqlite3';
import type {
  Criterion,
  Evidence,
  EvidenceInput,
  JourneyCreateInput,
  JourneyDetailsInput,
  JourneyKind,
  Level,
  Route,
  Stage,
  StageEvent,
} from '../../../../shared/domains/registration';
import type { PortfolioItemKey } from '../../../../shared/domains/registration-portfolio';

/** A journey row with what the drift rule needs: the latest evidence and CPD dates. */
export interface JourneyRow {
  id: number;
  member_id: number;
  member_name: string;
  line_manager_name: string | null;
  level: Level;
  route: Route;
  kind: JourneyKind;
  stage: Stage;
  stage_changed_on: string;
  mentor_on_register: number | null;
  mentor_name: string;
  mentor_contact: string;
  support_officer: string;
  regional_network: string;
  planned_submission_on: string | null;
  statement: string;
  statement_updated_on: string | null;
  notes: string;
  last_evidence: string | null;
  last_cpd: string | null;
}

export interface RegistrationRow {
  id: number;
  member_id: number;
  member_name: string;
  level: Level;
  registered_on: string;
  last_revalidated_on: string | null;
  hours: number | null;
}

interface EvidenceRow {
  id: number;
  journey_id: number;
  title: string;
  dated_on: string | null;
  location: string;
  criteria: string;
  added_on: string;
}

const toEvidence = (r: EvidenceRow): Evidence => ({
  id: r.id,
  journeyId: r.journey_id,
  title: r.title,
  datedOn: r.dated_on,
  location: r.location,
  criteria: JSON.parse(r.criteria) as Criterion[],
  addedOn: r.added_on,
});

// Journeys whose stage has ended are kept for history but never counted as candidates.
const OPEN = `j.stage NOT IN ('awarded', 'not_awarded')`;

const JOURNEY_SELECT = `
  SELECT j.*, m.name AS member_name, lm.name AS line_manager_name,
    (SELECT max(e.added_on) FROM registration_evidence e WHERE e.journey_id = j.id) AS last_evidence,
    (SELECT max(c.done_on) FROM cpd_entries c WHERE c.member_id = j.member_id AND c.done_on <= @today) AS last_cpd
  FROM registration_journeys j
  JOIN members m ON m.id = j.member_id
  LEFT JOIN members lm ON lm.id = m.line_manager_id`;

const REGISTRATION_SELECT = `
  SELECT r.id, r.member_id, m.name AS member_name, r.level, r.registered_on, r.last_revalidated_on,
    (SELECT sum(c.hours) FROM cpd_entries c WHERE c.member_id = r.member_id AND c.done_on BETWEEN @from AND @today) AS hours
  FROM registrations r JOIN members m ON m.id = r.member_id`;

const detailParams = (d: JourneyDetailsInput) => ({
  mentor_on_register: d.mentorOnRegister === undefined ? null : d.mentorOnRegister === null ? null : d.mentorOnRegister ? 1 : 0,
  route: d.route ?? 'main',
  mentor_name: d.mentorName,
  mentor_contact: d.mentorContact,
  support_officer: d.supportOfficer,
  regional_network: d.regionalNetwork,
  planned_submission_on: d.plannedSubmissionOn,
  notes: d.notes,
});

/** SQL for journeys, their stage history and evidence, registered status and this domain's settings. */
export function createRegistrationRepo(db: Database.Database) {
  const s = {
    journey: db.prepare<{ id: number; today: string }, JourneyRow>(`${JOURNEY_SELECT} WHERE j.id = @id`),
    openJourneys: db.prepare<{ today: string }, JourneyRow>(
      `${JOURNEY_SELECT} WHERE ${OPEN} AND m.left_on IS NULL ORDER BY j.stage_changed_on, j.id`,
    ),
    memberJourneys: db.prepare<{ memberId: number; today: string }, JourneyRow>(
      `${JOURNEY_SELECT} WHERE j.member_id = @memberId ORDER BY j.stage_changed_on DESC, j.id DESC`,
    ),
    counts: db.prepare<[], { level: Level; stage: Stage; count: number }>(`
      SELECT j.level, j.stage, count(*) AS count FROM registration_journeys j JOIN members m ON m.id = j.member_id
      WHERE ${OPEN} AND m.left_on IS NULL GROUP BY j.level, j.stage`),
    insertJourney: db.prepare(`
      INSERT INTO registration_journeys (member_id, level, route, kind, stage, stage_changed_on, mentor_name, mentor_contact,
        mentor_on_register, support_officer, regional_network, planned_submission_on, notes, created_at, updated_at)
      VALUES (@member_id, @level, @route, @kind, @stage, @stage_changed_on, @mentor_name, @mentor_contact, @mentor_on_register,
        @support_officer, @regional_network, @planned_submission_on, @notes, @now, @now)`),
    updateDetails: db.prepare(`
      UPDATE registration_journeys SET mentor_name = @mentor_name, mentor_contact = @mentor_contact,
        mentor_on_register = @mentor_on_register, route = @route, support_officer = @support_officer, regional_network = @regional_network,
        planned_submission_on = @planned_submission_on, notes = @notes, updated_at = @now
      WHERE id = @id`),
    setStage: db.prepare<{ id: number; stage: Stage; on: string; now: string }>(
      `UPDATE registration_journeys SET stage = @stage, stage_changed_on = @on, updated_at = @now WHERE id = @id`,
    ),
    setStatement: db.prepare<{ id: number; statement: string; on: string; now: string }>(
      `UPDATE registration_journeys SET statement = @statement, statement_updated_on = @on, updated_at = @now WHERE id = @id`,
    ),
    deleteJourney: db.prepare<[number]>(`DELETE FROM registration_journeys WHERE id = ?`),
    events: db.prepare<[number], { id: number; stage: Stage; entered_on: string; reason: string }>(
      `SELECT id, stage, entered_on, reason FROM registration_stage_events WHERE journey_id = ? ORDER BY entered_on, id`,
    ),
    insertEvent: db.prepare<{ journey_id: number; stage: Stage; entered_on: string; reason: string; now: string }>(`
      INSERT INTO registration_stage_events (journey_id, stage, entered_on, reason, recorded_at)
      VALUES (@journey_id, @stage, @entered_on, @reason, @now)`),
    evidence: db.prepare<[number], EvidenceRow>(
      `SELECT * FROM registration_evidence WHERE journey_id = ? ORDER BY coalesce(dated_on, added_on), id`,
    ),
    evidenceById: db.prepare<[number], EvidenceRow>(`SELECT * FROM registration_evidence WHERE id = ?`),
    insertEvidence: db.prepare(`
      INSERT INTO registration_evidence (journey_id, title, dated_on, location, criteria, added_on, created_at)
      VALUES (@journey_id, @title, @dated_on, @location, @criteria, @added_on, @now)`),
    deleteEvidence: db.prepare<[number]>(`DELETE FROM registration_evidence WHERE id = ?`),
    updateEvidence: db.prepare<{ id: number; title: string; dated_on: string | null; location: string; criteria: string }>(`
      UPDATE registration_evidence SET title = @title, dated_on = @dated_on, location = @location, criteria = @criteria WHERE id = @id`),
    // Undo puts the item back as it was: its old id when still free, and the day it was first added.
    restoreEvidence: db.prepare(`
      INSERT INTO registration_evidence (id, journey_id, title, dated_on, location, criteria, added_on, created_at)
      VALUES (@id, @journey_id, @title, @dated_on, @location, @criteria, @added_on, @now)`),
    portfolio: db.prepare<[number], { item: PortfolioItemKey; done_on: string | null; note: string }>(
      `SELECT item, done_on, note FROM registration_portfolio_items WHERE journey_id = ?`,
    ),
    savePortfolioItem: db.prepare<{ journey_id: number; item: PortfolioItemKey; done_on: string | null; note: string }>(`
      INSERT INTO registration_portfolio_items (journey_id, item, done_on, note) VALUES (@journey_id, @item, @done_on, @note)
      ON CONFLICT (journey_id, item) DO UPDATE SET done_on = excluded.done_on, note = excluded.note`),
    registrations: db.prepare<{ from: string; today: string }, RegistrationRow>(
      `${REGISTRATION_SELECT} WHERE m.left_on IS NULL ORDER BY fold(m.name), m.name, r.level`,
    ),
    memberRegistrations: db.prepare<{ memberId: number; from: string; today: string }, RegistrationRow>(
      `${REGISTRATION_SELECT} WHERE r.member_id = @memberId ORDER BY r.level`,
    ),
    registrationById: db.prepare<{ id: number; from: string; today: string }, RegistrationRow>(
      `${REGISTRATION_SELECT} WHERE r.id = @id`,
    ),
    upsertRegistration: db.prepare(`
      INSERT INTO registrations (member_id, level, registered_on, last_revalidated_on, created_at, updated_at)
      VALUES (@member_id, @level, @registered_on, @last_revalidated_on, @now, @now)
      ON CONFLICT (member_id, level) DO UPDATE SET registered_on = excluded.registered_on,
        last_revalidated_on = excluded.last_revalidated_on, updated_at = excluded.updated_at`),
    deleteRegistration: db.prepare<[number]>(`DELETE FROM registrations WHERE id = ?`),
    member: db.prepare<[number], { id: number; name: string; left_on: string | null }>(
      `SELECT id, name, left_on FROM members WHERE id = ?`,
    ),
    getSetting: db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`),
    setSetting: db.prepare<[string, string]>(
      `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
  };

  return {
    journey: (id: number, today: string) => s.journey.get({ id, today }) ?? null,
    openJourneys: (today: string) => s.openJourneys.all({ today }),
    memberJourneys: (memberId: number, today: string) => s.memberJourneys.all({ memberId, today }),
    stageCounts: () => s.counts.all(),
    insertJourney: (input: JourneyCreateInput, now: string): number =>
      Number(
        s.insertJourney.run({
          ...detailParams(input),
          member_id: input.memberId,
          level: input.level,
          kind: input.kind,
          stage: input.stage,
          stage_changed_on: input.startedOn,
          now,
        }).lastInsertRowid,
      ),
    updateDetails: (id: number, d: JourneyDetailsInput, now: string) => s.updateDetails.run({ ...detailParams(d), id, now }),
    setStage: (id: number, stage: Stage, on: string, now: string) => s.setStage.run({ id, stage, on, now }),
    setStatement: (id: number, statement: string, on: string, now: string) => s.setStatement.run({ id, statement, on, now }),
    deleteJourney: (id: number) => s.deleteJourney.run(id),
    events: (journeyId: number): StageEvent[] =>
      s.events.all(journeyId).map((e) => ({ id: e.id, stage: e.stage, enteredOn: e.entered_on, reason: e.reason })),
    insertEvent: (journeyId: number, stage: Stage, enteredOn: string, reason: string, now: string) =>
      s.insertEvent.run({ journey_id: journeyId, stage, entered_on: enteredOn, reason, now }),
    evidence: (journeyId: number) => s.evidence.all(journeyId).map(toEvidence),
    evidenceById: (id: number) => {
      const row = s.evidenceById.get(id);
      return row ? toEvidence(row) : null;
    },
    insertEvidence: (input: EvidenceInput, addedOn: string, now: string): number =>
      Number(
        s.insertEvidence.run({
          journey_id: input.journeyId,
          title: input.title,
          dated_on: input.datedOn,
          location: input.location,
          criteria: JSON.stringify(input.criteria),
          added_on: addedOn,
          now,
        }).lastInsertRowid,
      ),
    deleteEvidence: (id: number) => s.deleteEvidence.run(id),
    updateEvidence: (id: number, e: Omit<EvidenceInput, 'journeyId'>) =>
      s.updateEvidence.run({ id, title: e.title, dated_on: e.datedOn, location: e.location, criteria: JSON.stringify(e.criteria) }),
    restoreEvidence: (e: Evidence, now: string) =>
      s.restoreEvidence.run({
        id: s.evidenceById.get(e.id) ? null : e.id,
        journey_id: e.journeyId,
        title: e.title,
        dated_on: e.datedOn,
        location: e.location,
        criteria: JSON.stringify(e.criteria),
        added_on: e.addedOn,
        now,
      }),
    portfolio: (journeyId: number) => s.portfolio.all(journeyId),
    savePortfolioItem: (journeyId: number, item: PortfolioItemKey, doneOn: string | null, note: string) =>
      s.savePortfolioItem.run({ journey_id: journeyId, item, done_on: doneOn, note }),
    registrations: (from: string, today: string) => s.registrations.all({ from, today }),
    memberRegistrations: (memberId: number, from: string, today: string) => s.memberRegistrations.all({ memberId, from, today }),
    registrationById: (id: number, from: string, today: string) => s.registrationById.get({ id, from, today }) ?? null,
    upsertRegistration: (r: { memberId: number; level: Level; registeredOn: string; lastRevalidatedOn: string | null }, now: string) =>
      s.upsertRegistration.run({
        member_id: r.memberId,
        level: r.level,
        registered_on: r.registeredOn,
        last_revalidated_on: r.lastRevalidatedOn,
        now,
      }),
    deleteRegistration: (id: number) => s.deleteRegistration.run(id),
    member: (id: number) => s.member.get(id) ?? null,
    getSetting: (key: string): string | null => s.getSetting.get(key)?.value ?? null,
    setSetting: (key: string, value: string) => s.setSetting.run(key, value),
  };
}

export type RegistrationRepo = ReturnType<typeof createRegistrationRepo>;
