import fs from 'node:fs';
import path from 'node:path';
import { backupDirOf, listBackups } from './backup';
import { deriveKey, isEncryptedFile, rekeyedCopy, saltOf, type CipherKey } from './db/encryption';

/** The passphrase and the key derived from it: held in memory only while the app runs, never written or logged. */
export interface Secret {
  passphrase: string;
  key: { raw: Buffer; salt: Buffer };
}

/**
 * The keys that open this workbench's files. Keys for backups whose salt is not
 * the store's (e.g. after an interrupted passphrase change) are derived off the
 * main thread once, so listing backups never runs the slow derivation there.
 */
export function createKeyRing(dataDir: string) {
  const derived = new Map<string, { raw: Buffer; salt: Buffer }>();
  const cacheKey = (passphrase: string, salt: Buffer) => `${salt.toString('hex')}:${passphrase}`;
  const encryptedBackups = () =>
    listBackups(dataDir, () => null)
      .map(({ fileName }) => path.join(backupDirOf(dataDir), fileName))
      .filter(isEncryptedFile);
  return {
    /** A derived key when one is known for the file's salt, else the passphrase (the driver then derives it). */
    keyFor(file: string, from: Secret | null): CipherKey | null {
      if (from === null) return null;
      const salt = saltOf(file);
      if (salt.equals(from.key.salt)) return from.key;
      return derived.get(cacheKey(from.passphrase, salt)) ?? from.passphrase;
    },
    async deriveBackupKeys(from: Secret): Promise<void> {
      for (const file of encryptedBackups()) {
        const salt = saltOf(file);
        if (!salt.equals(from.key.salt) && !derived.has(cacheKey(from.passphrase, salt))) {
          derived.set(cacheKey(from.passphrase, salt), await deriveKey(from.passphrase, salt));
        }
      }
    },
    clear: () => derived.clear(),
  };
}

interface RekeyOptions {
  cipherBinding?: string;
  log: (error: unknown) => void;
}

/** Re-keys one backup beside itself and renames it over; `dropOnFailure` removes a plain copy that cannot be encrypted. */
export function rekeyBackupBeside(file: string, from: CipherKey | null, to: CipherKey | null, dropOnFailure: boolean, options: RekeyOptions): void {
  const staged = `${file}.rekeying`;
  try {
    rekeyedCopy(file, staged, from, to, { cipherBinding: options.cipherBinding });
    fs.renameSync(staged, file);
  } catch (error) {
    options.log(error);
    if (dropOnFailure) fs.rmSync(file, { force: true });
  }
}

/** Copies a killed backup, restore or re-key leaves (`.partial`, `.restoring`, `.rekeying`, their journals). */
const STALE_COPY = /\.(partial|restoring|rekeying)(-wal|-shm|-journal)?$/;

/**
 * In an encrypted workbench no plain copy may stay: each plain backup is encrypted, or removed when it cannot be,
 * and a plain copy a kill left half-written is removed (callers hold the write queue, so none is in progress).
 */
export function encryptPlainBackupsIn(dataDir: string, key: CipherKey, options: RekeyOptions): void {
  for (const { fileName } of listBackups(dataDir, () => null)) {
    const file = path.join(backupDirOf(dataDir), fileName);
    if (!isEncryptedFile(file)) rekeyBackupBeside(file, null, key, true, options);
  }
  const dirs = [backupDirOf(dataDir), dataDir].filter((d) => fs.existsSync(d));
  for (const file of dirs.flatMap((d) => fs.readdirSync(d).filter((f) => STALE_COPY.test(f)).map((f) => path.join(d, f)))) {
    if (fs.statSync(file).isFile() && !isEncryptedFile(file)) fs.rmSync(file, { force: true });
  }
}
