import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

const alex = {
  name: 'Alex Example',
  preferredName: '',
  jobTitle: 'Assistant Librarian',
  grade: 'Band 5',
  team: 'Central Library',
  fte: 1,
  startDate: '2024-09-02',
  lineManagerId: null,
  employmentType: 'permanent' as const,
  cilipNumber: '',
  email: 'alex@example.org',
  notes: '',
};

describe('team', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('adds a member, lists them and announces the change', async () => {
    const created = await t.call('team:create', alex);
    expect(created.id).toBeGreaterThan(0);
    expect((await t.call('team:list', {})).map((m) => m.name)).toEqual(['Alex Example']);
    expect(t.events).toContain('team:changed');
  });

  it('archives a leaver out of the default list and restores them', async () => {
    const { id } = await t.call('team:create', alex);
    const archived = await t.call('team:archive', { id, leftOn: '2026-10-31' });
    expect(archived.leftOn).toBe('2026-10-31');
    expect(await t.call('team:list', {})).toHaveLength(0);
    expect(await t.call('team:list', { includeArchived: true })).toHaveLength(1);
    await t.call('team:restore', { id });
    expect(await t.call('team:list', {})).toHaveLength(1);
  });

  it('refuses a second member with the same email, naming the field', async () => {
    await t.call('team:create', alex);
    const before = t.checksum();
    const error = await t.fail('team:create', { ...alex, name: 'Other Person', email: 'ALEX@example.org' });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(t.checksum()).toBe(before);
  });
});
