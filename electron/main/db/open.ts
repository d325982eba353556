import Database from 'better-sqlite3';
import { openWithCipher } from './encryption';
import { assertNotFromTheFuture, migrate } from './migrate';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for Electron; Node (tests) uses the default build. */
  nativeBinding?: string;
  /** Stop at this schema version (migration tests only). */
  migrateTo?: number;
  /** Open without changing anything (checking a backup). */
  readonly?: boolean;
  /** The passphrase of an encrypted store: it is then opened with the cipher driver. */
  passphrase?: string | null;
  /** The cipher driver's Electron build (see desktop/native-binding.ts). */
  cipherBinding?: string;
}

/** Opens (or creates) the store with the house pragmas and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const db =
    typeof options.passphrase === 'string'
      ? openWithCipher(file, options.passphrase, { cipherBinding: options.cipherBinding, readonly: options.readonly })
      : new Database(file, {
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
          ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
        });
  if (options.readonly) return db;
  try {
    // Refuse a database from a newer app before anything (even the journal mode) touches the file.
    // With a wrong passphrase this is the first read, and it fails with SQLITE_NOTADB.
    assertNotFromTheFuture(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrateTo);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
