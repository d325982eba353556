import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRollingBackup, listBackups } from '../../electron/main/backup';
import { defaultDataDir } from '../../electron/main/data-dir';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, schemaVersionOf } from '../../electron/main/db/migrate';
import { openDatabase } from '../../electron/main/db/open';
import { startWorkbench } from '../../electron/main/startup';

describe('the store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-store-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('opens with WAL, foreign keys and STRICT tables, at the latest schema version', () => {
    const db = openDatabase(path.join(dir, 'w.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare<[], { name: string; strict: number }>(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`).all();
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables) expect(`${t.name}:${t.strict}`).toBe(`${t.name}:1`);
    db.close();
  });

  it('numbers migrations 1..n with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
  });

  it('refuses a database written by a newer app, and leaves the file untouched', () => {
    const file = path.join(dir, 'future.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE precious (x TEXT) STRICT');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Staff Development Workbench/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('the start-up path reports a too-new database as a message, not a crash', () => {
    const file = path.join(dir, 'workbench.sqlite');
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const started = startWorkbench({ dataDir: dir, transport: 'web' });
    expect(started).toMatchObject({ ok: false });
    if (!started.ok) expect(started.message).toMatch(/Please update the app\. The file has not been changed\./);
  });

  it('keeps a rolling set of the newest 7 backups, each a complete copy', async () => {
    const db = openDatabase(path.join(dir, 'workbench.sqlite'));
    db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', 'kept')`).run();
    for (let day = 1; day <= 9; day += 1) await createRollingBackup(db, dir, new Date(Date.UTC(2026, 10, day, 9)));
    const backups = listBackups(dir);
    expect(backups).toHaveLength(7);
    expect(backups[0]?.createdAt).toBe('2026-11-09T09:00:00Z');
    expect(backups[6]?.createdAt).toBe('2026-11-03T09:00:00Z');
    const copy = new Database(path.join(dir, 'backups', backups[0]?.fileName ?? ''), { readonly: true });
    expect(copy.prepare(`SELECT value FROM settings WHERE key = 'probe'`).get()).toEqual({ value: 'kept' });
    copy.close();
    db.close();
  });

  it('a backup clears the half-written copies an interrupted backup left (they would pile up in a plain workbench)', async () => {
    const db = openDatabase(path.join(dir, 'workbench.sqlite'));
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    const leftovers = ['workbench-20261101T090000Z.sqlite.partial', 'workbench-20261101T090000Z.sqlite.partial-journal', 'workbench-20261102T090000Z-2.sqlite.partial'];
    for (const f of leftovers) fs.writeFileSync(path.join(backups, f), 'half a copy');
    fs.writeFileSync(path.join(backups, 'notes.txt'), 'not ours');
    await createRollingBackup(db, dir, new Date(Date.UTC(2026, 10, 12, 9)));
    const left = fs.readdirSync(backups);
    expect(left.filter((f) => f.includes('.partial'))).toEqual([]);
    expect(left).toContain('notes.txt');
    expect(listBackups(dir).map((b) => b.createdAt)).toContain('2026-11-12T09:00:00Z');
    db.close();
  });

  it('keeps data in WORKBENCH_DATA_DIR when set, else in the per-user app folder', () => {
    expect(defaultDataDir({ WORKBENCH_DATA_DIR: '/srv/wb' }, 'linux')).toBe('/srv/wb');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/m/.config' }, 'linux')).toBe('/home/m/.config/Staff Development Workbench');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\m\\AppData\\Roaming' }, 'win32')).toContain('Staff Development Workbench');
  });
});
