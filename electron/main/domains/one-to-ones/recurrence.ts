import { addMonths, addWeeks } from 'date-fns';
import type { Recurrence } from '../../../../shared/domains/one-to-ones';

/**
 * The next meeting after `scheduledAt`. Arithmetic runs in the machine's local time so a
 * 10:00 meeting stays at 10:00 across the clocks changing (BST/GMT).
 */
export function nextOccurrence(scheduledAt: string, recurrence: Recurrence): string | null {
  const from = new Date(scheduledAt);
  switch (recurrence) {
    case 'weekly':
      return addWeeks(from, 1).toISOString();
    case 'fortnightly':
      return addWeeks(from, 2).toISOString();
    case 'monthly':
      return addMonths(from, 1).toISOString();
    case 'quarterly':
      return addMonths(from, 3).toISOString();
    case 'none':
      return null;
  }
}
