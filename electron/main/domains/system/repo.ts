import DatabaseCtor from 'better-sqlite3';
import type Database from 'better-sqlite3';

export function createSettingsRepo(db: Database.Database) {
  const get = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const set = db.prepare<[string, string]>(
    `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const byPrefix = db.prepare<[string, string], { key: string; value: string }>(`SELECT key, value FROM settings WHERE key >= ? AND key < ?`);
  const remove = db.prepare<[string, string]>(`DELETE FROM settings WHERE key >= ? AND key < ?`);
  return {
    get: (key: string): string | null => get.get(key)?.value ?? null,
    /** Every setting whose key starts with `prefix` (uses the primary key's order). */
    withPrefix: (prefix: string): Map<string, string> =>
      new Map(byPrefix.all(prefix, `${prefix}\uffff`).map((r) => [r.key.slice(prefix.length), r.value])),
    removePrefix: (prefix: string) => {
      remove.run(prefix, `${prefix}\uffff`);
    },
    set: (key: string, value: string) => {
      set.run(key, value);
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

/** How many team members a backup file holds; null when it cannot be read as a workbench database. */
export function countMembersInFile(file: string, nativeBinding?: string): number | null {
  let db: Database.Database | null = null;
  try {
    db = new DatabaseCtor(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM members`).get()?.n ?? 0;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
