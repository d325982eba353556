import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { AppStatus, BackupInfo } from '../../shared/domains/system';
import { AppError } from '../../shared/result';
import { backupDirOf, createRollingBackup } from './backup';
import type { AppContext, Clock, StartupNotice } from './context';
import { DATABASE_FILE_NAME } from './data-dir';
import { openDatabase } from './db/open';
import { domainModules } from './domains';
import { buildHandlerTable, createDispatcher, type Dispatch } from './ipc/registry';

export const APP_VERSION = '0.1.0';

export interface AppOptions {
  dataDir: string;
  transport: AppContext['transport'];
  clock?: Clock;
  nativeBinding?: string;
  /** Use an existing connection (tests pass a `:memory:` database). */
  db?: Database.Database;
  log?: (error: unknown) => void;
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
      lifecycle: { backupNow, restore, notice: () => notice, dismissNotice: () => (notice = null) },
    };
    return { ctx, dispatch: createDispatcher(ctx, buildHandlerTable(domainModules(ctx)), { log: options.log }) };
  };

  const open = () => openDatabase(databaseFile, { nativeBinding: options.nativeBinding });
  let state = build(options.db ?? open());

  // Backups run one at a time, so two never race for the same file name.
  let backupQueue: Promise<unknown> = Promise.resolve();
  function backupNow(): Promise<BackupInfo> {
    if (inMemory) return Promise.reject(new AppError('UNSUPPORTED', 'An in-memory workbench has no backups.'));
    const next = backupQueue.catch(() => undefined).then(() => createRollingBackup(state.ctx.db, options.dataDir, clock()));
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
    const probe = openDatabase(`${source}`, { nativeBinding: options.nativeBinding, readonly: true });
    probe.close();
    await backupNow();
    state.ctx.db.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
    fs.copyFileSync(source, databaseFile);
    state = build(open());
    notice = null;
    listeners.forEach((l) => l('system:changed'));
    const status = await state.dispatch('system:status', {});
    if (!status.ok) throw new AppError(status.error.code, status.error.message);
    return status.value as AppStatus;
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
    close: () => {
      listeners.clear();
      if (state.ctx.db.open) state.ctx.db.close();
    },
  };
}
