import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZodError, toErrorData } from '../../electron/main/ipc/errors';
import { fieldLabel } from '../../shared/field-labels';
import { AppError } from '../../shared/result';

describe('one mapping from field keys to words', () => {
  it.each([
    ['dueOn', 'Due date'],
    ['signedOn', 'Date signed'],
    ['startedOn', 'Start date'],
    ['jobTitle', 'Job title'],
    ['fte', 'FTE (full-time equivalent)'],
    ['rows.3.startDate', 'Start date'],
    ['changes.heldOn', 'Date held'],
    ['coachMemberId', 'Coach'],
    // Not listed: worded by rule.
    ['winnerNominationId', 'Winner nomination'],
    ['tiedNominationIds', 'Tied nominations'],
    ['rewardGivenOn', 'Date reward given'],
    ['preferredName', 'Preferred name'],
  ])('%s → %s', (key, words) => {
    expect(fieldLabel(key)).toBe(words);
  });

  it('input errors and service errors leave the main process in words', () => {
    const parsed = z.object({ jobTitle: z.string().min(1, 'is required') }).safeParse({ jobTitle: '' });
    if (parsed.success) throw new Error('expected a failure');
    expect(fromZodError(parsed.error)).toEqual({ code: 'VALIDATION', key: 'required', field: 'jobTitle', message: 'Job title is required' });
    // A service's rule about a field travels as its key and predicate; the field is put in words.
    expect(toErrorData(AppError.rule('VALIDATION', 'signedOn', 'cannot be before the review was held'))).toEqual({
      code: 'VALIDATION', key: 'invalid', params: { rule: 'cannot be before the review was held' }, field: 'signedOn', message: 'Date signed cannot be before the review was held',
    });
    expect(toErrorData(AppError.of('VALIDATION', 'notInFuture', { field: 'signedOn' }))).toMatchObject({ key: 'notInFuture', message: 'Date signed cannot be in the future' });
    // A stated sentence is one situation in words: it leaves as it was written, never taken apart.
    expect(toErrorData(new AppError('VALIDATION', 'Ada has left the team.', 'memberId'))).toEqual({ code: 'VALIDATION', key: 'stated', field: 'memberId', message: 'Ada has left the team.' });
  });
});
