import type Database from 'better-sqlite3';
import type { Award, AwardCatalogueStatus, AwardInput, AwardNomination, AwardNominationInput, AwardStatus } from '../../../../shared/domains/recognition-external';

interface AwardRow {
  id: number;
  name: string;
  organiser: string;
  category: string;
  eligibility: string;
  url: string;
  window_opens: string;
  window_closes: string;
  source: string;
  last_checked: string | null;
  every_years: number;
  status: AwardCatalogueStatus;
  nomination_count: number;
}

const toAward = (r: AwardRow): Award => ({
  id: r.id,
  name: r.name,
  organiser: r.organiser,
  category: r.category,
  eligibility: r.eligibility,
  url: r.url,
  windowOpens: r.window_opens,
  windowCloses: r.window_closes,
  source: r.source,
  lastChecked: r.last_checked,
  everyYears: r.every_years,
  status: r.status,
  nominationCount: r.nomination_count,
});

interface NominationRow {
  id: number;
  award_id: number;
  award_name: string;
  member_id: number | null;
  member_name: string | null;
  year: number;
  deadline: string;
  status: AwardStatus;
  submitted_on: string | null;
  notes: string;
}

const toNomination = (r: NominationRow): AwardNomination => ({
  id: r.id,
  awardId: r.award_id,
  awardName: r.award_name,
  memberId: r.member_id,
  memberName: r.member_name,
  year: r.year,
  deadline: r.deadline,
  status: r.status,
  submittedOn: r.submitted_on,
  notes: r.notes,
});

const awardParams = (a: AwardInput) => ({
  name: a.name,
  organiser: a.organiser,
  category: a.category,
  eligibility: a.eligibility,
  url: a.url,
  window_opens: a.windowOpens,
  window_closes: a.windowCloses,
  source: a.source ?? '',
  last_checked: a.lastChecked ?? null,
  every_years: a.everyYears ?? 1,
  status: a.status ?? 'active',
});

const nominationParams = (n: AwardNominationInput) => ({
  award_id: n.awardId,
  member_id: n.memberId,
  year: n.year,
  deadline: n.deadline,
  status: n.status,
  submitted_on: n.submittedOn,
  notes: n.notes,
});

const AWARD_SELECT = `
  SELECT a.*, (SELECT count(*) FROM external_award_nominations n WHERE n.award_id = a.id) AS nomination_count
  FROM external_awards a`;

const NOMINATION_SELECT = `
  SELECT n.*, a.name AS award_name, m.name AS member_name
  FROM external_award_nominations n
  JOIN external_awards a ON a.id = n.award_id
  LEFT JOIN members m ON m.id = n.member_id`;

export function createExternalAwardsRepo(db: Database.Database) {
  const st = {
    list: db.prepare<[], AwardRow>(`${AWARD_SELECT} ORDER BY fold(a.name), a.name`),
    get: db.prepare<[number], AwardRow>(`${AWARD_SELECT} WHERE a.id = ?`),
    byName: db.prepare<[string], { id: number }>(`SELECT id FROM external_awards WHERE lower(name) = lower(?)`),
    insert: db.prepare(`
      INSERT INTO external_awards (name, organiser, category, eligibility, url, window_opens, window_closes,
        source, last_checked, every_years, status, created_at, updated_at)
      VALUES (@name, @organiser, @category, @eligibility, @url, @window_opens, @window_closes,
        @source, @last_checked, @every_years, @status, @now, @now)`),
    update: db.prepare(`
      UPDATE external_awards SET name = @name, organiser = @organiser, category = @category, eligibility = @eligibility,
        url = @url, window_opens = @window_opens, window_closes = @window_closes, source = @source,
        last_checked = @last_checked, every_years = @every_years, status = @status, updated_at = @now
      WHERE id = @id`),
    markChecked: db.prepare<{ id: number; on: string; now: string }>(`UPDATE external_awards SET last_checked = @on, updated_at = @now WHERE id = @id`),
    delete: db.prepare<[number]>(`DELETE FROM external_awards WHERE id = ?`),
    nominations: db.prepare<[], NominationRow>(`${NOMINATION_SELECT} ORDER BY n.deadline DESC, n.id DESC`),
    nominationsOf: db.prepare<[number], NominationRow>(`${NOMINATION_SELECT} WHERE n.member_id = ? ORDER BY n.deadline DESC`),
    getNomination: db.prepare<[number], NominationRow>(`${NOMINATION_SELECT} WHERE n.id = ?`),
    insertNomination: db.prepare(`
      INSERT INTO external_award_nominations (award_id, member_id, year, deadline, status, submitted_on, notes, created_at, updated_at)
      VALUES (@award_id, @member_id, @year, @deadline, @status, @submitted_on, @notes, @now, @now)`),
    updateNomination: db.prepare(`
      UPDATE external_award_nominations SET award_id = @award_id, member_id = @member_id, year = @year, deadline = @deadline,
        status = @status, submitted_on = @submitted_on, notes = @notes, updated_at = @now
      WHERE id = @id`),
    deleteNomination: db.prepare<[number]>(`DELETE FROM external_award_nominations WHERE id = ?`),
    // Reminders: only nominations still being prepared have a deadline that matters.
    dueNominations: db.prepare<[string, string], NominationRow>(`${NOMINATION_SELECT}
      WHERE n.deadline BETWEEN ? AND ? AND n.status = 'planned' ORDER BY n.deadline`),
    overdueNominations: db.prepare<[string], NominationRow>(`${NOMINATION_SELECT}
      WHERE n.deadline < ? AND n.status = 'planned' ORDER BY n.deadline`),
    // An award that may have ended gets no usual-window reminder: there may be no round to remind about.
    awardsWithWindow: db.prepare<[], AwardRow>(`${AWARD_SELECT} WHERE a.window_closes <> '' AND a.status = 'active'`),
    hasNominationForYear: db.prepare<[number, number], { n: number }>(
      `SELECT count(*) AS n FROM external_award_nominations WHERE award_id = ? AND year = ?`,
    ),
  };
  return {
    list: () => st.list.all().map(toAward),
    get: (id: number) => {
      const row = st.get.get(id);
      return row ? toAward(row) : null;
    },
    findByName: (name: string) => st.byName.get(name)?.id ?? null,
    insert: (a: AwardInput, now: string) => Number(st.insert.run({ ...awardParams(a), now }).lastInsertRowid),
    update: (id: number, a: AwardInput, now: string) => st.update.run({ ...awardParams(a), id, now }),
    delete: (id: number) => st.delete.run(id),
    markChecked: (id: number, on: string, now: string) => st.markChecked.run({ id, on, now }),
    nominations: (memberId: number | null) => (memberId === null ? st.nominations.all() : st.nominationsOf.all(memberId)).map(toNomination),
    getNomination: (id: number) => {
      const row = st.getNomination.get(id);
      return row ? toNomination(row) : null;
    },
    insertNomination: (n: AwardNominationInput, now: string) => Number(st.insertNomination.run({ ...nominationParams(n), now }).lastInsertRowid),
    updateNomination: (id: number, n: AwardNominationInput, now: string) => st.updateNomination.run({ ...nominationParams(n), id, now }),
    deleteNomination: (id: number) => st.deleteNomination.run(id),
    dueNominations: (from: string, to: string) => st.dueNominations.all(from, to).map(toNomination),
    overdueNominations: (today: string) => st.overdueNominations.all(today).map(toNomination),
    awardsWithWindow: () => st.awardsWithWindow.all().map(toAward),
    hasNominationForYear: (awardId: number, year: number) => (st.hasNominationForYear.get(awardId, year)?.n ?? 0) > 0,
  };
}

export type ExternalAwardsRepo = ReturnType<typeof createExternalAwardsRepo>;
