import type Database from 'better-sqlite3';

/** Reads the header and the schema only: throws for a file that is not a database or has a broken schema. */
export function readHeaderAndSchema(db: Database.Database): void {
  db.pragma('schema_version');
  db.prepare(`SELECT count(*) FROM sqlite_master`).get();
}

/** Reads every page (`PRAGMA quick_check`): true when SQLite finds nothing wrong. */
export function quickCheckPasses(db: Database.Database): boolean {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}
