import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldLabel } from '../../shared/field-labels';
import { CHANNELS } from '../../shared/ipc/contract';
import { createTestApp, type TestApp } from '../helpers/test-app';

const valid = {
  name: 'Alex Example',
  preferredName: '',
  jobTitle: 'Assistant Librarian',
  grade: 'Band 5',
  team: 'Central Library',
  fte: 1,
  startDate: '2024-09-02',
  lineManagerId: null,
  employmentType: 'permanent',
  cilipNumber: '',
  email: '',
  notes: '',
};

describe('bad input never crashes and never writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ sample: true });
  });
  afterAll(() => t.close());

  it.each(CHANNELS)('%s rejects a payload of the wrong type with a VALIDATION error', async (channel) => {
    const before = t.checksum();
    for (const payload of [42, 'text', [], null, true]) {
      const error = await t.fail(channel, payload);
      expect(error.code).toBe('VALIDATION');
      expect(error.message.length).toBeGreaterThan(5);
    }
    expect(t.checksum()).toBe(before);
  });

  it.each(CHANNELS)('%s rejects unknown fields', async (channel) => {
    const before = t.checksum();
    const error = await t.fail(channel, { surprise: 'field' });
    expect(error.code).toBe('VALIDATION');
    expect(t.checksum()).toBe(before);
  });

  const cases: [string, string, unknown, string][] = [
    ['missing field', 'team:create', { ...valid, jobTitle: undefined }, 'jobTitle'],
    ['name over 200 characters', 'team:create', { ...valid, name: 'x'.repeat(201) }, 'name'],
    ['impossible date', 'team:create', { ...valid, startDate: '2025-02-30' }, 'startDate'],
    ['date in the wrong format', 'team:create', { ...valid, startDate: '30/01/2025' }, 'startDate'],
    ['FTE over 1', 'team:create', { ...valid, fte: 1.5 }, 'fte'],
    ['FTE not a number', 'team:create', { ...valid, fte: Number.NaN }, 'fte'],
    ['unknown employment type', 'team:create', { ...valid, employmentType: 'intern' }, 'employmentType'],
    ['bad email', 'team:create', { ...valid, email: 'not-an-email' }, 'email'],
    ['unknown line manager', 'team:create', { ...valid, lineManagerId: 99999 }, 'lineManagerId'],
    ['unknown id on update', 'team:update', { id: 99999, changes: valid }, 'id'],
    ['unknown id on archive', 'team:archive', { id: 99999, leftOn: null }, 'id'],
    ['negative id', 'team:get', { id: -1 }, 'id'],
    ['non-integer id', 'team:restore', { id: 1.5 }, 'id'],
  ];

  it.each(cases)('%s: %s → typed error naming %s, nothing written', async (_label, channel, input, field) => {
    const before = t.checksum();
    const error = await t.fail(channel, input);
    expect(['VALIDATION', 'NOT_FOUND']).toContain(error.code);
    expect(error.field).toBe(field);
    // The field in words, as the form labels it, never its internal name ("Job title", not "jobTitle").
    // (A lookup by id may say "No team member has id 99999" instead.)
    expect(error.message.includes(fieldLabel(field)) || (field === 'id' && error.message.includes(' id ')), error.message).toBe(true);
    if (/[A-Z]/.test(field)) expect(error.message).not.toContain(field);
    expect(t.checksum()).toBe(before);
  });
});
