import type Database from 'better-sqlite3';

/** A foreign key from `table.column` to `parent.parentColumn`, as SQLite reports it. */
export interface ForeignKey {
  table: string;
  column: string;
  parent: string;
  parentColumn: string;
  onDelete: string;
  notNull: boolean;
}

export type Row = Record<string, unknown>;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Generic queries over the schema itself, so privacy covers every feature's
 * tables without each feature listing them. Identifiers come from
 * sqlite_master, never from input; values are always bound.
 */
export function createPrivacyRepo(db: Database.Database) {
  const tables = (): string[] =>
    db
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all()
      .map((r) => r.name);

  const foreignKeys = (): ForeignKey[] =>
    tables().flatMap((table) => {
      const notNull = new Set(
        (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; notnull: number }[]).filter((c) => c.notnull).map((c) => c.name),
      );
      return (db.prepare(`PRAGMA foreign_key_list(${quote(table)})`).all() as { table: string; from: string; to: string | null; on_delete: string }[]).map((fk) => ({
        table,
        column: fk.from,
        parent: fk.table,
        parentColumn: fk.to ?? 'id',
        onDelete: fk.on_delete,
        notNull: notNull.has(fk.from),
      }));
    });

  const textColumns = (table: string): string[] =>
    (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; type: string }[])
      .filter((c) => c.type.toUpperCase() === 'TEXT')
      .map((c) => c.name);

  return {
    tables,
    foreignKeys,
    textColumns,
    rowsWhere: (table: string, column: string, values: unknown[]): Row[] => {
      if (values.length === 0) return [];
      const placeholders = values.map(() => '?').join(', ');
      return db.prepare(`SELECT * FROM ${quote(table)} WHERE ${quote(column)} IN (${placeholders})`).all(...values) as Row[];
    },
    setNull: (table: string, column: string, value: unknown): number =>
      db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = NULL WHERE ${quote(column)} = ?`).run(value).changes,
    deleteWhere: (table: string, column: string, value: unknown): number =>
      db.prepare(`DELETE FROM ${quote(table)} WHERE ${quote(column)} = ?`).run(value).changes,
    /** Replaces every occurrence of `text` in a text column; returns how many rows changed. */
    scrub: (table: string, column: string, text: string, replacement: string): number =>
      db
        .prepare(`UPDATE ${quote(table)} SET ${quote(column)} = replace(${quote(column)}, ?, ?) WHERE instr(${quote(column)}, ?) > 0`)
        .run(text, replacement, text).changes,
    countRows: (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n,
    leaversBefore: (cutoff: string) =>
      db
        .prepare<[string], { id: number; name: string; job_title: string; left_on: string }>(
          `SELECT id, name, job_title, left_on FROM members WHERE left_on IS NOT NULL AND left_on <= ? ORDER BY left_on`,
        )
        .all(cutoff),
    setSecureDelete: () => db.pragma('secure_delete = ON'),
    compact: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>;
