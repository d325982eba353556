import crypto from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import type Database from 'better-sqlite3';
import CipherDatabase from 'better-sqlite3-multiple-ciphers';

/**
 * Encryption at rest. Plain stores keep using better-sqlite3 (the house driver);
 * only an encrypted store is opened with better-sqlite3-multiple-ciphers, in its
 * SQLCipher 4 compatible scheme so other SQLCipher tools can open the file.
 * The passphrase lives only in memory: nothing here writes or logs it.
 *
 * The slow part of keying (PBKDF2-HMAC-SHA512, 256,000 rounds, as SQLCipher 4
 * does it) runs on Node's thread pool with `crypto.pbkdf2`, and the store is then
 * keyed with the raw key, so unlocking never blocks the main thread.
 */

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const SALT_BYTES = 16;
const KDF_ROUNDS = 256_000;
const pbkdf2 = promisify(crypto.pbkdf2);

function readHead(file: string, bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  const fd = fs.openSync(file, 'r');
  try {
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Does this block look like random bytes (as every encrypted page does)? Plain pages are mostly zeros, text or structure. */
function looksRandom(block: Buffer): boolean {
  const counts = new Uint32Array(256);
  for (const b of block) counts[b] = (counts[b] ?? 0) + 1;
  const distinct = counts.filter((n) => n > 0).length;
  // 1,024 random bytes show about 251 distinct values, none more than ~12 times.
  return distinct >= 200 && Math.max(...counts) <= 32;
}

/**
 * Is the file an encrypted store? SQLCipher writes a random salt where SQLite
 * writes its header and encrypts every page, so the file is whole pages of
 * noise. A plain file whose first bytes were damaged still carries SQLite's fixed
 * header bytes (offsets 21–23 are 64, 32, 32) and pages of mostly zeros and text;
 * a text file is not noise either. Such files are damage, not encryption.
 */
export function isEncryptedFile(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const size = fs.statSync(file).size;
  if (size < 1024 || size % 512 !== 0) return false;
  const head = readHead(file, 8192);
  if (head.subarray(0, 16).equals(SQLITE_HEADER)) return false;
  if (head[21] === 64 && head[22] === 32 && head[23] === 32) return false;
  for (let offset = 0; offset + 1024 <= head.length; offset += 1024) {
    if (!looksRandom(head.subarray(offset, offset + 1024))) return false;
  }
  return true;
}

/**
 * A key ready for the cipher driver: the passphrase (the driver derives the key
 * itself, on the calling thread) or a raw key derived beforehand off the main
 * thread, written as SQLCipher's `x'<key><salt>'` blob.
 */
export type CipherKey = string | { raw: Buffer; salt: Buffer };

/** The salt an encrypted file was keyed with (its first 16 bytes). */
export const saltOf = (file: string): Buffer => readHead(file, SALT_BYTES);
export const newSalt = (): Buffer => crypto.randomBytes(SALT_BYTES);

/** Derives the raw key on Node's thread pool (never the main thread). */
export async function deriveKey(passphrase: string, salt: Buffer): Promise<{ raw: Buffer; salt: Buffer }> {
  return { raw: await pbkdf2(Buffer.from(passphrase, 'utf8'), salt, KDF_ROUNDS, 32, 'sha512'), salt };
}

const keyBytes = (key: CipherKey): Buffer =>
  typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(`x'${key.raw.toString('hex')}${key.salt.toString('hex')}'`, 'latin1');

export interface CipherOptions {
  /** Path to the cipher driver's Electron build; Node (tests) uses the default build. */
  cipherBinding?: string;
  readonly?: boolean;
}

/** Chooses SQLCipher 4 compatibility for every key/rekey on this connection. */
function useSqlCipher(db: Database.Database) {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

type CipherConnection = Database.Database & { key: (b: Buffer) => number; rekey: (b: Buffer) => number };

/**
 * Opens a file with the cipher driver; with a key it is keyed (the key is only
 * checked on first read, so callers read something straight away).
 */
export function openWithCipher(file: string, key: CipherKey | null, options: CipherOptions = {}): CipherConnection {
  // The two drivers share one API; the cipher one only adds key()/rekey().
  const db = new CipherDatabase(file, {
    fileMustExist: true,
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.cipherBinding ? { nativeBinding: options.cipherBinding } : {}),
  }) as unknown as CipherConnection;
  try {
    useSqlCipher(db);
    if (key !== null) db.key(keyBytes(key));
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

/** Can this key open this file? Never throws. */
export function passphraseOpens(file: string, key: CipherKey, options: CipherOptions = {}): boolean {
  let db: Database.Database | null = null;
  try {
    // Not read-only: a read-only reader of a WAL file would leave its -wal/-shm files behind.
    db = openWithCipher(file, key, options);
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
 * encrypted → other key, or encrypted → plain (`to` null). Only ever called on a
 * private copy (see `rekeyedCopy`): a kill part-way must never touch a file the
 * manager relies on. WAL mode is left first because rekey cannot run in it.
 */
export function rekeyPrivateCopy(file: string, from: CipherKey | null, to: CipherKey | null, options: CipherOptions = {}): void {
  const db = openWithCipher(file, from, options);
  try {
    db.pragma('journal_mode = DELETE');
    db.rekey(to === null ? Buffer.alloc(0) : keyBytes(to));
  } finally {
    db.close();
  }
}

/**
 * Writes `target` as a re-keyed copy of the closed file `source`, flushed to
 * disk, leaving `source` untouched: the caller swaps it in with a rename. Any
 * failure removes the half-built copy.
 *
 * Whatever an earlier, killed attempt left at `target` goes first: above all its
 * journal, which is "hot" (a transaction that never finished), so SQLite would roll
 * its pages (the store as it was back then) into this fresh copy on the first read
 * and the newer data would be lost when the copy is renamed over the store.
 */
export function rekeyedCopy(source: string, target: string, from: CipherKey | null, to: CipherKey | null, options: CipherOptions = {}): void {
  const halfBuilt = [target, `${target}-journal`, `${target}-wal`, `${target}-shm`];
  try {
    for (const f of halfBuilt) fs.rmSync(f, { force: true });
    fs.copyFileSync(source, target);
    rekeyPrivateCopy(target, from, to, options);
    const fd = fs.openSync(target, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    for (const f of halfBuilt) fs.rmSync(f, { force: true });
    throw error;
  }
}

/** How many members a backup holds, reading an encrypted one with the key; null when unreadable. */
export function countMembersEncrypted(file: string, key: CipherKey | null, options: CipherOptions = {}): number | null {
  if (key === null) return null;
  let db: Database.Database | null = null;
  try {
    db = openWithCipher(file, key, options);
    return (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
