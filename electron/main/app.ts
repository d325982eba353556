import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { localIsoDate } from '../../shared/dates';
import type { AppStatus, BackupInfo } from '../../shared/domains/system';
import { AppError } from '../../shared/result';
import { backupDirOf, createRollingBackup, listBackups } from './backup';
import type { AppContext, Clock, StartupNotice } from './context';
import { DATABASE_FILE_NAME } from './data-dir';
import { cipherBindingBeside } from './desktop/native-binding';
import { countMembersEncrypted, isEncryptedFile, isWrongKeyError, passphraseOpens, rekeyFile } from './db/encryption';
import { LATEST_SCHEMA_VERSION } from './db/migrate';
import { openDatabase } from './db/open';
import { domainModules } from './domains';
import { createLockedDispatch } from './domains/system/locked';
import { countMembersInFile } from './domains/system/repo';
import { buildHandlerTable, createDispatcher, type Dispatch } from './ipc/registry';

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
}

export interface WorkbenchApp {
  readonly ctx: AppContext;
  dispatch: Dispatch;
  /** Subscribe to `<domain>:changed` pushes; returns an unsubscribe function. */
  subscribe: (listener: (event: string) => void) => () => void;
  backup: () => Promise<BackupInfo>;
  /** Encrypted and waiting for its passphrase. */
  isLocked: () => boolean;
  close: () => void;
}

/** Composes store, domains and dispatcher: shared by the Electron main process and the web bridge. */
export function createWorkbench(options: AppOptions): WorkbenchApp {
  const inMemory = Boolean(options.db);
  const databaseFile = inMemory ? ':memory:' : path.join(options.dataDir, DATABASE_FILE_NAME);
  if (!inMemory) fs.mkdirSync(options.dataDir, { recursive: true });
  const listeners = new Set<(event: string) => void>();
  const clock = options.clock ?? (() => new Date());
  let notice: StartupNotice | null = options.notice ?? null;

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
      lifecycle: { backupNow, restore, notice: () => notice, dismissNotice: () => (notice = null), encryption: encryptionControls },
    };
    return { ctx, dispatch: createDispatcher(ctx, buildHandlerTable(domainModules(ctx)), { log: options.log, checkOutputs: options.checkOutputs }) };
  };

  // Held in memory only while the app runs: never written, never logged.
  let passphrase: string | null = null;
  let locked = !inMemory && isEncryptedFile(databaseFile);
  const cipherBinding = options.cipherBinding ?? (options.nativeBinding ? cipherBindingBeside(options.nativeBinding) : undefined);
  const open = () => openDatabase(databaseFile, { nativeBinding: options.nativeBinding, passphrase, cipherBinding });
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
    dispatch: createLockedDispatch({ status: lockedStatus, unlock, log: options.log }),
  });

  const wrong = (field: string) => new AppError('VALIDATION', `${field} is not correct`, field);
  const encryptionControls = {
    encrypted: () => passphrase !== null,
    memberCountOf,
    encrypt: (next: string) => {
      if (passphrase !== null) return Promise.reject(new AppError('CONFLICT', 'The workbench is already encrypted.', 'passphrase'));
      return rekeyStore(null, next);
    },
    changePassphrase: (current: string, next: string) =>
      passphrase === null || current !== passphrase ? Promise.reject(wrong('current')) : rekeyStore(passphrase, next),
    decrypt: (given: string) => (passphrase === null || given !== passphrase ? Promise.reject(wrong('passphrase')) : rekeyStore(passphrase, null)),
  };

  let state = options.db ? build(options.db) : locked ? lockedState() : build(open());

  // Backups run one at a time, so two never race for the same file name.
  let backupQueue: Promise<unknown> = Promise.resolve();
  function backupNow(): Promise<BackupInfo> {
    if (inMemory) return Promise.reject(new AppError('UNSUPPORTED', 'An in-memory workbench has no backups.'));
    if (locked) return Promise.reject(new AppError('FORBIDDEN', 'The workbench is locked: unlock it before taking a backup.'));
    const next = backupQueue
      .catch(() => undefined)
      .then(() =>
        createRollingBackup(state.ctx.db, options.dataDir, clock(), undefined, passphrase === null ? null : { file: databaseFile, countMembers: memberCountOf }),
      );
    backupQueue = next;
    return next;
  }

  /**
   * Replaces the live database with a backup. The current data is backed up
   * first, so a restore can itself be undone by restoring that copy.
   */
  async function restore(fileName: string): Promise<AppStatus> {
    if (inMemory) throw new AppError('UNSUPPORTED', 'An in-memory workbench cannot be restored.');
    const source = path.join(backupDirOf(options.dataDir), path.basename(fileName));
    if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', `There is no backup called ${fileName}.`, 'fileName');
    const sourceEncrypted = isEncryptedFile(source);
    if (sourceEncrypted && (passphrase === null || !passphraseOpens(source, passphrase, { cipherBinding }))) {
      throw new AppError('VALIDATION', 'fileName is encrypted with a passphrase this workbench does not use now', 'fileName');
    }
    if (!sourceEncrypted) openDatabase(source, { nativeBinding: options.nativeBinding, readonly: true }).close();
    await backupNow();
    state.ctx.db.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
    fs.copyFileSync(source, databaseFile);
    // A plain backup restored into an encrypted workbench is encrypted before anything reads it.
    if (passphrase !== null && !sourceEncrypted) rekeyFile(databaseFile, null, passphrase, { cipherBinding });
    state = build(open());
    notice = null;
    emitAll();
    return statusNow();
  }

  async function statusNow(): Promise<AppStatus> {
    const status = await state.dispatch('system:status', {});
    if (!status.ok) throw new AppError(status.error.code, status.error.message);
    return status.value as AppStatus;
  }

  function memberCountOf(file: string): number | null {
    return isEncryptedFile(file) ? countMembersEncrypted(file, passphrase, { cipherBinding }) : countMembersInFile(file);
  }

  async function unlock(given: string): Promise<AppStatus> {
    if (!locked) return statusNow();
    let db: Database.Database;
    try {
      db = openDatabase(databaseFile, { passphrase: given, cipherBinding });
    } catch (error) {
      if (isWrongKeyError(error)) throw new AppError('VALIDATION', 'passphrase is not correct', 'passphrase');
      throw error;
    }
    passphrase = given;
    locked = false;
    state = build(db);
    emitAll();
    // The start-up backup had to wait for the passphrase.
    await backupNow().catch((error: unknown) => (options.log ?? console.error)(error));
    return statusNow();
  }

  /**
   * Re-encrypts the store (after a backup), then every backup the old passphrase
   * opens: older copies hold the same data, and plain ones would defeat the point.
   */
  async function rekeyStore(from: string | null, to: string | null): Promise<AppStatus> {
    if (inMemory) throw new AppError('UNSUPPORTED', 'An in-memory workbench cannot be encrypted.');
    await backupNow();
    state.ctx.db.close();
    try {
      rekeyFile(databaseFile, from, to, { cipherBinding });
      passphrase = to;
    } finally {
      state = build(open());
    }
    for (const { fileName } of listBackups(options.dataDir, () => null)) {
      const file = path.join(backupDirOf(options.dataDir), fileName);
      const opens = from === null ? !isEncryptedFile(file) : isEncryptedFile(file) && passphraseOpens(file, from, { cipherBinding });
      if (!opens) continue;
      try {
        rekeyFile(file, from, to, { cipherBinding });
      } catch (error) {
        (options.log ?? console.error)(error);
      }
    }
    return statusNow();
  }

  return {
    get ctx() {
      return state.ctx;
    },
    dispatch: (channel, input) => state.dispatch(channel, input),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backup: backupNow,
    isLocked: () => locked,
    close: () => {
      listeners.clear();
      passphrase = null;
      if (state.ctx.db.open) state.ctx.db.close();
    },
  };
}
