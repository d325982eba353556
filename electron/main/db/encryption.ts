import fs from 'node:fs';
import type Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';

/**
 * Encryption at rest. Plain stores keep using better-sqlite3 (the house driver);
 * only an encrypted store is opened with better-sqlite3-multiple-ciphers, in its
 * SQLCipher 4 compatible scheme so other SQLCipher tools can open the file.
 * The passphrase lives only in memory: nothing here writes or logs it.
 */

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Is the file an encrypted store? SQLCipher begins a file with a random 16-byte
 * salt where SQLite writes its header, and the file is whole pages. A file of one
 * repeated byte, or of text, is damage, not encryption, so the salt must also look
 * random (16 random bytes are all printable about once in ten million files).
 */
export function isEncryptedFile(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 16 || header.equals(SQLITE_HEADER) || fs.statSync(file).size % 512 !== 0) return false;
  const printable = header.every((b) => b >= 0x20 && b < 0x7f);
  return !printable && new Set(header).size >= 8;
}

export interface CipherOptions {
  /** Path to the cipher driver's Electron build; Node (tests) uses the default build. */
  cipherBinding?: string;
  readonly?: boolean;
}

const keyBytes = (passphrase: string) => Buffer.from(passphrase, 'utf8');

/** Chooses SQLCipher 4 compatibility for every key/rekey on this connection. */
function useSqlCipher(db: Database.Database) {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/**
 * Opens a file with the cipher driver; with a passphrase it is keyed (the key is
 * only checked on first read, so callers read something straight away).
 */
export function openWithCipher(file: string, passphrase: string | null, options: CipherOptions = {}): Database.Database {
  // The two drivers share one API; the cipher one only adds key()/rekey().
  const db = new CipherDatabase(file, {
    fileMustExist: true,
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.cipherBinding ? { nativeBinding: options.cipherBinding } : {}),
  }) as unknown as Database.Database & { key: (b: Buffer) => number; rekey: (b: Buffer) => number };
  try {
    useSqlCipher(db);
    if (passphrase !== null) db.key(keyBytes(passphrase));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** True when SQLite says the key does not fit (or the file is not a database at all). */
export function isWrongKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_NOTADB';
}

/** Can this passphrase open this file? Never throws. */
export function passphraseOpens(file: string, passphrase: string, options: CipherOptions = {}): boolean {
  let db: Database.Database | null = null;
  try {
    // Not read-only: a read-only reader of a WAL file would leave its -wal/-shm files behind.
    db = openWithCipher(file, passphrase, options);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Re-encrypts a closed database file in place: plain → encrypted (`from` null),
 * encrypted → other passphrase, or encrypted → plain (`to` null). The rekey runs
 * in one rollback-journal transaction, so a crash leaves the old file intact;
 * WAL mode is left first because rekey cannot run in it (this also folds any WAL
 * into the file).
 */
export function rekeyFile(file: string, from: string | null, to: string | null, options: CipherOptions = {}): void {
  const db = openWithCipher(file, from, options) as Database.Database & { rekey: (b: Buffer) => number };
  try {
    db.pragma('journal_mode = DELETE');
    db.rekey(to === null ? Buffer.alloc(0) : keyBytes(to));
  } finally {
    db.close();
  }
}

/** How many members a backup holds, reading an encrypted one with the passphrase; null when unreadable. */
export function countMembersEncrypted(file: string, passphrase: string | null, options: CipherOptions = {}): number | null {
  if (passphrase === null) return null;
  let db: Database.Database | null = null;
  try {
    db = openWithCipher(file, passphrase, options);
    return (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
