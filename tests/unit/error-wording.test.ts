import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_BODY_BYTES } from '../../electron/main/bridge/server';
import { appErrorDataSchema, ERROR_KEYS, errorData, issueToErrorData, wordError, type ErrorKey, type ErrorWords } from '../../shared/errors';

/** One case per key: what a manager reads for it, with a form's own label where the key uses one. */
const CASES: Record<ErrorKey, [ErrorWords, string]> = {
  required: [{ key: 'required' }, 'Job title is required'],
  tooShort: [{ key: 'tooShort', params: { min: 12 } }, 'Job title must be at least 12 characters'],
  tooLong: [{ key: 'tooLong', params: { max: 2000 } }, 'Job title must be at most 2,000 characters'],
  min: [{ key: 'min', params: { min: 0, inclusive: 0 } }, 'Job title must be more than 0'],
  max: [{ key: 'max', params: { max: 1250, inclusive: 1 } }, 'Job title must be at most 1,250'],
  tooFew: [{ key: 'tooFew', params: { min: 1 } }, 'Job title must have at least 1 item'],
  tooMany: [{ key: 'tooMany', params: { max: 20 } }, 'Job title must have at most 20 items'],
  notANumber: [{ key: 'notANumber' }, 'Job title must be a number'],
  notWhole: [{ key: 'notWhole' }, 'Job title must be a whole number'],
  invalidType: [{ key: 'invalidType', params: { expected: 'string' } }, 'Job title: expected string'],
  invalidChoice: [{ key: 'invalidChoice', params: { options: 'open, planned, combined' } }, 'Job title must be one of: open, planned, combined'],
  invalidFormat: [{ key: 'invalidFormat', params: { format: 'date' } }, 'Job title must be a date (dd/mm/yyyy)'],
  unknownField: [{ key: 'unknownField', params: { fields: 'colour' } }, 'Job title has a field the app does not know: colour'],
  invalid: [{ key: 'invalid' }, 'Job title is not valid'],
  notInFuture: [{ key: 'notInFuture' }, 'Job title cannot be in the future'],
  notFound: [{ key: 'notFound', params: { thing: 'team member', id: 9 } }, 'No team member has id 9.'],
  'conflict.duplicate': [{ key: 'conflict.duplicate', params: { by: 'Łukasz Żółć' } }, 'Job title is already used by Łukasz Żółć'],
  unknownChannel: [{ key: 'unknownChannel', params: { channel: 'team:nope' } }, 'Unknown channel: team:nope'],
  notJson: [{ key: 'notJson' }, 'Body is not JSON.'],
  notSignedIn: [{ key: 'notSignedIn' }, 'This browser tab is not signed in to the workbench. Open the address that `npm run start:web` printed.'],
  transportFailed: [{ key: 'transportFailed', params: { status: 502 } }, 'The workbench answered 502.'],
  storeRule: [{ key: 'storeRule' }, 'That change breaks a rule of the data store and was not saved.'],
  internal: [{ key: 'internal' }, 'Something went wrong inside the app; nothing was saved. The details are in the log.'],
  stated: [{ key: 'stated', message: 'A signed version is read-only.' }, 'A signed version is read-only.'],
};

describe('wordError: one function words every error', () => {
  it('has a case for every key', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ERROR_KEYS].sort());
  });

  it.each(Object.entries(CASES))('%s', (_key, [error, sentence]) => {
    expect(wordError(error, 'Job title')).toBe(sentence);
  });

  it('a file too large for the browser bridge (HTTP 413) says so in words, not as a bare status code', () => {
    // The sentence names the bridge's own limit.
    expect(MAX_BODY_BYTES).toBe(10 * 1024 * 1024);
    expect(wordError({ key: 'transportFailed', params: { status: 413 } })).toBe(
      'That is too much to send to the workbench in a browser tab (a file over 10 MB): use a smaller file, or the desktop app.',
    );
  });

  it('without a label uses the field’s usual words, or "Input" when no field is named', () => {
    expect(wordError({ key: 'required', field: 'rows.3.startDate' })).toBe('Start date is required');
    expect(wordError({ key: 'notInFuture', field: 'changes.heldOn' })).toBe('Date held cannot be in the future');
    expect(wordError({ key: 'unknownField', params: { fields: 'colour' } })).toBe('Input has a field the app does not know: colour');
  });

  it('a rule worded where it is defined follows the label; a detail follows it after a colon', () => {
    expect(wordError({ key: 'max', params: { max: 24, rule: 'must be at most 24 hours for one entry (split longer activities)' } }, 'Hours each')).toBe(
      'Hours each must be at most 24 hours for one entry (split longer activities)',
    );
    expect(wordError({ key: 'stated', params: { detail: 'choose which column holds the name' } }, 'Name')).toBe('Name: choose which column holds the name');
  });

  it('error data carries its own wording as the message, and parses with the contract’s error schema', () => {
    const data = errorData('CONFLICT', 'conflict.duplicate', { field: 'email', params: { by: 'Siân ap Dŵr' } });
    expect(data).toEqual({ code: 'CONFLICT', key: 'conflict.duplicate', field: 'email', params: { by: 'Siân ap Dŵr' }, message: 'Email is already used by Siân ap Dŵr' });
    expect(appErrorDataSchema.safeParse(data).success).toBe(true);
    expect(appErrorDataSchema.safeParse({ code: 'VALIDATION', message: 'no key' }).success).toBe(false);
  });
});

describe('zod issues map to keys', () => {
  const first = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) throw new Error('expected a failure');
    return issueToErrorData(parsed.error.issues[0]);
  };

  it.each([
    ['empty text → required', z.object({ jobTitle: z.string().min(1) }), { jobTitle: '' }, { key: 'required', field: 'jobTitle', message: 'Job title is required' }],
    ['long text → tooLong', z.object({ name: z.string().max(3) }), { name: 'abcd' }, { key: 'tooLong', params: { max: 3 }, message: 'Name must be at most 3 characters' }],
    ['short text → tooShort', z.object({ passphrase: z.string().min(12) }), { passphrase: 'abc' }, { key: 'tooShort', params: { min: 12 } }],
    ['small number → min', z.object({ hours: z.number().positive() }), { hours: 0 }, { key: 'min', params: { min: 0, inclusive: 0 }, message: 'Hours must be more than 0' }],
    ['big number → max', z.object({ fte: z.number().max(1) }), { fte: 2 }, { key: 'max', params: { max: 1, inclusive: 1 } }],
    ['short list → tooFew', z.object({ memberIds: z.array(z.number()).min(4) }), { memberIds: [1] }, { key: 'tooFew', params: { min: 4 } }],
    ['long list → tooMany', z.object({ memberIds: z.array(z.number()).max(1) }), { memberIds: [1, 2] }, { key: 'tooMany', params: { max: 1 } }],
    ['fraction → notWhole', z.object({ weeks: z.number().int() }), { weeks: 1.5 }, { key: 'notWhole' }],
    ['NaN → notANumber', z.object({ hours: z.number() }), { hours: Number.NaN }, { key: 'notANumber', message: 'Hours must be a number' }],
    ['wrong type → invalidType', z.object({ name: z.string() }), { name: 4 }, { key: 'invalidType', params: { expected: 'string' } }],
    ['enum → invalidChoice', z.object({ owner: z.enum(['manager', 'member']) }), { owner: 'x' }, { key: 'invalidChoice', params: { options: 'manager, member' } }],
    ['bad date → invalidFormat', z.object({ dueOn: z.iso.date() }), { dueOn: 'soon' }, { key: 'invalidFormat', params: { format: 'date' }, message: 'Due date must be a date (dd/mm/yyyy)' }],
    ['extra key → unknownField', z.object({}).strict(), { colour: 1 }, { key: 'unknownField', params: { fields: 'colour' } }],
    ['refinement with a key', z.object({ heldOn: z.string().refine(() => false, { message: 'cannot be in the future', params: { key: 'notInFuture' } }) }), { heldOn: 'x' }, { key: 'notInFuture', message: 'Date held cannot be in the future' }],
    ['refinement without a key → invalid', z.object({ name: z.string().refine(() => false) }), { name: 'x' }, { key: 'invalid', message: 'Name is not valid' }],
  ])('%s', (_name, schema, value, expected) => {
    const data = first(schema, value);
    expect(data).toMatchObject({ code: 'VALIDATION', ...expected });
    expect(appErrorDataSchema.safeParse(data).success).toBe(true);
  });

  it('a schema’s own wording of its rule travels as `rule`, so the sentence is the one written beside the rule', () => {
    const data = first(z.object({ hours: z.number().max(24, 'must be at most 24 hours for one entry') }), { hours: 30 });
    expect(data).toMatchObject({ key: 'max', params: { max: 24, rule: 'must be at most 24 hours for one entry' }, message: 'Hours must be at most 24 hours for one entry' });
    // A type check the schema words "is required" (an empty member select) is the required key.
    expect(first(z.object({ coacheeId: z.number({ message: 'is required' }) }), {})).toMatchObject({ key: 'required', message: 'Coachee is required' });
    // Wording that says what the key says anyway adds nothing.
    expect(first(z.object({ jobTitle: z.string().min(1, 'is required') }), { jobTitle: '' }).params).toBeUndefined();
  });
});
