import type Database from 'better-sqlite3';
import {
  NEW_CONTENT_DEFAULTS,
  type AgreementContent,
  type LogEntry,
  type OtjEntry,
  type Scheme,
  type Signature,
  type SignerRole,
  type Version,
  type VersionReturn,
  type VersionStatus,
  type Visit,
} from '../../../../shared/domains/agreements';

export interface AgreementRow {
  id: number;
  member_id: number;
  member_name: string;
  scheme: Scheme;
  start_date: string;
  end_date: string;
  hours_per_week: number;
  created_at: string;
  updated_at: string;
}
interface VersionRow {
  id: number;
  agreement_id: number;
  number: number;
  status: VersionStatus;
  content: string;
  created_at: string;
  ready_at: string | null;
  signed_at: string | null;
}
export interface ReviewRow {
  id: number;
  agreement_id: number;
  due_on: string;
  held_on: string | null;
  notes: string;
  trainee_signed_on: string | null;
  manager_signed_on: string | null;
  provider_signed_on: string | null;
  completed_on: string | null;
}
export interface OpenReviewRow {
  id: number;
  agreement_id: number;
  member_id: number;
  member_name: string;
  scheme: Scheme;
  due_on: string;
}

/** Content saved before fields were added reads with those fields empty (never a parse failure). */
export const readContent = (json: string): AgreementContent => ({ ...NEW_CONTENT_DEFAULTS, gatewayDate: null, ...(JSON.parse(json) as Partial<AgreementContent>) }) as AgreementContent;

const toVersion = (row: VersionRow, signatures: Signature[], returns: VersionReturn[]): Version => ({
  id: row.id,
  number: row.number,
  status: row.status,
  content: readContent(row.content),
  signatures,
  returns,
  createdAt: row.created_at,
  readyAt: row.ready_at,
  signedAt: row.signed_at,
});

const AGREEMENT = `SELECT a.*, m.name AS member_name FROM agreements a JOIN members m ON m.id = a.member_id`;

export function createAgreementsRepo(db: Database.Database) {
  const s = {
    list: db.prepare<[], AgreementRow>(`${AGREEMENT} ORDER BY a.end_date DESC, a.id`),
    listForMember: db.prepare<[number], AgreementRow>(`${AGREEMENT} WHERE a.member_id = ? ORDER BY a.start_date DESC`),
    get: db.prepare<[number], AgreementRow>(`${AGREEMENT} WHERE a.id = ?`),
    insert: db.prepare(`INSERT INTO agreements (member_id, scheme, start_date, end_date, hours_per_week, created_at, updated_at)
      VALUES (@member_id, @scheme, @start_date, @end_date, @hours_per_week, @now, @now)`),
    setDates: db.prepare(`UPDATE agreements SET start_date = @start_date, end_date = @end_date, hours_per_week = @hours_per_week,
      updated_at = @now WHERE id = @id`),
    versions: db.prepare<[number], VersionRow>(`SELECT * FROM agreement_versions WHERE agreement_id = ? ORDER BY number`),
    version: db.prepare<[number], VersionRow>(`SELECT * FROM agreement_versions WHERE id = ?`),
    insertVersion: db.prepare(`INSERT INTO agreement_versions (agreement_id, number, status, content, created_at)
      VALUES (@agreement_id, (SELECT coalesce(max(number), 0) + 1 FROM agreement_versions WHERE agreement_id = @agreement_id),
              'draft', @content, @now)`),
    setContent: db.prepare<{ id: number; content: string }>(`UPDATE agreement_versions SET content = @content WHERE id = @id`),
    setStatus: db.prepare<{ id: number; status: VersionStatus; ready_at: string | null; signed_at: string | null }>(
      `UPDATE agreement_versions SET status = @status, ready_at = @ready_at, signed_at = @signed_at WHERE id = @id`,
    ),
    signatures: db.prepare<[number], { role: SignerRole; name: string; signed_on: string; recorded_at: string }>(
      `SELECT role, name, signed_on, recorded_at FROM agreement_signatures WHERE version_id = ? ORDER BY id`,
    ),
    insertSignature: db.prepare(`INSERT INTO agreement_signatures (version_id, role, name, signed_on, recorded_at)
      VALUES (@version_id, @role, @name, @signed_on, @now)`),
    clearSignatures: db.prepare<[number]>(`DELETE FROM agreement_signatures WHERE version_id = ?`),
    returns: db.prepare<[number], { reason: string; set_aside: string; returned_at: string }>(
      `SELECT reason, set_aside, returned_at FROM agreement_version_returns WHERE version_id = ? ORDER BY id`,
    ),
    insertReturn: db.prepare<{ version_id: number; reason: string; set_aside: string; now: string }>(
      `INSERT INTO agreement_version_returns (version_id, reason, set_aside, returned_at) VALUES (@version_id, @reason, @set_aside, @now)`,
    ),
    otjMonths: db.prepare<[number], { month: string }>(
      `SELECT DISTINCT substr(date, 1, 7) AS month FROM agreement_otj_entries WHERE agreement_id = ?`,
    ),
    // Signed apprenticeships started before `today` and not ended before `recent` (about a month ago).
    runningApprenticeships: db.prepare<{ today: string; recent: string }, AgreementRow>(`${AGREEMENT}
      WHERE a.scheme = 'apprenticeship' AND a.start_date < @today AND a.end_date >= @recent AND m.left_on IS NULL
        AND EXISTS (SELECT 1 FROM agreement_versions v WHERE v.agreement_id = a.id AND v.status = 'signed')
      ORDER BY a.start_date, a.id`),
    memberHours: db.prepare<[number], { fte: number }>(`SELECT fte FROM members WHERE id = ?`),
    // The newest minimum entered for each standard name (by version id), so a pick list offers one figure per standard.
    knownStandards: db.prepare<[], { name: string; hours: number }>(`
      SELECT name, hours FROM (
        SELECT trim(json_extract(content, '$.apprenticeshipStandard')) AS name, json_extract(content, '$.otjMinimumHours') AS hours,
               row_number() OVER (PARTITION BY lower(trim(json_extract(content, '$.apprenticeshipStandard'))) ORDER BY id DESC) AS n
        FROM agreement_versions
        WHERE coalesce(trim(json_extract(content, '$.apprenticeshipStandard')), '') <> '' AND json_extract(content, '$.otjMinimumHours') IS NOT NULL
      ) WHERE n = 1 ORDER BY fold(name), name`),
    otj: db.prepare<[number], OtjEntry>(`SELECT id, date, hours, activity, outcome FROM agreement_otj_entries
      WHERE agreement_id = ? ORDER BY date DESC, id DESC`),
    otjTotal: db.prepare<[number], { total: number }>(
      `SELECT coalesce(sum(hours), 0) AS total FROM agreement_otj_entries WHERE agreement_id = ?`,
    ),
    insertOtj: db.prepare(`INSERT INTO agreement_otj_entries (agreement_id, date, hours, activity, outcome, created_at)
      VALUES (@agreementId, @date, @hours, @activity, @outcome, @now)`),
    otjEntry: db.prepare<[number], { id: number; agreement_id: number }>(`SELECT id, agreement_id FROM agreement_otj_entries WHERE id = ?`),
    deleteOtj: db.prepare<[number]>(`DELETE FROM agreement_otj_entries WHERE id = ?`),
    restoreOtj: db.prepare(`INSERT INTO agreement_otj_entries (id, agreement_id, date, hours, activity, outcome, created_at)
      VALUES (@id, @agreementId, @date, @hours, @activity, @outcome, @now)`),
    reviews: db.prepare<[number], ReviewRow>(`SELECT * FROM agreement_reviews WHERE agreement_id = ? ORDER BY due_on`),
    review: db.prepare<[number], ReviewRow>(`SELECT * FROM agreement_reviews WHERE id = ?`),
    insertReview: db.prepare<{ agreement_id: number; due_on: string }>(
      `INSERT OR IGNORE INTO agreement_reviews (agreement_id, due_on) VALUES (@agreement_id, @due_on)`,
    ),
    // A scheduled review nobody has touched can go when the dates change; one with notes or sign-offs stays.
    pruneReviews: db.prepare<{ agreement_id: number; keep: string; from: string }>(`DELETE FROM agreement_reviews
      WHERE agreement_id = @agreement_id AND held_on IS NULL AND notes = '' AND trainee_signed_on IS NULL
        AND manager_signed_on IS NULL AND provider_signed_on IS NULL AND due_on >= @from
        AND due_on NOT IN (SELECT value FROM json_each(@keep))`),
    recordReview: db.prepare(`UPDATE agreement_reviews SET held_on = @heldOn, notes = @notes WHERE id = @reviewId`),
    signReview: {
      trainee: db.prepare(`UPDATE agreement_reviews SET trainee_signed_on = @signedOn WHERE id = @id`),
      manager: db.prepare(`UPDATE agreement_reviews SET manager_signed_on = @signedOn WHERE id = @id`),
      provider: db.prepare(`UPDATE agreement_reviews SET provider_signed_on = @signedOn WHERE id = @id`),
      // The placement tutor is a placement's third party, as the provider is an apprenticeship's.
      tutor: db.prepare(`UPDATE agreement_reviews SET provider_signed_on = @signedOn WHERE id = @id`),
    },
    completeReview: db.prepare(`UPDATE agreement_reviews SET completed_on = @completedOn WHERE id = @id`),
    openReviewsBefore: db.prepare<{ until: string; from: string }, OpenReviewRow>(`
      SELECT r.id, r.agreement_id, a.member_id, m.name AS member_name, a.scheme, r.due_on
      FROM agreement_reviews r JOIN agreements a ON a.id = r.agreement_id JOIN members m ON m.id = a.member_id
      WHERE r.completed_on IS NULL AND r.due_on <= @until AND a.end_date >= @from AND m.left_on IS NULL
      ORDER BY r.due_on`),
    openReviewsForMember: db.prepare<{ member: number; until: string; from: string }, OpenReviewRow>(`
      SELECT r.id, r.agreement_id, a.member_id, m.name AS member_name, a.scheme, r.due_on
      FROM agreements a JOIN agreement_reviews r ON r.agreement_id = a.id JOIN members m ON m.id = a.member_id
      WHERE a.member_id = @member AND r.completed_on IS NULL AND r.due_on <= @until AND a.end_date >= @from AND m.left_on IS NULL
      ORDER BY r.due_on`),
    log: db.prepare<[number], { id: number; date: string; did: string; learned: string; next: string; reviewed_on: string | null }>(
      `SELECT id, date, did, learned, next, reviewed_on FROM agreement_log_entries WHERE agreement_id = ? ORDER BY date DESC, id DESC`,
    ),
    logEntry: db.prepare<[number], { id: number; agreement_id: number; reviewed_on: string | null }>(
      `SELECT id, agreement_id, reviewed_on FROM agreement_log_entries WHERE id = ?`,
    ),
    insertLog: db.prepare(`INSERT INTO agreement_log_entries (agreement_id, date, did, learned, next, created_at)
      VALUES (@agreementId, @date, @did, @learned, @next, @now)`),
    reviewLog: db.prepare<{ id: number; on: string }>(`UPDATE agreement_log_entries SET reviewed_on = @on WHERE id = @id`),
    updateLog: db.prepare<{ id: number; date: string; did: string; learned: string; next: string }>(
      `UPDATE agreement_log_entries SET date = @date, did = @did, learned = @learned, next = @next WHERE id = @id`,
    ),
    deleteLog: db.prepare<[number]>(`DELETE FROM agreement_log_entries WHERE id = ?`),
    // Undo puts the entry back under its old id when that is still free (its place in the list and any link to it).
    restoreLog: db.prepare(`INSERT INTO agreement_log_entries (id, agreement_id, date, did, learned, next, reviewed_on, created_at)
      VALUES (@id, @agreementId, @date, @did, @learned, @next, @reviewedOn, @now)`),
    unreviewedLog: db.prepare<[number], { n: number; oldest: string | null }>(
      `SELECT count(*) AS n, min(date) AS oldest FROM agreement_log_entries WHERE agreement_id = ? AND reviewed_on IS NULL`,
    ),
    visits: db.prepare<[number], Visit>(`SELECT id, date, contact, purpose, notes FROM agreement_visits
      WHERE agreement_id = ? ORDER BY date DESC, id DESC`),
    insertVisit: db.prepare(`INSERT INTO agreement_visits (agreement_id, date, contact, purpose, notes, created_at)
      VALUES (@agreementId, @date, @contact, @purpose, @notes, @now)`),
    visit: db.prepare<[number], { id: number; agreement_id: number }>(`SELECT id, agreement_id FROM agreement_visits WHERE id = ?`),
    updateVisit: db.prepare<{ id: number; date: string; contact: string; purpose: string; notes: string }>(
      `UPDATE agreement_visits SET date = @date, contact = @contact, purpose = @purpose, notes = @notes WHERE id = @id`,
    ),
    deleteVisit: db.prepare<[number]>(`DELETE FROM agreement_visits WHERE id = ?`),
    restoreVisit: db.prepare(`INSERT INTO agreement_visits (id, agreement_id, date, contact, purpose, notes, created_at)
      VALUES (@id, @agreementId, @date, @contact, @purpose, @notes, @now)`),
    memberExists: db.prepare<[number], { id: number; left_on: string | null }>(`SELECT id, left_on FROM members WHERE id = ?`),
  };

  const signaturesOf = (versionId: number): Signature[] =>
    s.signatures.all(versionId).map((r) => ({ role: r.role, name: r.name, signedOn: r.signed_on, recordedAt: r.recorded_at }));
  const returnsOf = (versionId: number): VersionReturn[] =>
    s.returns.all(versionId).map((r) => ({ reason: r.reason, returnedAt: r.returned_at, setAside: JSON.parse(r.set_aside) as VersionReturn['setAside'] }));

  return {
    list: () => s.list.all(),
    listForMember: (memberId: number) => s.listForMember.all(memberId),
    get: (id: number) => s.get.get(id) ?? null,
    member: (id: number) => s.memberExists.get(id) ?? null,
    insert: (memberId: number, scheme: Scheme, c: AgreementContent, now: string): number =>
      Number(
        s.insert.run({ member_id: memberId, scheme, start_date: c.startDate, end_date: c.endDate, hours_per_week: c.hoursPerWeek, now })
          .lastInsertRowid,
      ),
    setDates: (id: number, c: AgreementContent, now: string) =>
      s.setDates.run({ id, start_date: c.startDate, end_date: c.endDate, hours_per_week: c.hoursPerWeek, now }),
    versions: (agreementId: number) => s.versions.all(agreementId).map((r) => toVersion(r, signaturesOf(r.id), returnsOf(r.id))),
    version: (id: number) => {
      const row = s.version.get(id);
      return row ? { agreementId: row.agreement_id, ...toVersion(row, signaturesOf(row.id), returnsOf(row.id)) } : null;
    },
    recordReturn: (versionId: number, reason: string, setAside: VersionReturn['setAside'], now: string) =>
      s.insertReturn.run({ version_id: versionId, reason, set_aside: JSON.stringify(setAside), now }),
    otjMonths: (agreementId: number) => new Set(s.otjMonths.all(agreementId).map((r) => r.month)),
    runningApprenticeships: (today: string, recent: string) => s.runningApprenticeships.all({ today, recent }),
    memberFte: (memberId: number) => s.memberHours.get(memberId)?.fte ?? null,
    knownStandards: () => s.knownStandards.all().map((r) => ({ name: r.name, otjMinimumHours: r.hours })),
    insertVersion: (agreementId: number, c: AgreementContent, now: string): number =>
      Number(s.insertVersion.run({ agreement_id: agreementId, content: JSON.stringify(c), now }).lastInsertRowid),
    setContent: (id: number, c: AgreementContent) => s.setContent.run({ id, content: JSON.stringify(c) }),
    setStatus: (id: number, status: VersionStatus, readyAt: string | null, signedAt: string | null) =>
      s.setStatus.run({ id, status, ready_at: readyAt, signed_at: signedAt }),
    sign: (versionId: number, role: SignerRole, name: string, signedOn: string, now: string) =>
      s.insertSignature.run({ version_id: versionId, role, name, signed_on: signedOn, now }),
    clearSignatures: (versionId: number) => s.clearSignatures.run(versionId),
    otj: (agreementId: number) => s.otj.all(agreementId),
    otjTotal: (agreementId: number) => s.otjTotal.get(agreementId)?.total ?? 0,
    insertOtj: (e: { agreementId: number; date: string; hours: number; activity: string; outcome: string }, now: string) =>
      Number(s.insertOtj.run({ ...e, now }).lastInsertRowid),
    otjEntry: (id: number) => s.otjEntry.get(id) ?? null,
    deleteOtj: (id: number) => s.deleteOtj.run(id),
    restoreOtj: (e: OtjEntry & { agreementId: number }, now: string) =>
      Number(s.restoreOtj.run({ ...e, id: s.otjEntry.get(e.id) ? null : e.id, now }).lastInsertRowid),
    reviews: (agreementId: number) => s.reviews.all(agreementId),
    review: (id: number) => s.review.get(id) ?? null,
    /** Reviews due from `from` on (all when null) follow `dueDates`; untouched ones not among them go. */
    syncReviews: (agreementId: number, dueDates: string[], from: string | null = null) => {
      s.pruneReviews.run({ agreement_id: agreementId, keep: JSON.stringify(dueDates), from: from ?? '0000-01-01' });
      for (const due of dueDates) s.insertReview.run({ agreement_id: agreementId, due_on: due });
    },
    recordReview: (reviewId: number, heldOn: string, notes: string) => s.recordReview.run({ reviewId, heldOn, notes }),
    signReview: (id: number, role: SignerRole, signedOn: string) => s.signReview[role].run({ id, signedOn }),
    completeReview: (id: number, completedOn: string) => s.completeReview.run({ id, completedOn }),
    openReviewsBefore: (until: string, from: string) => s.openReviewsBefore.all({ until, from }),
    openReviewsForMember: (member: number, until: string, from: string) => s.openReviewsForMember.all({ member, until, from }),
    log: (agreementId: number): LogEntry[] =>
      s.log.all(agreementId).map((r) => ({ id: r.id, date: r.date, did: r.did, learned: r.learned, next: r.next, reviewedOn: r.reviewed_on })),
    logEntry: (id: number) => s.logEntry.get(id) ?? null,
    insertLog: (e: { agreementId: number; date: string; did: string; learned: string; next: string }, now: string) =>
      Number(s.insertLog.run({ ...e, now }).lastInsertRowid),
    reviewLog: (id: number, on: string) => s.reviewLog.run({ id, on }),
    updateLog: (id: number, e: { date: string; did: string; learned: string; next: string }) => s.updateLog.run({ id, ...e }),
    deleteLog: (id: number) => s.deleteLog.run(id),
    restoreLog: (e: LogEntry & { agreementId: number }, now: string) =>
      Number(s.restoreLog.run({ ...e, id: s.logEntry.get(e.id) ? null : e.id, now }).lastInsertRowid),
    unreviewedLog: (agreementId: number) => s.unreviewedLog.get(agreementId) ?? { n: 0, oldest: null },
    visits: (agreementId: number) => s.visits.all(agreementId),
    insertVisit: (v: { agreementId: number; date: string; contact: string; purpose: string; notes: string }, now: string) =>
      Number(s.insertVisit.run({ ...v, now }).lastInsertRowid),
    visit: (id: number) => s.visit.get(id) ?? null,
    updateVisit: (id: number, v: { date: string; contact: string; purpose: string; notes: string }) => s.updateVisit.run({ id, ...v }),
    deleteVisit: (id: number) => s.deleteVisit.run(id),
    restoreVisit: (v: Visit & { agreementId: number }, now: string) =>
      Number(s.restoreVisit.run({ ...v, id: s.visit.get(v.id) ? null : v.id, now }).lastInsertRowid),
  };
}
export type AgreementsRepo = ReturnType<typeof createAgreementsRepo>;

/** Settings rows this domain owns (templates and the off-the-job rule), as JSON text. */
export function createAgreementsSettingsRepo(db: Database.Database) {
  const get = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const set = db.prepare<[string, string]>(
    `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const remove = db.prepare<[string]>(`DELETE FROM settings WHERE key = ?`);
  return {
    get: (key: string) => get.get(key)?.value ?? null,
    set: (key: string, value: string) => void set.run(key, value),
    remove: (key: string) => void remove.run(key),
  };
}
