import type Database from 'better-sqlite3';

/**
 * A stamp that changes whenever anything is written: on this connection (`total_changes()`) or by another
 * one (`data_version`). Equal stamps mean nothing was written in between.
 */
export function writeStampOf(db: Database.Database): () => string {
  const changes = db.prepare<[], number>(`SELECT total_changes()`).pluck();
  return () => `${changes.get() ?? 0}:${String(db.pragma('data_version', { simple: true }))}`;
}
