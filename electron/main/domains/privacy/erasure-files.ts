import fs from 'node:fs';
import path from 'node:path';
import { backupDirOf, listBackups } from '../../backup';
import { nowIso, type AppContext } from '../../context';
import { DATABASE_FILE_NAME } from '../../data-dir';
import { createPrivacyRepo } from './repo';
import { plural } from '../../../../shared/plural';

export interface ErasureFilesOutcome {
  /** How many recorded erasures were waiting for their files to be cleaned. */
  pending: number;
  complete: boolean;
  backupsDeleted: number;
  leftoversDeleted: number;
  /** Why the files could not all be removed, in words. */
  problem: string | null;
}

const NOTHING: ErasureFilesOutcome = { pending: 0, complete: true, backupsDeleted: 0, leftoversDeleted: 0, problem: null };

/** Interrupted copies (a backup being written, a store being restored or re-keyed) and journal files. */
const STRAY = /\.(partial|rekeying|restoring)(-wal|-shm|-journal)?$|-(wal|shm|journal)$/;

/**
 * Files that may still hold an erased person: interrupted backups (`.partial`), copies a
 * crash left while restoring or re-keying (`.restoring`, `.rekeying`), journal and WAL files
 * left beside old backups, and databases moved aside as damaged (`workbench.sqlite.damaged-*`).
 * None can be scrubbed reliably, so they are removed. Erasure runs in the one write queue, so
 * no restore, re-key or backup is in progress while this runs: any such file is stale.
 */
export function leftoverFiles(dataDir: string, keep: string | null = null): string[] {
  const backups = backupDirOf(dataDir);
  const kept = new Set(keep ? [keep, `${keep}-wal`, `${keep}-shm`, `${keep}-journal`] : []);
  const stray = fs.existsSync(backups)
    ? fs.readdirSync(backups).filter((f) => STRAY.test(f) && !kept.has(f)).map((f) => path.join(backups, f))
    : [];
  // workbench.sqlite-wal and -shm belong to the live store; `workbench.sqlite.<anything>` never does.
  const beside = fs.existsSync(dataDir)
    ? fs.readdirSync(dataDir).filter((f) => f.startsWith(`${DATABASE_FILE_NAME}.`)).map((f) => path.join(dataDir, f))
    : [];
  return [...stray, ...beside];
}

/**
 * Finishes every recorded erasure: compacts the database so no freed page keeps the
 * person, takes a fresh backup (which cannot hold them), then removes every other
 * backup and every leftover file. Safe to run again at any point: a crash part-way
 * leaves the erasure recorded, and the next start (or a retry) runs this again.
 */
export async function finishErasureFiles(ctx: AppContext, onStart: boolean, log: (e: unknown) => void = console.error): Promise<ErasureFilesOutcome> {
  const repo = createPrivacyRepo(ctx.db);
  const pending = repo.pendingErasures();
  if (pending.length === 0) return NOTHING;
  let backupsDeleted = 0;
  let leftoversDeleted = 0;
  try {
    repo.setSecureDelete();
    repo.compact();
    if (ctx.databaseFile !== ':memory:') {
      const removeLeftovers = (keep: string | null) => {
        for (const file of leftoverFiles(ctx.dataDir, keep)) {
          fs.rmSync(file, { force: true });
          leftoversDeleted += 1;
        }
      };
      // First, so the reply counts them: the backup below would clear interrupted backups itself.
      removeLeftovers(null);
      const fresh = await ctx.lifecycle.backupNow();
      const dir = backupDirOf(ctx.dataDir);
      for (const b of listBackups(ctx.dataDir, () => null)) {
        if (b.fileName === fresh.fileName) continue;
        fs.rmSync(path.join(dir, b.fileName), { force: true });
        backupsDeleted += 1;
      }
      removeLeftovers(fresh.fileName);
    }
    ctx.db.transaction(() => repo.finishErasures(pending.map((p) => p.id), nowIso(ctx), onStart, backupsDeleted + leftoversDeleted))();
    ctx.emit('privacy:changed');
    return { pending: pending.length, complete: true, backupsDeleted, leftoversDeleted, problem: null };
  } catch (error) {
    log(error);
    const reason = error instanceof Error && 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
    return {
      pending: pending.length,
      complete: false,
      backupsDeleted,
      leftoversDeleted,
      problem: `older backups or leftover files could not all be removed${reason}`,
    };
  }
}

/** At start-up: finish erasures a crash or a full disk interrupted, and say so in the log. */
export async function resumeErasures(ctx: AppContext, log: (message: string) => void = console.log): Promise<ErasureFilesOutcome> {
  const outcome = await finishErasureFiles(ctx, true, console.error);
  if (outcome.pending > 0) {
    log(
      outcome.complete
        ? `Finished ${plural(outcome.pending, 'interrupted erasure')}: ${plural(outcome.backupsDeleted, 'backup')} and ${plural(outcome.leftoversDeleted, 'leftover file')} removed.`
        : `An interrupted erasure could not be finished yet: ${outcome.problem}. It will be tried again.`,
    );
  }
  return outcome;
}
