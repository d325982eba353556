import type Database from 'better-sqlite3';
import type { Draft } from '../../../../shared/domains/drafts';

interface DraftRow {
  key: string;
  body: string;
  updated_at: string;
}

export function createDraftsRepo(db: Database.Database) {
  const s = {
    get: db.prepare<[string], DraftRow>(`SELECT key, body, updated_at FROM drafts WHERE key = ?`),
    save: db.prepare(`
      INSERT INTO drafts (key, member_id, body, updated_at) VALUES (@key, @memberId, @body, @now)
      ON CONFLICT (key) DO UPDATE SET member_id = excluded.member_id, body = excluded.body, updated_at = excluded.updated_at`),
    discard: db.prepare<[string]>(`DELETE FROM drafts WHERE key = ?`),
  };
  const toDraft = (r: DraftRow): Draft => ({ key: r.key, body: r.body, updatedAt: r.updated_at });
  return {
    get: (key: string) => {
      const row = s.get.get(key);
      return row ? toDraft(row) : null;
    },
    save: (key: string, memberId: number | null, body: string, now: string) => s.save.run({ key, memberId, body, now }),
    discard: (key: string) => s.discard.run(key).changes > 0,
  };
}
