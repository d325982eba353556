import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf } from '../../electron/main/backup';
import { fixedClock } from '../../electron/main/context';
import { DATABASE_FILE_NAME } from '../../electron/main/data-dir';
import { isEncryptedFile, passphraseOpens } from '../../electron/main/db/encryption';
import { CIPHER_BINDING_FILE, cipherBindingBeside } from '../../electron/main/desktop/native-binding';
import { startWorkbench } from '../../electron/main/startup';
import type { AppStatus, BackupInfo } from '../../shared/domains/system';

const PASS = 'correct horse battery';
const NEXT = 'another long passphrase';

const open = (dir: string) => {
  const started = startWorkbench({ dataDir: dir, transport: 'web', clock: fixedClock('2026-11-23T10:00:00Z'), log: () => undefined });
  if (!started.ok) throw new Error(started.message);
  return Object.assign(started.app, { ready: started.startupBackup });
};
type App = ReturnType<typeof open>;

async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

const backupFiles = (dir: string) => fs.readdirSync(backupDirOf(dir)).filter((f) => f.endsWith('.sqlite')).map((f) => path.join(backupDirOf(dir), f));
/** Every byte the store keeps on disk: the file and its WAL. */
const storeBytes = (dir: string) =>
  Buffer.concat(['', '-wal'].map((s) => path.join(dir, DATABASE_FILE_NAME + s)).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));

describe('encryption at rest', () => {
  let dir: string;
  let app: App | null = null;
  let member: { name: string; email: string };
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-encryption-'));
    app = open(dir);
    await app.ready;
    await value(app.dispatch('system:chooseStart', { mode: 'sample' }));
    const members = await value<{ name: string; email: string }[]>(app.dispatch('team:list', {}));
    member = members.find((m) => m.email) as { name: string; email: string };
  });
  afterEach(() => {
    app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const encrypt = async () => value<AppStatus>(app!.dispatch('system:encrypt', { passphrase: PASS, confirm: PASS }));
  const restart = async () => {
    app!.close();
    app = open(dir);
    await app.ready;
    return app;
  };

  it('encrypts the store and every backup: no member name or email is left readable on disk', async () => {
    expect(storeBytes(dir).includes(member.name), 'the plain store holds the name (so the test can fail)').toBe(true);
    const status = await encrypt();
    expect(status).toMatchObject({ encrypted: true, locked: false, memberCount: 12 });
    await value(app!.dispatch('system:backupNow', {}));
    for (const bytes of [storeBytes(dir), ...backupFiles(dir).map((f) => fs.readFileSync(f))]) {
      expect(bytes.includes(member.name)).toBe(false);
      expect(bytes.includes(member.email)).toBe(false);
    }
    expect(isEncryptedFile(path.join(dir, DATABASE_FILE_NAME))).toBe(true);
    const backups = await value<BackupInfo[]>(app!.dispatch('system:listBackups', {}));
    expect(backups.length).toBeGreaterThanOrEqual(3);
    // The first backup was taken at start-up, before the sample team was added.
    expect(backups.map((b) => b.memberCount).sort(), 'encrypted backups are still read with the passphrase').toEqual([0, ...backups.slice(1).map(() => 12)]);
    for (const file of backupFiles(dir)) expect(passphraseOpens(file, PASS)).toBe(true);
  });

  it('refuses a short or unconfirmed passphrase, naming the field, and changes nothing', async () => {
    const before = fs.readFileSync(path.join(dir, DATABASE_FILE_NAME));
    expect(await app!.dispatch('system:encrypt', { passphrase: 'short', confirm: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'passphrase' },
    });
    expect(await app!.dispatch('system:encrypt', { passphrase: PASS, confirm: `${PASS}!` })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'confirm' },
    });
    expect(isEncryptedFile(path.join(dir, DATABASE_FILE_NAME))).toBe(false);
    expect(fs.readFileSync(path.join(dir, DATABASE_FILE_NAME)).equals(before)).toBe(true);
  });

  it('starts locked after a restart: channels are refused and nothing is written until the right passphrase', async () => {
    await encrypt();
    const locked = await restart();
    const file = path.join(dir, DATABASE_FILE_NAME);
    const before = fs.readFileSync(file);
    const backupsBefore = fs.readdirSync(backupDirOf(dir));
    expect(await value<AppStatus>(locked.dispatch('system:status', {}))).toMatchObject({ locked: true, encrypted: true });
    for (const [channel, input] of [
      ['team:list', {}],
      ['system:backupNow', {}],
      ['system:chooseStart', { mode: 'sample' }],
      ['system:decrypt', { passphrase: PASS }],
    ] as const) {
      expect(await locked.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/locked/) } });
    }
    // The backups are listed (the way out when the file only looks encrypted), but every one here is
    // encrypted: none can be read or restored without the passphrase.
    const listed = await value<BackupInfo[]>(locked.dispatch('system:listBackups', {}));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((b) => b.memberCount === null)).toBe(true);
    expect(await locked.dispatch('system:restoreBackup', { fileName: listed[0]!.fileName })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'fileName' } });
    expect(await locked.dispatch('system:unlock', { passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'passphrase' },
    });
    expect(fs.readFileSync(file).equals(before), 'nothing written while locked').toBe(true);
    expect(fs.readdirSync(backupDirOf(dir))).toEqual(backupsBefore);

    const unlocked = await value<AppStatus>(locked.dispatch('system:unlock', { passphrase: PASS }));
    expect(unlocked).toMatchObject({ locked: false, encrypted: true, memberCount: 12 });
    const names = (await value<{ name: string }[]>(locked.dispatch('team:list', {}))).map((m) => m.name);
    expect(names).toContain(member.name);
    expect(fs.readdirSync(backupDirOf(dir)).length, 'the start-up backup is taken once unlocked').toBe(backupsBefore.length + 1);
  });

  it('changes the passphrase: the old one no longer opens the store or its backups', async () => {
    await encrypt();
    expect(await app!.dispatch('system:changePassphrase', { current: 'wrong passphrase', passphrase: NEXT, confirm: NEXT })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'current' },
    });
    await value(app!.dispatch('system:changePassphrase', { current: PASS, passphrase: NEXT, confirm: NEXT }));
    const locked = await restart();
    expect(await locked.dispatch('system:unlock', { passphrase: PASS })).toMatchObject({ ok: false, error: { field: 'passphrase' } });
    expect(await value<AppStatus>(locked.dispatch('system:unlock', { passphrase: NEXT }))).toMatchObject({ memberCount: 12 });
    for (const file of backupFiles(dir)) {
      expect(passphraseOpens(file, NEXT)).toBe(true);
      expect(passphraseOpens(file, PASS)).toBe(false);
    }
  });

  it('removes encryption: the store opens with plain better-sqlite3 again, backups too', async () => {
    await encrypt();
    expect(await app!.dispatch('system:decrypt', { passphrase: 'wrong passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'passphrase' },
    });
    expect(await value<AppStatus>(app!.dispatch('system:decrypt', { passphrase: PASS }))).toMatchObject({ encrypted: false, memberCount: 12 });
    app!.close();
    app = null;
    for (const file of [path.join(dir, DATABASE_FILE_NAME), ...backupFiles(dir)]) {
      const db = new Database(file, { readonly: true });
      const n = (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
      expect(file.endsWith(DATABASE_FILE_NAME) ? n : [0, 12]).toEqual(file.endsWith(DATABASE_FILE_NAME) ? 12 : expect.arrayContaining([n]));
      db.close();
    }
    app = open(dir);
    await app.ready;
    expect(await value<AppStatus>(app.dispatch('system:status', {}))).toMatchObject({ locked: false, encrypted: false });
  });

  it('restores an older plain backup into an encrypted workbench without leaving it plain', async () => {
    const plain = await value<BackupInfo>(app!.dispatch('system:backupNow', {}));
    await encrypt();
    // Encrypting converted that backup too; the restore must still work and keep the store encrypted.
    const restored = await value<AppStatus>(app!.dispatch('system:restoreBackup', { fileName: plain.fileName }));
    expect(restored).toMatchObject({ encrypted: true, memberCount: 12 });
    expect(storeBytes(dir).includes(member.name)).toBe(false);
  });

  it('tells an encrypted store from a damaged one, so damage is still moved aside rather than asked a passphrase', async () => {
    const file = path.join(dir, 'probe.sqlite');
    for (const junk of [Buffer.alloc(8192, 0x5a), Buffer.from('plain text, not a database at all '.repeat(512).slice(0, 8192))]) {
      fs.writeFileSync(file, junk);
      expect(isEncryptedFile(file)).toBe(false);
    }
    await encrypt();
    expect(isEncryptedFile(path.join(dir, DATABASE_FILE_NAME))).toBe(true);
  });

  it('the desktop app finds the cipher driver built for Electron beside better-sqlite3', () => {
    const native = path.join(dir, 'native');
    fs.mkdirSync(native);
    const sqlite = path.join(native, 'better_sqlite3.node');
    expect(cipherBindingBeside(sqlite), 'none built yet').toBeUndefined();
    fs.writeFileSync(path.join(native, CIPHER_BINDING_FILE), '');
    expect(cipherBindingBeside(sqlite)).toBe(path.join(native, CIPHER_BINDING_FILE));
  });
});
