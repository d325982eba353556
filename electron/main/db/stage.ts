import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/result';
import { fsyncFile, makePrivate, withSidecars } from '../data-dir';
import { openWithCipher, rekeyPrivateCopy, type CipherKey } from './encryption';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersionOf } from './migrate';

export interface StageOptions {
  /** The key that opens `source` when it is encrypted; null for a plain file. */
  sourceKey: CipherKey | null;
  /** The key the live store uses now; null when it is plain. The copy ends up keyed the same way. */
  storeKey: CipherKey | null;
  nativeBinding?: string;
  cipherBinding?: string;
}

const damaged = (fileName: string) =>
  new AppError('VALIDATION', `The backup ${fileName} is damaged and cannot be restored. Nothing has been changed: your current data is still open.`, 'fileName');

/**
 * Builds, beside the live store, a copy of a backup that is known good: it
 * passes `integrity_check`, is a workbench database from this app or an older
 * one (then migrated), and is keyed as the live store is. The live store is not
 * touched; the caller swaps the copy in with a rename. On any failure the copy is
 * removed and a typed error says what was wrong.
 */
export function stageVerifiedCopy(source: string, staged: string, fileName: string, options: StageOptions): void {
  const cleanUp = () => withSidecars(staged).forEach((f) => fs.rmSync(f, { force: true }));
  cleanUp();
  try {
    fs.copyFileSync(source, staged);
    makePrivate(staged);
    let db: Database.Database;
    try {
      db = options.sourceKey !== null
        ? openWithCipher(staged, options.sourceKey, { cipherBinding: options.cipherBinding })
        : new Database(staged, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    } catch {
      throw damaged(fileName);
    }
    try {
      let verdict: string;
      try {
        verdict = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
      } catch {
        throw damaged(fileName);
      }
      if (verdict !== 'ok') throw damaged(fileName);
      const version = schemaVersionOf(db);
      if (version > LATEST_SCHEMA_VERSION) {
        throw new AppError(
          'UNSUPPORTED',
          `The backup ${fileName} was saved by a newer version of Staff Development Workbench (schema ${version}; this app knows up to ${LATEST_SCHEMA_VERSION}). Nothing has been changed: your current data is still open. Update the app to restore it.`,
          'fileName',
        );
      }
      const hasMembers = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'members'`).get();
      if (version === 0 || !hasMembers) throw new AppError('VALIDATION', `${fileName} is not a workbench backup. Nothing has been changed.`, 'fileName');
      db.pragma('foreign_keys = ON');
      migrate(db);
      // One self-contained file to rename into place.
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    if (options.sourceKey !== null || options.storeKey !== null) rekeyPrivateCopy(staged, options.sourceKey, options.storeKey, { cipherBinding: options.cipherBinding });
    fsyncFile(staged);
  } catch (error) {
    cleanUp();
    throw error;
  }
}
