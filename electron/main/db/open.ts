import fs from 'node:fs';
import Database from 'better-sqlite3';
import { makePrivate, withSidecars } from '../data-dir';
import { openWithCipher, type CipherKey } from './encryption';
import { assertNotFromTheFuture, migrate } from './migrate';
import { registerSqlFunctions } from './sql-functions';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for Electron; Node (tests) uses the default build. */
  nativeBinding?: string;
  /** Stop at this schema version (migration tests only). */
  migrateTo?: number;
  /** Open without changing anything (checking a backup). */
  readonly?: boolean;
  /** The key of an encrypted store (passphrase or derived raw key): it is then opened with the cipher driver. */
  passphrase?: CipherKey | null;
  /** The cipher driver's Electron build (see desktop/native-binding.ts). */
  cipherBinding?: string;
}

/** Opens (or creates) the store with the house pragmas and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (file !== ':memory:' && !options.readonly && !fs.existsSync(file)) {
    // Created 0600 before SQLite sees it, so no umask ever exposes it.
    fs.closeSync(fs.openSync(file, 'a', 0o600));
    makePrivate(file);
  }
  const db =
    options.passphrase !== undefined && options.passphrase !== null
      ? openWithCipher(file, options.passphrase, { cipherBinding: options.cipherBinding, readonly: options.readonly })
      : new Database(file, {
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
          ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
        });
  registerSqlFunctions(db);
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
    // SQLite gives the WAL and shared-memory files the database file's mode.
    if (file !== ':memory:') withSidecars(file).forEach(makePrivate);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
