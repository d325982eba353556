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
    expect(toErrorData(new AppError('VALIDATION', 'signedOn cannot be in the future', 'signedOn'))).toEqual({
      code: 'VALIDATION', key: 'stated', params: { rule: 'cannot be in the future' }, field: 'signedOn', message: 'Date signed cannot be in the future',
    });
    expect(toErrorData(new AppError('VALIDATION', 'memberId: Ada is not in the team', 'memberId')).message).toBe('Team member: Ada is not in the team');
    // A message that does not start with its key is left alone.
    expect(toErrorData(new AppError('NOT_FOUND', 'No team member has id 9.', 'id')).message).toBe('No team member has id 9.');
  });
});
