import type Database from 'better-sqlite3';
import type { SeriesFrequency, StandingItem } from '../../../../shared/domains/one-to-one-series';

interface StandingRow {
  id: number;
  member_id: number;
  title: string;
  detail: string;
}

interface SeriesRow {
  id: number;
  member_id: number;
  uid: string;
  frequency: string;
  interval: number;
  starts_at: string;
  duration_minutes: number;
  location: string;
  status: string;
  sequence: number;
}

export interface SeriesRecord {
  id: number;
  memberId: number;
  uid: string;
  frequency: SeriesFrequency;
  interval: number;
  startsAt: string;
  durationMinutes: number;
  location: string;
  status: 'active' | 'cancelled';
  sequence: number;
}

const toStanding = (r: StandingRow): StandingItem => ({ id: r.id, memberId: r.member_id, title: r.title, detail: r.detail });

const toSeries = (r: SeriesRow): SeriesRecord => ({
  id: r.id,
  memberId: r.member_id,
  uid: r.uid,
  frequency: r.frequency === 'monthly' ? 'monthly' : 'weekly',
  interval: r.interval,
  startsAt: r.starts_at,
  durationMinutes: r.duration_minutes,
  location: r.location,
  status: r.status === 'cancelled' ? 'cancelled' : 'active',
  sequence: r.sequence,
});

export interface SeriesWrite {
  frequency: SeriesFrequency;
  interval: number;
  startsAt: string;
  durationMinutes: number;
  location: string;
}

/** Standing agenda items and series: the SQL of "one-to-ones that carry on". */
export function createSeriesRepo(db: Database.Database) {
  const s = {
    standingOf: db.prepare<[number], StandingRow>(`SELECT * FROM one_to_one_standing_items WHERE member_id = ? ORDER BY id`),
    standing: db.prepare<[number], StandingRow>(`SELECT * FROM one_to_one_standing_items WHERE id = ?`),
    insertStanding: db.prepare<{ id: number | null; memberId: number; title: string; detail: string; now: string }>(
      // A new item never reuses the id of a removed one: a meeting may still hold that one's covered copy under
      // its key ("standing:<id>"), which would swallow the new item's copy and take its renames.
      `INSERT INTO one_to_one_standing_items (id, member_id, title, detail, created_at, updated_at)
       VALUES (coalesce(@id, 1 + max(
         coalesce((SELECT max(id) FROM one_to_one_standing_items), 0),
         coalesce((SELECT max(CAST(substr(hint_key, 10) AS INTEGER)) FROM one_to_one_agenda_items WHERE hint_key LIKE 'standing:%'), 0))),
         @memberId, @title, @detail, @now, @now)`,
    ),
    updateStanding: db.prepare<{ id: number; title: string; detail: string; now: string }>(
      `UPDATE one_to_one_standing_items SET title = @title, detail = @detail, updated_at = @now WHERE id = @id`,
    ),
    deleteStanding: db.prepare<[number]>(`DELETE FROM one_to_one_standing_items WHERE id = ?`),
    // Meetings still to happen: the ones a standing item is copied onto (or taken off).
    upcoming: db.prepare<[number, string], { id: number }>(
      `SELECT id FROM one_to_ones WHERE member_id = ? AND status = 'scheduled' AND scheduled_at >= ? ORDER BY scheduled_at`,
    ),
    copyOnto: db.prepare<{ meetingId: number; title: string; detail: string; key: string }>(
      `INSERT OR IGNORE INTO one_to_one_agenda_items (meeting_id, position, title, detail, link, source, hint_key)
       VALUES (@meetingId, (SELECT coalesce(max(position) + 1, 0) FROM one_to_one_agenda_items WHERE meeting_id = @meetingId),
               @title, @detail, '', 'manual', @key)`,
    ),
    // The copies "Remove" is about to take off, with their places, so that Undo can put each back where it was.
    openCopies: db.prepare<{ key: string; memberId: number; from: string }, { meetingId: number; position: number }>(
      `SELECT meeting_id AS meetingId, position FROM one_to_one_agenda_items
       WHERE hint_key = @key AND covered = 0 AND meeting_id IN (
         SELECT id FROM one_to_ones WHERE member_id = @memberId AND status = 'scheduled' AND scheduled_at >= @from)`,
    ),
    makeRoom: db.prepare<{ meetingId: number; position: number }>(
      `UPDATE one_to_one_agenda_items SET position = position + 1 WHERE meeting_id = @meetingId AND position >= @position`,
    ),
    copyAt: db.prepare<{ meetingId: number; position: number; title: string; detail: string; key: string }>(
      `INSERT OR IGNORE INTO one_to_one_agenda_items (meeting_id, position, title, detail, link, source, hint_key)
       VALUES (@meetingId, @position, @title, @detail, '', 'manual', @key)`,
    ),
    hasCopy: db.prepare<{ meetingId: number; key: string }, { one: number }>(
      `SELECT 1 AS one FROM one_to_one_agenda_items WHERE meeting_id = @meetingId AND hint_key = @key`,
    ),
    renameCopies: db.prepare<{ key: string; title: string; detail: string; memberId: number; from: string }>(
      `UPDATE one_to_one_agenda_items SET title = @title, detail = @detail
       WHERE hint_key = @key AND meeting_id IN (
         SELECT id FROM one_to_ones WHERE member_id = @memberId AND status = 'scheduled' AND scheduled_at >= @from)`,
    ),
    // Copies already ticked as covered stay: they are the record of what was talked about.
    dropCopies: db.prepare<{ key: string; memberId: number; from: string }>(
      `DELETE FROM one_to_one_agenda_items
       WHERE hint_key = @key AND covered = 0 AND meeting_id IN (
         SELECT id FROM one_to_ones WHERE member_id = @memberId AND status = 'scheduled' AND scheduled_at >= @from)`,
    ),
    series: db.prepare<[number], SeriesRow>(`SELECT * FROM one_to_one_series WHERE id = ?`),
    seriesOf: db.prepare<[number], SeriesRow>(`SELECT * FROM one_to_one_series WHERE member_id = ? ORDER BY status, id DESC`),
    insertSeries: db.prepare(
      `INSERT INTO one_to_one_series (member_id, uid, frequency, interval, starts_at, duration_minutes, location, created_at, updated_at)
       VALUES (@memberId, @uid, @frequency, @interval, @startsAt, @durationMinutes, @location, @now, @now)`,
    ),
    updateSeries: db.prepare(
      `UPDATE one_to_one_series SET frequency = @frequency, interval = @interval, starts_at = @startsAt,
         duration_minutes = @durationMinutes, location = @location, sequence = sequence + 1, updated_at = @now WHERE id = @id`,
    ),
    // One meeting of the series moved or cancelled on its own: the calendar file changes, so SEQUENCE rises.
    bumpSequence: db.prepare<{ id: number; now: string }>(`UPDATE one_to_one_series SET sequence = sequence + 1, updated_at = @now WHERE id = @id`),
    // The series' meetings with their slots, for the calendar file (it writes those moved, changed or cancelled on their own).
    meetingsOf: db.prepare<[number], { slot: string; scheduledAt: string; durationMinutes: number; location: string; status: string }>(
      `SELECT series_slot AS slot, scheduled_at AS scheduledAt, duration_minutes AS durationMinutes, location, status
       FROM one_to_ones WHERE series_id = ? AND series_slot IS NOT NULL ORDER BY series_slot`,
    ),
    cancelSeries: db.prepare<{ id: number; now: string }>(
      `UPDATE one_to_one_series SET status = 'cancelled', sequence = sequence + 1, updated_at = @now WHERE id = @id`,
    ),
    upcomingOfSeries: db.prepare<[number, string], { id: number }>(
      `SELECT id FROM one_to_ones WHERE series_id = ? AND status = 'scheduled' AND scheduled_at >= ? ORDER BY scheduled_at`,
    ),
  };

  return {
    standingOf: (memberId: number) => s.standingOf.all(memberId).map(toStanding),
    standing: (id: number) => {
      const row = s.standing.get(id);
      return row ? toStanding(row) : null;
    },
    /** `id` puts a removed item back under its old id (Undo); null takes the next. */
    insertStanding: (memberId: number, title: string, detail: string, now: string, id: number | null = null) =>
      Number(s.insertStanding.run({ id, memberId, title, detail, now }).lastInsertRowid),
    updateStanding: (id: number, title: string, detail: string, now: string) => s.updateStanding.run({ id, title, detail, now }),
    deleteStanding: (id: number) => s.deleteStanding.run(id),
    upcomingMeetingIds: (memberId: number, fromIso: string) => s.upcoming.all(memberId, fromIso).map((r) => r.id),
    copyOnto: (meetingId: number, item: StandingItem, key: string) => s.copyOnto.run({ meetingId, title: item.title, detail: item.detail, key }),
    renameCopies: (memberId: number, key: string, title: string, detail: string, from: string) =>
      s.renameCopies.run({ key, title, detail, memberId, from }),
    dropCopies: (memberId: number, key: string, from: string) => s.dropCopies.run({ key, memberId, from }),
    openCopies: (memberId: number, key: string, from: string) => s.openCopies.all({ key, memberId, from }),
    hasCopy: (meetingId: number, key: string) => s.hasCopy.get({ meetingId, key }) !== undefined,
    /** Puts a copy back at `position`, moving the items from there down one. */
    copyAt: (meetingId: number, position: number, item: StandingItem, key: string) => {
      s.makeRoom.run({ meetingId, position });
      s.copyAt.run({ meetingId, position, title: item.title, detail: item.detail, key });
    },
    series: (id: number) => {
      const row = s.series.get(id);
      return row ? toSeries(row) : null;
    },
    seriesOf: (memberId: number) => s.seriesOf.all(memberId).map(toSeries),
    insertSeries: (memberId: number, uid: string, w: SeriesWrite, now: string) =>
      Number(s.insertSeries.run({ memberId, uid, ...w, now }).lastInsertRowid),
    updateSeries: (id: number, w: SeriesWrite, now: string) => s.updateSeries.run({ id, ...w, now }),
    cancelSeries: (id: number, now: string) => s.cancelSeries.run({ id, now }),
    bumpSequence: (id: number, now: string) => s.bumpSequence.run({ id, now }),
    meetingsOf: (seriesId: number) => s.meetingsOf.all(seriesId),
    upcomingOfSeries: (seriesId: number, fromIso: string) => s.upcomingOfSeries.all(seriesId, fromIso).map((r) => r.id),
  };
}

export type SeriesRepo = ReturnType<typeof createSeriesRepo>;
