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

  /** The columns that identify a row: its primary key, or `rowid` for a table without one. */
  const keyColumns = (table: string): string[] => {
    const pk = (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; pk: number }[])
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    return pk.length ? pk : ['rowid'];
  };
  const whereKey = (columns: string[]) => columns.map((c) => `${quote(c)} IS ?`).join(' AND ');

  return {
    tables,
    foreignKeys,
    textColumns,
    keyColumns,
    /**
     * Each row's key and text columns, for rows where some column contains one of `fragments`
     * (lower-case ASCII, compared with SQLite's ASCII `lower`), or any non-empty text when
     * `fragments` is null. SQL discards most rows so JavaScript only checks likely ones.
     */
    iterateText: (table: string, keys: string[], columns: string[], fragments: string[] | null): IterableIterator<Row> => {
      const conditions = fragments
        ? columns.flatMap((c) => fragments.map(() => `instr(lower(${quote(c)}), ?) > 0`))
        : columns.map((c) => `${quote(c)} <> ''`);
      const params = fragments ? columns.flatMap(() => fragments) : [];
      return db
        .prepare(`SELECT ${[...keys, ...columns].map(quote).join(', ')} FROM ${quote(table)} WHERE ${conditions.join(' OR ')}`)
        .iterate(...params) as IterableIterator<Row>;
    },
    rowByKey: (table: string, keys: string[], values: unknown[]): Row | undefined =>
      db.prepare(`SELECT * FROM ${quote(table)} WHERE ${whereKey(keys)}`).get(...values) as Row | undefined,
    fieldByKey: (table: string, keys: string[], values: unknown[], column: string): unknown =>
      (db.prepare(`SELECT ${quote(column)} AS v FROM ${quote(table)} WHERE ${whereKey(keys)}`).get(...values) as { v: unknown } | undefined)?.v,
    setFieldByKey: (table: string, keys: string[], values: unknown[], column: string, text: string): number =>
      db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE ${whereKey(keys)}`).run(text, ...values).changes,
    memberExists: (id: number): boolean => db.prepare(`SELECT 1 FROM members WHERE id = ?`).get(id) !== undefined,
    memberNames: (ids: number[]): Map<number, string> => {
      if (ids.length === 0) return new Map();
      const rows = db.prepare(`SELECT id, name FROM members WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as { id: number; name: string }[];
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    rowsWhere: (table: string, column: string, values: unknown[]): Row[] => {
      if (values.length === 0) return [];
      const placeholders = values.map(() => '?').join(', ');
      return db.prepare(`SELECT * FROM ${quote(table)} WHERE ${quote(column)} IN (${placeholders})`).all(...values) as Row[];
    },
    setNull: (table: string, column: string, value: unknown): number =>
      db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = NULL WHERE ${quote(column)} = ?`).run(value).changes,
    deleteWhere: (table: string, column: string, value: unknown): number =>
      db.prepare(`DELETE FROM ${quote(table)} WHERE ${quote(column)} = ?`).run(value).changes,
    countRows: (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n,
    leaversBefore: (cutoff: string) =>
      db
        .prepare<[string], { id: number; name: string; job_title: string; left_on: string }>(
          `SELECT id, name, job_title, left_on FROM members WHERE left_on IS NOT NULL AND left_on <= ? ORDER BY left_on`,
        )
        .all(cutoff),
    setSecureDelete: () => db.pragma('secure_delete = ON'),
    recordErasure: (memberId: number, erasedAt: string): number =>
      Number(db.prepare(`INSERT INTO erasures (member_id, erased_at) VALUES (?, ?)`).run(memberId, erasedAt).lastInsertRowid),
    pendingErasures: () =>
      db.prepare<[], { id: number; member_id: number }>(`SELECT id, member_id FROM erasures WHERE files_done_at IS NULL ORDER BY id`).all(),
    pendingErasureOf: (memberId: number) =>
      db
        .prepare<[number], { id: number }>(`SELECT id FROM erasures WHERE member_id = ? AND files_done_at IS NULL ORDER BY id LIMIT 1`)
        .get(memberId),
    finishErasures: (ids: number[], doneAt: string, onStart: boolean, filesRemoved: number) => {
      const stmt = db.prepare(`UPDATE erasures SET files_done_at = ?, finished_on_start = ?, files_removed = ? WHERE id = ? AND files_done_at IS NULL`);
      for (const id of ids) stmt.run(doneAt, onStart ? 1 : 0, filesRemoved, id);
    },
    erasuresFinishedOnStart: () =>
      db
        .prepare<[], { id: number; erased_at: string; files_done_at: string; files_removed: number }>(
          `SELECT id, erased_at, files_done_at, files_removed FROM erasures WHERE finished_on_start = 1 ORDER BY id DESC LIMIT 20`,
        )
        .all(),
    compact: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>;

export interface RequestRow {
  id: number;
  member_id: number;
  received_on: string;
  extension_months: number;
  extension_reason: string;
  told_of_extension_on: string | null;
  completed_on: string | null;
}

export interface RefRow {
  source_table: string;
  source_key: string;
  source_column: string;
}

/** Subject access requests, their withheld items and their mention decisions. */
export function createRequestsRepo(db: Database.Database) {
  const columns = `id, member_id, received_on, extension_months, extension_reason, told_of_extension_on, completed_on`;
  return {
    get: (id: number) => db.prepare<[number], RequestRow>(`SELECT ${columns} FROM subject_access_requests WHERE id = ?`).get(id),
    ofMember: (memberId: number) =>
      db.prepare<[number], RequestRow>(`SELECT ${columns} FROM subject_access_requests WHERE member_id = ? ORDER BY received_on DESC, id DESC`).all(memberId),
    open: () =>
      db
        .prepare<[], RequestRow & { name: string }>(
          `SELECT r.id, r.member_id, r.received_on, r.extension_months, r.extension_reason, r.told_of_extension_on, r.completed_on, m.name
             FROM subject_access_requests r JOIN members m ON m.id = r.member_id
            WHERE r.completed_on IS NULL ORDER BY r.received_on`,
        )
        .all(),
    insert: (memberId: number, receivedOn: string, createdAt: string) =>
      Number(db.prepare(`INSERT INTO subject_access_requests (member_id, received_on, created_at) VALUES (?, ?, ?)`).run(memberId, receivedOn, createdAt).lastInsertRowid),
    extend: (id: number, months: number, reason: string, toldOn: string) =>
      db.prepare(`UPDATE subject_access_requests SET extension_months = ?, extension_reason = ?, told_of_extension_on = ? WHERE id = ?`).run(months, reason, toldOn, id),
    complete: (id: number, completedOn: string) => db.prepare(`UPDATE subject_access_requests SET completed_on = ? WHERE id = ?`).run(completedOn, id),
    remove: (id: number) => db.prepare(`DELETE FROM subject_access_requests WHERE id = ?`).run(id),
    withholdings: (requestId: number) =>
      db
        .prepare<[number], RefRow & { exemption: string; reason: string }>(
          `SELECT source_table, source_key, source_column, exemption, reason FROM subject_access_withholdings WHERE request_id = ?`,
        )
        .all(requestId),
    withhold: (requestId: number, ref: RefRow, exemption: string, reason: string) =>
      db
        .prepare(
          `INSERT INTO subject_access_withholdings (request_id, source_table, source_key, source_column, exemption, reason) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (request_id, source_table, source_key, source_column) DO UPDATE SET exemption = excluded.exemption, reason = excluded.reason`,
        )
        .run(requestId, ref.source_table, ref.source_key, ref.source_column, exemption, reason),
    release: (requestId: number, ref: RefRow) =>
      db
        .prepare(`DELETE FROM subject_access_withholdings WHERE request_id = ? AND source_table = ? AND source_key = ? AND source_column = ?`)
        .run(requestId, ref.source_table, ref.source_key, ref.source_column),
    mentionDecisions: (requestId: number) =>
      db
        .prepare<[number], RefRow & { include: number }>(`SELECT source_table, source_key, source_column, include FROM subject_access_mentions WHERE request_id = ?`)
        .all(requestId),
    decideMention: (requestId: number, ref: RefRow, include: boolean) =>
      db
        .prepare(
          `INSERT INTO subject_access_mentions (request_id, source_table, source_key, source_column, include) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (request_id, source_table, source_key, source_column) DO UPDATE SET include = excluded.include`,
        )
        .run(requestId, ref.source_table, ref.source_key, ref.source_column, include ? 1 : 0),
  };
}
export type RequestsRepo = ReturnType<typeof createRequestsRepo>;
