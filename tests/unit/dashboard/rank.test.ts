import { describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../../shared/domains/dashboard';
import { rankAttention } from '../../../electron/main/domains/dashboard/attention';

const TODAY = '2026-11-30';
const item = (title: string, kind: AttentionItem['kind'], urgency: number, dueOn: string | null): AttentionItem => ({
  key: title,
  kind,
  title,
  detail: '',
  link: '/',
  urgency,
  dueOn,
});

describe('dashboard ranking', () => {
  it('puts a nomination round that closes today above revalidations due in 8–20 days', () => {
    const ranked = rankAttention(
      [
        item('Revalidation in 8 days', 'revalidation', 2, '2026-12-08'),
        item('Revalidation in 20 days', 'revalidation', 2, '2026-12-20'),
        item('Stalled journey', 'stalled-registration', 2, null),
        item('Staff awards close today', 'cycle-closing', 4, TODAY),
      ],
      TODAY,
    );
    expect(ranked.map((i) => i.title)[0]).toBe('Staff awards close today');
    expect(ranked[0]?.urgency).toBe(1);
  });

  it('lifts a deadline within a week above later ones of the same urgency, and leaves meetings and far deadlines alone', () => {
    const ranked = rankAttention(
      [
        item('Award in 20 days', 'award-deadline', 2, '2026-12-20'),
        item('One-to-one today', 'one-to-one', 3, TODAY),
        item('Cycle closes in 3 days', 'cycle-closing', 4, '2026-12-03'),
        item('Award in 25 days', 'award-deadline', 4, '2026-12-25'),
      ],
      TODAY,
    );
    expect(ranked.map((i) => [i.title, i.urgency])).toEqual([
      ['Cycle closes in 3 days', 2],
      ['Award in 20 days', 2],
      ['One-to-one today', 3],
      ['Award in 25 days', 4],
    ]);
  });
});
