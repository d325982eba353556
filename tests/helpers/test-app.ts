import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createWorkbench, type WorkbenchApp } from '../../electron/main/app';
import { openDatabase } from '../../electron/main/db/open';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { AppErrorData } from '../../shared/result';

export const DEFAULT_NOW = '2026-11-23T10:00:00.000Z';

export interface TestApp {
  app: WorkbenchApp;
  db: Database.Database;
  dataDir: string;
  /** Calls a channel through the real dispatcher; throws if the result is an error. */
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  /** Calls a channel expecting a typed error, which it returns; throws if the call succeeded. */
  fail: (channel: string, input: unknown) => Promise<AppErrorData>;
  /** Moves the injected clock. */
  setNow: (iso: string) => void;
  /** A hash of every row of every table: equal before and after means nothing was written. */
  checksum: () => string;
  events: string[];
  close: () => void;
}

export function dbChecksum(db: Database.Database): string {
  const hash = crypto.createHash('sha256');
  const tables = db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all();
  for (const { name } of tables) {
    hash.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** A workbench over a `:memory:` database with a fixed clock, optionally with the sample team. */
/**
 * `checkOutputs: false` is the shipped configuration: results reach the caller exactly as the handler made
 * them (tests otherwise have the dispatcher check, and strip, every result against the contract).
 */
export async function createTestApp(
  options: { now?: string; sample?: boolean; checkOutputs?: boolean; notify?: (title: string, body: string) => void } = {},
): Promise<TestApp> {
  let now = options.now ?? DEFAULT_NOW;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-test-'));
  const db = openDatabase(':memory:');
  const app = createWorkbench({ dataDir, transport: 'web', clock: () => new Date(now), db, log: () => undefined, checkOutputs: options.checkOutputs, notify: options.notify });
  const events: string[] = [];
  app.subscribe((e) => events.push(e));
  const call: TestApp['call'] = async (channel, input) => {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  };
  const fail: TestApp['fail'] = async (channel, input) => {
    const result = await app.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} was expected to fail but returned ${JSON.stringify(result.value).slice(0, 200)}`);
    return result.error;
  };
  if (options.sample) await call('system:chooseStart', { mode: 'sample' });
  return {
    app,
    db,
    dataDir,
    call,
    fail,
    setNow: (iso) => {
      now = iso;
    },
    checksum: () => dbChecksum(db),
    events,
    close: () => {
      app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Looks a sample team member up by job title fragment (the sample team is deterministic). */
export async function sampleMember(t: TestApp, jobTitleIncludes: string) {
  const list = await t.call('team:list', { includeArchived: true });
  const found = list.find((m) => m.jobTitle.includes(jobTitleIncludes));
  if (!found) throw new Error(`No sample member with job title containing ${jobTitleIncludes}`);
  return found;
}
