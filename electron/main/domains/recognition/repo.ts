import type Database from 'better-sqlite3';
import type { Cycle, CycleStatus, DecisionMethod, Scheme, SchemeInput } from '../../../../shared/domains/recognition';

interface SchemeRow {
  id: number;
  name: string;
  cadence: Scheme['cadence'];
  categories: string;
  org_values: string;
  reward: string;
  allow_self_nomination: number;
  anonymous: number;
  cooldown_cycles: number;
  decided_by: Scheme['decidedBy'];
  tie_break: Scheme['tieBreak'];
  min_reason_length: number;
  archived_on: string | null;
  created_at: string;
  updated_at: string;
  /** JSON array of the panel's member ids. */
  panel: string;
}

const toScheme = (r: SchemeRow): Scheme => ({
  id: r.id,
  name: r.name,
  cadence: r.cadence,
  categories: JSON.parse(r.categories) as string[],
  values: JSON.parse(r.org_values) as string[],
  reward: r.reward,
  allowSelfNomination: r.allow_self_nomination === 1,
  anonymous: r.anonymous === 1,
  cooldownCycles: r.cooldown_cycles,
  decidedBy: r.decided_by,
  tieBreak: r.tie_break,
  minReasonLength: r.min_reason_length,
  panelMemberIds: (JSON.parse(r.panel) as number[]).sort((a, b) => a - b),
  archivedOn: r.archived_on,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

interface CycleRow {
  id: number;
  scheme_id: number;
  scheme_name: string;
  label: string;
  period_start: string;
  period_end: string;
  status: CycleStatus;
  winner_member_id: number | null;
  winner_name: string | null;
  winner_nomination_id: number | null;
  decision_method: DecisionMethod | null;
  decision_reason: string;
  decided_on: string | null;
  announced_on: string | null;
  reward_given_on: string | null;
  nomination_count: number;
}

const toCycle = (r: CycleRow): Cycle => ({
  id: r.id,
  schemeId: r.scheme_id,
  schemeName: r.scheme_name,
  label: r.label,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  status: r.status,
  winnerMemberId: r.winner_member_id,
  winnerName: r.winner_name,
  winnerNominationId: r.winner_nomination_id,
  decisionMethod: r.decision_method,
  decisionReason: r.decision_reason,
  decidedOn: r.decided_on,
  announcedOn: r.announced_on,
  rewardGivenOn: r.reward_given_on,
  nominationCount: r.nomination_count,
});

const SCHEME_SELECT = `
  SELECT s.*, (SELECT json_group_array(p.member_id) FROM recognition_panel_members p WHERE p.scheme_id = s.id) AS panel
  FROM recognition_schemes s`;

const CYCLE_SELECT = `
  SELECT c.*, s.name AS scheme_name, w.name AS winner_name,
         (SELECT count(*) FROM recognition_nominations n WHERE n.cycle_id = c.id) AS nomination_count
  FROM recognition_cycles c
  JOIN recognition_schemes s ON s.id = c.scheme_id
  LEFT JOIN members w ON w.id = c.winner_member_id`;

export interface NominationRow {
  id: number;
  cycle_id: number;
  nominee_id: number;
  nominee_name: string;
  nominee_left_on: string | null;
  nominator_kind: 'manager' | 'member';
  nominator_id: number | null;
  nominator_name: string;
  category: string;
  reason: string;
  evidence: string;
  nominated_on: string;
  shortlisted: number;
  votes: number;
}

const schemeParams = (s: SchemeInput) => ({
  name: s.name,
  cadence: s.cadence,
  categories: JSON.stringify(s.categories),
  org_values: JSON.stringify(s.values),
  reward: s.reward,
  allow_self_nomination: s.allowSelfNomination ? 1 : 0,
  anonymous: s.anonymous ? 1 : 0,
  cooldown_cycles: s.cooldownCycles,
  decided_by: s.decidedBy,
  tie_break: s.tieBreak,
  min_reason_length: s.minReasonLength,
});

export function createRecognitionRepo(db: Database.Database) {
  const st = {
    listSchemes: db.prepare<[number], SchemeRow>(
      `${SCHEME_SELECT} WHERE ? = 1 OR s.archived_on IS NULL ORDER BY fold(s.name), s.name`,
    ),
    getScheme: db.prepare<[number], SchemeRow>(`${SCHEME_SELECT} WHERE s.id = ?`),
    clearPanel: db.prepare<[number]>(`DELETE FROM recognition_panel_members WHERE scheme_id = ?`),
    addPanelMember: db.prepare<[number, number]>(`INSERT INTO recognition_panel_members (scheme_id, member_id) VALUES (?, ?)`),
    insertScheme: db.prepare(`
      INSERT INTO recognition_schemes (name, cadence, categories, org_values, reward, allow_self_nomination, anonymous,
        cooldown_cycles, decided_by, tie_break, min_reason_length, created_at, updated_at)
      VALUES (@name, @cadence, @categories, @org_values, @reward, @allow_self_nomination, @anonymous,
        @cooldown_cycles, @decided_by, @tie_break, @min_reason_length, @now, @now)`),
    updateScheme: db.prepare(`
      UPDATE recognition_schemes SET name = @name, cadence = @cadence, categories = @categories, org_values = @org_values,
        reward = @reward, allow_self_nomination = @allow_self_nomination, anonymous = @anonymous,
        cooldown_cycles = @cooldown_cycles, decided_by = @decided_by, tie_break = @tie_break,
        min_reason_length = @min_reason_length, updated_at = @now
      WHERE id = @id`),
    archiveScheme: db.prepare<{ id: number; on: string | null; now: string }>(
      `UPDATE recognition_schemes SET archived_on = @on, updated_at = @now WHERE id = @id`,
    ),
    cyclesOfScheme: db.prepare<[number], CycleRow>(`${CYCLE_SELECT} WHERE c.scheme_id = ? ORDER BY c.period_start`),
    getCycle: db.prepare<[number], CycleRow>(`${CYCLE_SELECT} WHERE c.id = ?`),
    activeCycles: db.prepare<[], CycleRow>(
      `${CYCLE_SELECT} WHERE c.status IN ('open','closed','shortlisted','decided','announced') AND s.archived_on IS NULL
       ORDER BY c.period_end, s.name`,
    ),
    insertCycle: db.prepare(`
      INSERT INTO recognition_cycles (scheme_id, label, period_start, period_end, status, created_at)
      VALUES (@scheme_id, @label, @period_start, @period_end, 'open', @now)`),
    setStatus: db.prepare<{ id: number; status: CycleStatus }>(`UPDATE recognition_cycles SET status = @status WHERE id = @id`),
    insertEvent: db.prepare<{ cycle_id: number; at: string; to_status: CycleStatus; note: string }>(
      `INSERT INTO recognition_cycle_events (cycle_id, at, to_status, note) VALUES (@cycle_id, @at, @to_status, @note)`,
    ),
    events: db.prepare<[number], { at: string; to_status: CycleStatus; note: string }>(
      `SELECT at, to_status, note FROM recognition_cycle_events WHERE cycle_id = ? ORDER BY id`,
    ),
    decide: db.prepare(`
      UPDATE recognition_cycles SET status = 'decided', winner_member_id = @winner_member_id,
        winner_nomination_id = @winner_nomination_id, decision_method = @decision_method,
        decision_reason = @decision_reason, decided_on = @decided_on
      WHERE id = @id`),
    announce: db.prepare<{ id: number; on: string }>(`UPDATE recognition_cycles SET status = 'announced', announced_on = @on WHERE id = @id`),
    reward: db.prepare<{ id: number; on: string }>(`UPDATE recognition_cycles SET status = 'rewarded', reward_given_on = @on WHERE id = @id`),
    nominations: db.prepare<[number], NominationRow>(`
      SELECT n.*, nm.name AS nominee_name, nm.left_on AS nominee_left_on,
             CASE WHEN n.nominator_kind = 'manager' THEN 'Manager' ELSE coalesce(nr.name, 'Former team member') END AS nominator_name,
             (SELECT count(*) FROM recognition_votes v WHERE v.nomination_id = n.id) AS votes
      FROM recognition_nominations n
      JOIN members nm ON nm.id = n.nominee_id
      LEFT JOIN members nr ON nr.id = n.nominator_id
      WHERE n.cycle_id = ? ORDER BY n.id`),
    insertNomination: db.prepare(`
      INSERT INTO recognition_nominations (cycle_id, nominee_id, nominator_kind, nominator_id, category, reason, evidence, nominated_on, created_at)
      VALUES (@cycle_id, @nominee_id, CASE WHEN @nominator_id IS NULL THEN 'manager' ELSE 'member' END, @nominator_id,
              @category, @reason, @evidence, @nominated_on, @now)`),
    updateNomination: db.prepare(`
      UPDATE recognition_nominations SET nominee_id = @nominee_id, category = @category, reason = @reason, evidence = @evidence
      WHERE id = @id`),
    deleteNomination: db.prepare<[number]>(`DELETE FROM recognition_nominations WHERE id = ?`),
    nominationCycle: db.prepare<[number], { cycle_id: number }>(`SELECT cycle_id FROM recognition_nominations WHERE id = ?`),
    clearShortlist: db.prepare<[number]>(`UPDATE recognition_nominations SET shortlisted = 0 WHERE cycle_id = ?`),
    shortlistOne: db.prepare<[number, number]>(`UPDATE recognition_nominations SET shortlisted = 1 WHERE id = ? AND cycle_id = ?`),
    voterIds: db.prepare<[number], { voter_id: number }>(`SELECT voter_id FROM recognition_votes WHERE cycle_id = ? ORDER BY voter_id`),
    insertVote: db.prepare(`
      INSERT INTO recognition_votes (cycle_id, voter_id, nomination_id, cast_at) VALUES (@cycle_id, @voter_id, @nomination_id, @now)`),
    winsInScheme: db.prepare<[number, number], { n: number }>(
      `SELECT count(*) AS n FROM recognition_cycles WHERE scheme_id = ? AND winner_member_id = ?`,
    ),
  };

  const setPanel = (schemeId: number, memberIds: number[]) => {
    st.clearPanel.run(schemeId);
    for (const m of memberIds) st.addPanelMember.run(schemeId, m);
  };

  return {
    listSchemes: (includeArchived: boolean) => st.listSchemes.all(includeArchived ? 1 : 0).map(toScheme),
    getScheme: (id: number) => {
      const row = st.getScheme.get(id);
      return row ? toScheme(row) : null;
    },
    insertScheme: (input: SchemeInput, now: string) => {
      const id = Number(st.insertScheme.run({ ...schemeParams(input), now }).lastInsertRowid);
      setPanel(id, input.panelMemberIds ?? []);
      return id;
    },
    updateScheme: (id: number, input: SchemeInput, now: string) => {
      st.updateScheme.run({ ...schemeParams(input), id, now });
      setPanel(id, input.panelMemberIds ?? []);
    },
    archiveScheme: (id: number, on: string | null, now: string) => st.archiveScheme.run({ id, on, now }),
    cyclesOfScheme: (schemeId: number) => st.cyclesOfScheme.all(schemeId).map(toCycle),
    getCycle: (id: number) => {
      const row = st.getCycle.get(id);
      return row ? toCycle(row) : null;
    },
    activeCycles: () => st.activeCycles.all().map(toCycle),
    insertCycle: (c: { scheme_id: number; label: string; period_start: string; period_end: string }, now: string) =>
      Number(st.insertCycle.run({ ...c, now }).lastInsertRowid),
    setStatus: (id: number, status: CycleStatus) => st.setStatus.run({ id, status }),
    recordEvent: (cycleId: number, at: string, toStatus: CycleStatus, note = '') =>
      st.insertEvent.run({ cycle_id: cycleId, at, to_status: toStatus, note }),
    events: (cycleId: number) => st.events.all(cycleId).map((e) => ({ at: e.at, toStatus: e.to_status, note: e.note })),
    decide: (d: { id: number; winner_member_id: number; winner_nomination_id: number; decision_method: DecisionMethod; decision_reason: string; decided_on: string }) =>
      st.decide.run(d),
    announce: (id: number, on: string) => st.announce.run({ id, on }),
    reward: (id: number, on: string) => st.reward.run({ id, on }),
    nominations: (cycleId: number) => st.nominations.all(cycleId),
    insertNomination: (n: { cycle_id: number; nominee_id: number; nominator_id: number | null; category: string; reason: string; evidence: string; nominated_on: string }, now: string) =>
      Number(st.insertNomination.run({ ...n, now }).lastInsertRowid),
    updateNomination: (id: number, n: { nominee_id: number; category: string; reason: string; evidence: string }) =>
      st.updateNomination.run({ ...n, id }),
    deleteNomination: (id: number) => st.deleteNomination.run(id),
    cycleOfNomination: (id: number) => st.nominationCycle.get(id)?.cycle_id ?? null,
    setShortlist: (cycleId: number, nominationIds: number[]) => {
      st.clearShortlist.run(cycleId);
      for (const n of nominationIds) st.shortlistOne.run(n, cycleId);
    },
    voterIds: (cycleId: number) => st.voterIds.all(cycleId).map((v) => v.voter_id),
    insertVote: (v: { cycle_id: number; voter_id: number; nomination_id: number }, now: string) => st.insertVote.run({ ...v, now }),
    winsInScheme: (schemeId: number, memberId: number) => st.winsInScheme.get(schemeId, memberId)?.n ?? 0,
  };
}

export type RecognitionRepo = ReturnType<typeof createRecognitionRepo>;
