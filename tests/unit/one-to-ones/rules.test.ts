import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaHint } from '../../../shared/domains/agenda';
import { isOverdue, isoInstant, moveItem, weekStartOf } from '../../../shared/domains/one-to-ones';
import { suggestAgenda } from '../../../electron/main/domains/one-to-ones/agenda';
import { nextOccurrence } from '../../../electron/main/domains/one-to-ones/recurrence';

const hint = (key: string, priority: number, source: AgendaHint['source'] = 'registration'): AgendaHint => ({
  source,
  key,
  title: key,
  detail: '',
  link: '',
  priority,
});

describe('one-to-one rules', () => {
  it('finds the Monday of the week, whatever the day', () => {
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });

  it('moves agenda items one place without losing any', () => {
    expect(moveItem([1, 2, 3], 3, 'up')).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 1, 'up')).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 3, 'down')).toEqual([1, 2, 3]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1 }), fc.nat(), fc.boolean(), (ids, pick, up) => {
        const id = ids[pick % ids.length] as number;
        const moved = moveItem(ids, id, up ? 'up' : 'down');
        expect([...moved].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      }),
    );
  });

  it('says an action is overdue only when open and past its due date', () => {
    expect(isOverdue({ dueOn: '2026-11-22', doneAt: null }, '2026-11-23')).toBe(true);
    expect(isOverdue({ dueOn: '2026-11-23', doneAt: null }, '2026-11-23')).toBe(false);
    expect(isOverdue({ dueOn: '2026-11-01', doneAt: '2026-11-20T09:00:00.000Z' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ dueOn: null, doneAt: null }, '2026-11-23')).toBe(false);
  });

  it('repeats meetings by the calendar, keeping the end of the month sensible', () => {
    expect(nextOccurrence('2026-11-25T10:00:00.000Z', 'weekly')).toBe('2026-12-02T10:00:00.000Z');
    expect(nextOccurrence('2026-11-25T10:00:00.000Z', 'fortnightly')).toBe('2026-12-09T10:00:00.000Z');
    expect(nextOccurrence('2026-11-25T10:00:00.000Z', 'quarterly')).toBe('2027-02-25T10:00:00.000Z');
    expect(nextOccurrence('2027-01-31T10:00:00.000Z', 'monthly')?.slice(0, 10)).toBe('2027-02-28');
    expect(nextOccurrence('2026-11-25T10:00:00.000Z', 'none')).toBeNull();
  });

  it('accepts only real date-times', () => {
    expect(isoInstant.safeParse('2026-11-25T10:00Z').data).toBe('2026-11-25T10:00:00.000Z');
    expect(isoInstant.safeParse('2026-11-25').success).toBe(false);
    expect(isoInstant.safeParse('2026-13-45T10:00:00Z').success).toBe(false);
  });
});

describe('agenda suggestions', () => {
  it('puts the most urgent first, keeps each area’s order, and drops duplicates and excluded keys', () => {
    const sources = [
      () => [hint('reg:a', 2), hint('reg:b', 1)],
      () => [hint('skills:x', 3, 'skills'), hint('reg:a', 1)],
      () => [hint('rec:n', 2, 'recognition')],
    ];
    const result = suggestAgenda({} as never, 1, '2026-11-23', new Set(['rec:n']), sources);
    expect(result.map((h) => h.key)).toEqual(['reg:b', 'reg:a', 'skills:x']);
  });

  it('still suggests from the other areas when one of them fails', () => {
    const sources = [
      () => {
        throw new Error('skills broke');
      },
      () => [hint('agreements:review', 2, 'agreements')],
    ];
    expect(suggestAgenda({} as never, 1, '2026-11-23', new Set(), sources).map((h) => h.key)).toEqual(['agreements:review']);
  });
});
