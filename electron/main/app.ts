import fs from 'node:fs';
import path from 'node:path';
import DatabaseDriver from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { localIsoDate } from '../../shared/dates';
import type { AppStatus, BackupInfo } from '../../shared/domains/system';
import { AppError } from '../../shared/result';
import { backupDirOf, BACKUPS_TO_KEEP, createRollingBackup, listBackups } from './backup';
import type { AppContext, Clock, StartupNotice } from './context';
import { DATABASE_FILE_NAME, ensurePrivateDir, fsyncDir, withSidecars } from './data-dir';
import { cipherBindingBeside } from './desktop/native-binding';
import {
  countMembersEncrypted,
  deriveKey,
  isEncryptedFile,
  isWrongKeyError,
  newSalt,
  openWithCipher,
  passphraseOpens,
  rekeyedCopy,
  saltOf,
  type CipherKey,
} from './db/encryption';
import { LATEST_SCHEMA_VERSION } from './db/migrate';
import { openDatabase } from './db/open';
import { stageVerifiedCopy } from './db/stage';
import { createWriteQueue } from './db/write-queue';
import { domainModules } from './domains';
import { resumeErasures } from './domains/privacy/erasure-files';
import { createPrivacyRepo } from './domains/privacy/repo';
import { createLockedDispatch } from './domains/system/locked';
import { countMembersInFile } from './domains/system/repo';
import { createUnlockGuard } from './domains/system/unlock-guard';
import { toErrorData } from './ipc/errors';
import { buildHandlerTable, createDispatcher, isCommandChannel, queueCommands, type Dispatch } from './ipc/registry';
import { clearNotice } from './recovery-notice';
import { createKeyRing, encryptPlainBackupsIn, rekeyBackupBeside, type Secret } from './store-keys';

export const APP_VERSION = '0.1.0';

export interface AppOptions {
  dataDir: string;
  transport: AppContext['transport'];
  clock?: Clock;
  nativeBinding?: string;
  /** The cipher driver's Electron build; defaults to the one beside `nativeBinding`. */
  cipherBinding?: string;
  /** Use an existing connection (tests pass a `:memory:` database). */
  db?: Database.Database;
  log?: (error: unknown) => void;
  /** Check results against the contract (tests and development; see DispatchOptions). Default: on. */
  checkOutputs?: boolean;
  /** Something the manager must be told on arrival (e.g. a damaged database was moved aside). */
  notice?: StartupNotice | null;
  /** Shows an OS notification (Electron passes one; the web bridge does not). */
  notify?: (title: string, body: string) => void;
  /** A monotonic millisecond counter for the unlock slow-down (tests inject one). */
  ticks?: () => number;
}

export interface WorkbenchApp {
  readonly ctx: AppContext;
  dispatch: Dispatch;
  /** Subscribe to `<domain>:changed` pushes; returns an unsubscribe function. */
  subscribe: (listener: (event: string) => void) => () => void;
  /** Takes a backup through the write queue. */
  backup: () => Promise<BackupInfo>;
  /** Runs a whole-store task (start-up repairs) on the write queue, one at a time with every command. */
  runExclusive: <T>(task: () => T | Promise<T>) => Promise<T>;
  /** Encrypted and waiting for its passphrase. */
  isLocked: () => boolean;
  /**
   * Something found after start that the manager must be told (the check after opening found damage): shown as the
   * start-up notice. Damage also holds writes: every command but restoring a backup and dismissing the notice is
   * refused until a backup is restored or the workbench restarts.
   */
  report: (notice: StartupNotice) => void;
  close: () => void;
}

/** What may still change a store found damaged after it opened: the way out, and putting the notice away. */
const COMMANDS_WHILE_DAMAGED = new Set(['system:restoreBackup', 'system:dismissNotice']);
const WRITES_HELD_MESSAGE =
  'Nothing can be saved now: a check found the database file damaged after it opened, and saving more to it could lose that too. ' +
  'Restore the newest good backup (Settings → Backups), or restart the workbench, which keeps the damaged file aside.';

/** Composes store, domains and dispatcher: shared by the Electron main process and the web bridge. */
export function createWorkbench(options: AppOptions): WorkbenchApp {
  const inMemory = Boolean(options.db);
  const databaseFile = inMemory ? ':memory:' : path.join(options.dataDir, DATABASE_FILE_NAME);
  if (!inMemory) ensurePrivateDir(options.dataDir);
  const listeners = new Set<(event: string) => void>();
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? console.error;
  let notice: StartupNotice | null = options.notice ?? null;
  const queue = createWriteQueue();
  const guard = createUnlockGuard(options.ticks ?? (() => performance.now()));

  const setNotice = (next: null) => {
    notice = next;
    if (!inMemory) clearNotice(options.dataDir);
  };

  const build = (db: Database.Database) => {
    const ctx: AppContext = {
      db,
      clock,
      dataDir: options.dataDir,
      databaseFile,
      transport: options.transport,
      version: APP_VERSION,
      emit: (event) => listeners.forEach((l) => l(event)),
      notify: options.notify,
      lifecycle: { backupNow, restore, notice: () => notice, dismissNotice: () => setNotice(null), encryption: encryptionControls },
    };
    return { ctx, dispatch: createDispatcher(ctx, buildHandlerTable(domainModules(ctx)), { log: options.log, checkOutputs: options.checkOutputs }) };
  };

  let secret: Secret | null = null;
  let locked = !inMemory && isEncryptedFile(databaseFile);
  const cipherBinding = options.cipherBinding ?? (options.nativeBinding ? cipherBindingBeside(options.nativeBinding) : undefined);
  const open = () => openDatabase(databaseFile, { nativeBinding: options.nativeBinding, passphrase: secret?.key ?? null, cipherBinding });
  const emitAll = (event = 'system:changed') => listeners.forEach((l) => l(event));

  const lockedStatus = (): AppStatus => ({
    version: APP_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    dataDir: options.dataDir,
    databaseFile,
    memberCount: 0,
    needsOnboarding: false,
    today: localIsoDate(clock()),
    transport: options.transport,
    notice,
    encrypted: true,
    locked: true,
  });

  /** While locked, a throwaway in-memory store stands in so the context stays whole; nothing reaches it. */
  const lockedState = () => ({
    ctx: build(openDatabase(':memory:')).ctx,
    dispatch: createLockedDispatch({
      status: lockedStatus,
      unlock,
      // The way out when the "encrypted" store is really a damaged plain file: list the backups (plain ones
      // can be read without a key) and restore a plain one.
      listBackups: () => listBackups(options.dataDir, (file) => (isEncryptedFile(file) ? null : countMembersInFile(file, options.nativeBinding))),
      restore: (fileName) => restore(fileName),
      log: options.log,
    }),
  });

  const wrong = (field: string) => AppError.rule('VALIDATION', field, 'is not correct');
  const encryptionControls = {
    encrypted: () => secret !== null,
    memberCountOf,
    encrypt: (next: string) => {
      if (secret !== null) return Promise.reject(new AppError('CONFLICT', 'The workbench is already encrypted.', 'passphrase'));
      return rekeyStore(next);
    },
    changePassphrase: (current: string, next: string) =>
      secret === null || current !== secret.passphrase ? Promise.reject(wrong('current')) : rekeyStore(next),
    decrypt: (given: string) => (secret === null || given !== secret.passphrase ? Promise.reject(wrong('passphrase')) : rekeyStore(null)),
  };

  let state = options.db ? build(options.db) : locked ? lockedState() : build(open());
  // Damage found by the check after opening: nothing more is written to the damaged file (writes would be lost
  // with it, or spread the damage) until a backup is restored or the workbench restarts. Reading still works.
  let writesHeld = false;
  const holdingWrites: Dispatch = (channel, input) =>
    isCommandChannel(channel) && !COMMANDS_WHILE_DAMAGED.has(channel)
      ? Promise.resolve({ ok: false, error: toErrorData(new AppError('FORBIDDEN', WRITES_HELD_MESSAGE)) })
      : state.dispatch(channel, input);
  const dispatch = queueCommands(queue, () => (writesHeld ? holdingWrites : state.dispatch));

  const keys = createKeyRing(options.dataDir);
  const keyFor = (file: string, from: Secret | null = secret): CipherKey | null => keys.keyFor(file, from);
  const deriveBackupKeys = (from: Secret) => keys.deriveBackupKeys(from);

  /** Backs up the live store; callers are already on the write queue. */
  function backupNow(): Promise<BackupInfo> {
    if (inMemory) return Promise.reject(new AppError('UNSUPPORTED', 'An in-memory workbench has no backups.'));
    if (locked) return Promise.reject(new AppError('FORBIDDEN', 'The workbench is locked: unlock it before taking a backup.'));
    // While a damaged store's notice stands, the good backup it offers is never rotated away.
    const protect = notice?.newestBackup ? [notice.newestBackup.fileName] : [];
    return createRollingBackup(
      state.ctx.db,
      options.dataDir,
      clock(),
      BACKUPS_TO_KEEP,
      secret === null ? null : { file: databaseFile, countMembers: memberCountOf },
      protect,
      (file) =>
        secret === null
          ? new DatabaseDriver(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
          : openWithCipher(file, secret.key, { cipherBinding }),
    );
  }

  /**
   * Closes the live store, puts `staged` in its place with one rename and
   * reopens. Synchronous from close to reopen, so no request can see the store
   * closed; commands wait on the write queue meanwhile.
   */
  function swapIn(staged: string, prepare: () => void = () => undefined, afterRename: () => void = () => undefined) {
    state.ctx.db.close();
    try {
      prepare();
      // A clean close folds the WAL into the file; a stale one must never be replayed onto another file.
      for (const f of withSidecars(databaseFile).slice(1)) fs.rmSync(f, { force: true });
      fs.renameSync(staged, databaseFile);
      afterRename();
      fsyncDir(options.dataDir);
    } finally {
      state = build(open());
    }
  }

  /**
   * Replaces the live database with a backup: a checked copy is built beside the
   * store (integrity, schema version, migration, same key), the current data is
   * backed up (so a restore can be undone), and the copy is renamed into place.
   * Any failure leaves the live store untouched and open.
   */
  async function restore(fileName: string): Promise<AppStatus> {
    if (inMemory) throw new AppError('UNSUPPORTED', 'An in-memory workbench cannot be restored.');
    const source = path.join(backupDirOf(options.dataDir), path.basename(fileName));
    if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', `There is no backup called ${fileName}.`, 'fileName');
    if (locked) return restoreWhileLocked(source, fileName);
    // An erasure still waiting to remove the old copies: any older backup may hold the erased person, and
    // restoring it would bring them back. Refuse rather than guess which copies are safe; the erasure is
    // finished at the next start (or when it is retried), which removes those backups.
    if (createPrivacyRepo(state.ctx.db).pendingErasures().length > 0) {
      throw new AppError(
        'CONFLICT',
        'A backup cannot be restored yet: an erasure is still waiting to remove older copies of a person who was erased, and restoring one could bring them back. ' +
          'Restart the workbench to finish the erasure (it removes the backups that may hold them), then choose a backup.',
        'fileName',
      );
    }
    const sourceKey = isEncryptedFile(source) ? keyFor(source) : null;
    if (isEncryptedFile(source) && (sourceKey === null || !passphraseOpens(source, sourceKey, { cipherBinding }))) {
      throw new AppError('VALIDATION', 'That backup is encrypted with a passphrase this workbench does not use now.', 'fileName');
    }
    const staged = `${databaseFile}.restoring`;
    stageVerifiedCopy(source, staged, path.basename(fileName), {
      sourceKey,
      storeKey: secret?.key ?? null,
      nativeBinding: options.nativeBinding,
      cipherBinding,
    });
    try {
      await backupNow();
      await dispatch.readsSettled();
      swapIn(staged);
    } finally {
      fs.rmSync(staged, { force: true });
    }
    writesHeld = false;
    setNotice(null);
    emitAll();
    return statusNow();
  }

  /**
   * The store looks encrypted but may be a damaged plain file (random bytes where its header was): a plain
   * backup can be restored without the passphrase. The locked file is moved aside, never deleted, so if it
   * was the real encrypted workbench after all it can still be put back. An encrypted backup needs the
   * passphrase, so it is refused until the workbench is unlocked.
   */
  async function restoreWhileLocked(source: string, fileName: string): Promise<AppStatus> {
    if (isEncryptedFile(source)) {
      throw new AppError('VALIDATION', 'That backup is encrypted: unlock the workbench with its passphrase to restore it.', 'fileName');
    }
    const staged = `${databaseFile}.restoring`;
    stageVerifiedCopy(source, staged, path.basename(fileName), { sourceKey: null, storeKey: null, nativeBinding: options.nativeBinding, cipherBinding });
    const aside = `${databaseFile}.damaged-${clock().toISOString().replace(/[:.]/g, '-')}`;
    try {
      swapIn(
        staged,
        () => {
          for (const f of withSidecars(databaseFile)) if (fs.existsSync(f)) fs.renameSync(f, f.replace(databaseFile, aside));
        },
        () => {
          locked = false;
          secret = null;
        },
      );
    } finally {
      fs.rmSync(staged, { force: true });
    }
    setNotice(null);
    emitAll();
    return statusNow();
  }

  async function statusNow(): Promise<AppStatus> {
    const status = await state.dispatch('system:status', {});
    if (!status.ok) throw new AppError(status.error.code, status.error.message);
    return status.value as AppStatus;
  }

  function memberCountOf(file: string): number | null {
    return isEncryptedFile(file) ? countMembersEncrypted(file, keyFor(file), { cipherBinding }) : countMembersInFile(file, options.nativeBinding);
  }

  /** The key is derived on Node's thread pool, so a wrong (or right) passphrase never blocks the main thread. */
  async function unlock(given: string): Promise<AppStatus> {
    if (!locked) return statusNow();
    guard.check();
    const key = await deriveKey(given, saltOf(databaseFile));
    let db: Database.Database;
    try {
      db = openDatabase(databaseFile, { passphrase: key, cipherBinding });
    } catch (error) {
      if (isWrongKeyError(error)) {
        guard.failed();
        throw wrong('passphrase');
      }
      throw error;
    }
    guard.succeeded();
    secret = { passphrase: given, key };
    locked = false;
    state = build(db);
    emitAll();
    await deriveBackupKeys(secret);
    // Finish an encryption that was interrupted before every backup was converted.
    encryptPlainBackups();
    // An erasure interrupted before the last close is finished first (it could not run while locked).
    await resumeErasures(state.ctx).catch((error: unknown) => log(error));
    // The start-up backup had to wait for the passphrase.
    await backupNow().catch((error: unknown) => log(error));
    return statusNow();
  }

  const rekeyBackup = (file: string, from: CipherKey | null, to: CipherKey | null, dropOnFailure: boolean) =>
    rekeyBackupBeside(file, from, to, dropOnFailure, { cipherBinding, log });
  /** In an encrypted workbench no plain copy may stay: each is encrypted, or removed when it cannot be. */
  const encryptPlainBackups = () => {
    if (secret !== null) encryptPlainBackupsIn(options.dataDir, secret.key, { cipherBinding, log });
  };

  /**
   * Encrypts, re-keys or decrypts the store (after a backup): the new file is
   * built beside the old one and renamed over it, so a kill at any moment leaves
   * either the old file or the new one, never a half-converted one. Then every
   * backup the old key opens is converted the same way.
   */
  async function rekeyStore(to: string | null): Promise<AppStatus> {
    if (inMemory) throw new AppError('UNSUPPORTED', 'An in-memory workbench cannot be encrypted.');
    const next: Secret | null = to === null ? null : { passphrase: to, key: await deriveKey(to, newSalt()) };
    await backupNow();
    const old = secret;
    if (old !== null) await deriveBackupKeys(old);
    const staged = `${databaseFile}.rekeying`;
    await dispatch.readsSettled();
    try {
      swapIn(
        staged,
        () => rekeyedCopy(databaseFile, staged, old?.key ?? null, next?.key ?? null, { cipherBinding }),
        () => (secret = next),
      );
    } finally {
      fs.rmSync(staged, { force: true });
    }
    for (const { fileName } of listBackups(options.dataDir, () => null)) {
      const file = path.join(backupDirOf(options.dataDir), fileName);
      const encrypted = isEncryptedFile(file);
      if (old === null) {
        if (!encrypted && next !== null) rekeyBackup(file, null, next.key, true);
        continue;
      }
      const from = encrypted ? keyFor(file, old) : null;
      if (from !== null && passphraseOpens(file, from, { cipherBinding })) rekeyBackup(file, from, next?.key ?? null, false);
    }
    // A plain copy an earlier kill left (a half-written backup, an interrupted restore) must not outlive the encryption.
    encryptPlainBackups();
    return statusNow();
  }

  return {
    get ctx() {
      return state.ctx;
    },
    dispatch,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backup: () => queue.run(backupNow),
    runExclusive: (task) => queue.run(task),
    isLocked: () => locked,
    report: (next) => {
      if (next.kind === 'damaged-database') writesHeld = true;
      notice = next;
      emitAll();
    },
    close: () => {
      listeners.clear();
      secret = null;
      keys.clear();
      if (state.ctx.db.open) state.ctx.db.close();
    },
  };
}
