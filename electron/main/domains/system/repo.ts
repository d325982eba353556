import DatabaseCtor from 'better-sqlite3';
import type Database from 'better-sqlite3';

export function createSettingsRepo(db: Database.Database) {
  const get = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const set = db.prepare<[string, string]>(
    `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return {
    get: (key: string): string | null => get.get(key)?.value ?? null,
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
