import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../electron/main/app';
import { openDatabase } from '../../../electron/main/db/open';
import { createTestApp, DEFAULT_NOW, sampleMember, type TestApp } from '../../helpers/test-app';

describe('drafts of typed text', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('keeps the latest text per key until it is discarded', async () => {
    t = await createTestApp({ sample: true });
    const member = await sampleMember(t, 'Graduate Trainee');
    expect(await t.call('drafts:get', { key: 'oneToOne:1:sharedNotes' })).toBeNull();
    await t.call('drafts:save', { key: 'oneToOne:1:sharedNotes', memberId: member.id, body: 'Łukasz Żółć: talked about' });
    await t.call('drafts:save', { key: 'oneToOne:1:sharedNotes', memberId: member.id, body: 'Łukasz Żółć: talked about the rota' });
    expect((await t.call('drafts:get', { key: 'oneToOne:1:sharedNotes' }))?.body).toBe('Łukasz Żółć: talked about the rota');
    // Clearing a field is an edit too: an empty draft is kept, not thrown away.
    await t.call('drafts:save', { key: 'oneToOne:1:sharedNotes', memberId: member.id, body: '' });
    expect((await t.call('drafts:get', { key: 'oneToOne:1:sharedNotes' }))?.body).toBe('');
    expect(await t.call('drafts:discard', { key: 'oneToOne:1:sharedNotes' })).toEqual({ discarded: true });
    expect(await t.call('drafts:get', { key: 'oneToOne:1:sharedNotes' })).toBeNull();
  });

  it('refuses a malformed key or an unknown member, writing nothing', async () => {
    t = await createTestApp();
    const before = t.checksum();
    expect((await t.fail('drafts:save', { key: 'bad key!', body: 'x' })).field).toBe('key');
    expect((await t.fail('drafts:save', { key: 'k', memberId: 999, body: 'x' })).field).toBe('memberId');
    expect(t.checksum()).toBe(before);
  });

  it('goes when the person it is about is deleted', async () => {
    t = await createTestApp({ sample: true });
    const member = await sampleMember(t, 'Graduate Trainee');
    await t.call('drafts:save', { key: 'note', memberId: member.id, body: 'about them' });
    t.db.prepare('DELETE FROM members WHERE id = ?').run(member.id);
    expect(await t.call('drafts:get', { key: 'note' })).toBeNull();
  });
});

describe('a draft survives a restart', () => {
  it('is read back from the database file by a new app', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drafts-'));
    const file = path.join(dir, 'workbench.db');
    const open = () => createWorkbench({ dataDir: dir, transport: 'web', clock: () => new Date(DEFAULT_NOW), db: openDatabase(file), log: () => undefined });
    const first = open();
    expect((await first.dispatch('drafts:save', { key: 'cpd:reflection', body: 'Siân ap Dŵr ran the session' })).ok).toBe(true);
    first.close();
    const second = open();
    const got = await second.dispatch('drafts:get', { key: 'cpd:reflection' });
    expect(got.ok && (got.value as { body: string } | null)?.body).toBe('Siân ap Dŵr ran the session');
    second.close();
  });
});
