import { describe, expect, it } from 'vitest';
import { addCalendarMonths, nextWorkingDay, subjectAccessDeadline } from '../../../shared/domains/privacy-sar';

// Worked examples from the ICO's guidance on the right of access, "How long do we have to comply?".
describe('subject access deadlines: the calendar-date rule', () => {
  it('ICO: a request received on 3 September is due on 3 October', () => {
    expect(subjectAccessDeadline('2025-09-03').dueOn).toBe('2025-10-03');
  });

  it('ICO: received on 31 March, there is no 31 April, so the last day of April', () => {
    expect(subjectAccessDeadline('2026-03-31').dueOn).toBe('2026-04-30');
  });

  it('31 January gives 28 February, or 29 February in a leap year', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('ICO: if the date falls on a weekend, the reply is due on the next working day (3 October 2026 is a Saturday)', () => {
    expect(subjectAccessDeadline('2026-09-03')).toMatchObject({ dueOn: '2026-10-03', respondBy: '2026-10-05' });
    expect(nextWorkingDay('2026-03-01')).toBe('2026-03-02');
    expect(nextWorkingDay('2026-04-30')).toBe('2026-04-30');
  });

  it('an extension adds up to two further months from receipt; the person must be told within the first month', () => {
    expect(subjectAccessDeadline('2026-01-31', 2)).toEqual({ firstMonthEndsOn: '2026-02-28', dueOn: '2026-04-30', respondBy: '2026-04-30' });
    expect(subjectAccessDeadline('2026-01-31', 1).dueOn).toBe('2026-03-31');
    expect(subjectAccessDeadline('2026-01-31', 5).dueOn).toBe('2026-04-30');
  });
});
