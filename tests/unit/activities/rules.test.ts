import { describe, expect, it } from 'vitest';
import { logCpdInput, sessionHours, setInput, setSizeWarning } from '../../../shared/domains/activities';

describe('activity rules', () => {
  it('warns outside 4 to 10 set members, but not inside', () => {
    expect(setSizeWarning(3)).toMatch(/Only 3 members/);
    expect(setSizeWarning(4)).toBeNull();
    expect(setSizeWarning(10)).toBeNull();
    expect(setSizeWarning(11)).toMatch(/11 members/);
  });

  it('refuses a set with one member or the same member twice', () => {
    const base = { name: 'Set', facilitator: '', rhythm: '', sessionType: 'open', startedOn: null };
    expect(setInput.safeParse({ ...base, memberIds: [1] }).error?.issues[0]?.message).toBe('must list at least 2 members');
    expect(setInput.safeParse({ ...base, memberIds: [1, 2, 2] }).error?.issues[0]?.message).toBe('must not list a member twice');
    expect(setInput.safeParse({ ...base, memberIds: [1, 2, 3, 4] }).success).toBe(true);
  });

  it('takes hours above zero, at most a day, in quarter hours', () => {
    expect(sessionHours.safeParse(0).success).toBe(false);
    expect(sessionHours.safeParse(-2).success).toBe(false);
    expect(sessionHours.safeParse(25).success).toBe(false);
    expect(sessionHours.safeParse(1.1).success).toBe(false);
    expect(sessionHours.safeParse(2.75).success).toBe(true);
  });

  it('defaults CPD hours and date to the session’s own', () => {
    expect(logCpdInput.parse({ kind: 'coaching', id: 3, sections: [] })).toEqual({ kind: 'coaching', id: 3, sections: [], hours: null, date: null });
  });
});
