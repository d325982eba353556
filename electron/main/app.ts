import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createRollingBackup } from './backup';
import type { AppContext, Clock } from './context';
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
}

export interface WorkbenchApp {
  ctx: AppContext;
  dispatch: Dispatch;
  /** Subscribe to `<domain>:changed` pushes; returns an unsubscribe function. */
  subscribe: (listener: (event: string) => void) => () => void;
  backup: () => ReturnType<typeof createRollingBackup>;
  close: () => void;
}

/** Composes store, domains and dispatcher: shared by the Electron main process and the web bridge. */
export function createWorkbench(options: AppOptions): WorkbenchApp {
  const databaseFile = options.db ? ':memory:' : path.join(options.dataDir, DATABASE_FILE_NAME);
  if (!options.db) fs.mkdirSync(options.dataDir, { recursive: true });
  const db = options.db ?? openDatabase(databaseFile, { nativeBinding: options.nativeBinding });
  const listeners = new Set<(event: string) => void>();
  const ctx: AppContext = {
    db,
    clock: options.clock ?? (() => new Date()),
    dataDir: options.dataDir,
    databaseFile,
    transport: options.transport,
    version: APP_VERSION,
    emit: (event) => listeners.forEach((l) => l(event)),
  };
  const table = buildHandlerTable(domainModules(ctx));
  return {
    ctx,
    dispatch: createDispatcher(ctx, table, { log: options.log }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backup: () => createRollingBackup(db, options.dataDir, ctx.clock()),
    close: () => {
      listeners.clear();
      if (db.open) db.close();
    },
  };
}
