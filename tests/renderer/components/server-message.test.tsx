import { describe, expect, it } from 'vitest';
import { serverMessage } from '../../../renderer/src/components/field';

describe('serverMessage', () => {
  it('a form takes the words off again to show its own label', () => {
    expect(serverMessage({ field: 'dueOn', message: 'Due date must be within the next 5 years (on or before 30/11/2031)' })).toBe(
      'must be within the next 5 years (on or before 30/11/2031)',
    );
    expect(serverMessage({ field: 'changes.heldOn', message: 'Date held cannot be before the last meeting (02/11/2026)' })).toBe(
      'cannot be before the last meeting (02/11/2026)',
    );
  });
});
