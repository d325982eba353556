import { searchFold } from '../../../../shared/search-fold';
import type Database from 'better-sqlite3';
import type { ActionOwner, History, HistoryInput, MeetingStatus } from '../../../../shared/domains/one-to-ones';

interface HistoryRow {
  id: number;
  member_id: number;
  member_name: string;
  scheduled_at: string;
  status: string;
  shared_notes: string;
}
interface ActionRow {
  id: number;
  meeting_id: number;
  text: string;
  owner: string;
  due_on: string | null;
  done_at: string | null;
}

/** Past = its time has gone, or it was already recorded as held or cancelled. Private notes are never searched or shown. */
const WHERE = `
  WHERE (@memberId IS NULL OR o.member_id = @memberId)
    AND (o.scheduled_at < @now OR o.status <> 'scheduled')
    AND (@like IS NULL OR fold(o.shared_notes) LIKE @like ESCAPE '\\' OR fold(m.name) LIKE @like ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM one_to_one_actions a WHERE a.meeting_id = o.id AND fold(a.text) LIKE @like ESCAPE '\\'))`;

/** `50% off_site` → a LIKE pattern that matches those characters literally. */
const likePattern = (search: string) => (search === '' ? null : `%${searchFold(search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

export function createHistoryRepo(db: Database.Database) {
  const s = {
    page: db.prepare<{ memberId: number | null; now: string; like: string | null; limit: number }, HistoryRow>(`
      SELECT o.id, o.member_id, m.name AS member_name, o.scheduled_at, o.status, o.shared_notes
      FROM one_to_ones o JOIN members m ON m.id = o.member_id ${WHERE}
      ORDER BY o.scheduled_at DESC, o.id DESC LIMIT @limit`),
    count: db.prepare<{ memberId: number | null; now: string; like: string | null }, { n: number }>(
      `SELECT count(*) AS n FROM one_to_ones o JOIN members m ON m.id = o.member_id ${WHERE}`,
    ),
    actions: db.prepare<[string], ActionRow>(`
      SELECT id, meeting_id, text, owner, due_on, done_at FROM one_to_one_actions
      WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY id`),
  };
  return {
    history: (input: Required<HistoryInput>, now: string): History => {
      const params = { memberId: input.memberId, now, like: likePattern(input.search) };
      const rows = s.page.all({ ...params, limit: input.limit });
      const byMeeting = new Map<number, ActionRow[]>();
      for (const a of s.actions.all(JSON.stringify(rows.map((r) => r.id)))) {
        byMeeting.set(a.meeting_id, [...(byMeeting.get(a.meeting_id) ?? []), a]);
      }
      return {
        total: s.count.get(params)?.n ?? 0,
        items: rows.map((r) => ({
          id: r.id,
          memberId: r.member_id,
          memberName: r.member_name,
          scheduledAt: r.scheduled_at,
          status: r.status as MeetingStatus,
          sharedNotes: r.shared_notes,
          actions: (byMeeting.get(r.id) ?? []).map((a) => ({ id: a.id, text: a.text, owner: a.owner as ActionOwner, dueOn: a.due_on, doneAt: a.done_at })),
        })),
      };
    },
  };
}
