import type Database from 'better-sqlite3';
import type { AppStatus, BackupInfo, StartupNotice } from '../../shared/domains/system';
import { localIsoDate } from '../../shared/dates';
import type { EncryptionControls } from './domains/system/encryption-controls';

/** Injected so tests (and e2e, via --clock) see a fixed "now". */
export type Clock = () => Date;

export interface AppContext {
  db: Database.Database;
  clock: Clock;
  dataDir: string;
  databaseFile: string;
  transport: 'electron' | 'web';
  version: string;
  /** Push an event (`<domain>:changed`) to every open view. */
  emit: (event: string) => void;
  /** An OS notification (desktop app only; the browser shows a toast instead). */
  notify?: (title: string, body: string) => void;
  /** Whole-store operations the system domain exposes (backup, restore, start-up notices, encryption). */
  lifecycle: {
    backupNow: () => Promise<BackupInfo>;
    restore: (fileName: string) => Promise<AppStatus>;
    notice: () => StartupNotice | null;
    dismissNotice: () => void;
    encryption: EncryptionControls;
  };
}

export type { StartupNotice };

export const todayOf = (ctx: Pick<AppContext, 'clock'>): string => localIsoDate(ctx.clock());
export const nowIso = (ctx: Pick<AppContext, 'clock'>): string => ctx.clock().toISOString();

export const fixedClock =
  (iso: string): Clock =>
  () =>
    new Date(iso);
