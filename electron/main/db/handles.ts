import type Database from 'better-sqlite3';

/**
 * Read and write handles, as Signal Desktop separates them: a query is given a
 * `ReadableDB`, whose statements have no `run` and which has no `exec`,
 * `transaction` or `backup`, so code that writes does not compile inside a
 * query. The dispatcher backs the types at run time with `PRAGMA query_only`.
 */
export type ReadStatement<P extends unknown[] = unknown[], R = unknown> = Omit<Database.Statement<P, R>, 'run'>;

export interface ReadableDB {
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): ReadStatement<P, R>;
}

/** The whole connection: only commands (and the app's own lifecycle) hold one. */
export type WritableDB = Database.Database;

/** The same connection seen through the read-only type. */
export const asReadable = (db: WritableDB): ReadableDB => db as unknown as ReadableDB;

/** Runs `read` with SQLite refusing every write on the connection, whatever the code tries. */
export function readOnly<T>(db: WritableDB, read: (db: ReadableDB) => T): T {
  const before = db.pragma('query_only', { simple: true }) as number;
  db.pragma('query_only = ON');
  try {
    return read(asReadable(db));
  } finally {
    if (!before && db.open) db.pragma('query_only = OFF');
  }
}
