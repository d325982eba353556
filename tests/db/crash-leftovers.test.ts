import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesContaining } from '../helpers/crash-operations';
import { member, startOn, value } from './store/fixtures';

/**
 * Found by tests/db/crash-operations.test.ts (encrypt): a kill during the backup an
 * encryption takes first leaves a plain `.partial` backup, which the encryption and
 * every later unlock left in place, so the data stayed readable after an acknowledged encrypt.
 */
const P = 'a long enough passphrase';
const NAME = 'Łukasz Żółć';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A plain workbench holding NAME, with the plain copies a kill during a backup and a restore leave behind. */
async function plainWithLeftovers() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-leftovers-'));
  dirs.push(dir);
  const app = startOn(dir);
  await app.ready;
  await value(app.dispatch('team:create', member(NAME)));
  const { fileName } = await value<{ fileName: string }>(app.dispatch('system:backupNow', {}));
  const leave = () => {
    fs.copyFileSync(path.join(dir, 'backups', fileName), path.join(dir, 'backups', 'workbench-20261123T100001Z.sqlite.partial'));
    fs.copyFileSync(path.join(dir, 'backups', fileName), path.join(dir, 'workbench.sqlite.restoring'));
  };
  return { dir, app, leave };
}

describe('no plain copy a kill left outlives encryption', () => {
  it('encrypting removes a plain half-written backup and an interrupted restore copy', async () => {
    const { dir, app, leave } = await plainWithLeftovers();
    leave();
    expect(filesContaining(dir, NAME).length).toBeGreaterThan(2);
    await value(app.dispatch('system:encrypt', { passphrase: P, confirm: P }));
    app.close();
    expect(filesContaining(dir, NAME)).toEqual([]);
  });

});
