import { addMonths, addWeeks, format } from 'date-fns';
import { seriesLabel, type Series, type SeriesFrequency, type SeriesPlace } from '../../../../shared/domains/one-to-one-series';
import type { Recurrence } from '../../../../shared/domains/one-to-ones';
import type { SeriesRecord } from './series-repo';

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

/** The k-th meeting of a series (k = 0 is the first), counted from the first so a monthly day never drifts. */
export function seriesOccurrence(startsAt: string, frequency: SeriesFrequency, interval: number, k: number): string {
  const from = new Date(startsAt);
  return (frequency === 'weekly' ? addWeeks(from, k * interval) : addMonths(from, k * interval)).toISOString();
}

/** The first meeting of the series after `afterIso` and not before `notBeforeIso` (null past a safe bound). */
export function seriesOccurrenceAfter(
  s: { startsAt: string; frequency: SeriesFrequency; interval: number },
  afterIso: string,
  notBeforeIso: string,
): string | null {
  for (let k = 0; k < 2000; k += 1) {
    const at = seriesOccurrence(s.startsAt, s.frequency, s.interval, k);
    if (at > afterIso && at >= notBeforeIso) return at;
  }
  return null;
}

/** Where the series falls in the machine's local time: weekday, day of the month and "HH:mm". */
export function seriesPlace(startsAt: string): SeriesPlace {
  const d = new Date(startsAt);
  return { weekday: d.getDay(), monthDay: d.getDate(), time: format(d, 'HH:mm') };
}

/** A stored series as the contract shows it, with its rule in words. */
export const seriesView = (r: SeriesRecord): Series => ({ ...r, label: seriesLabel(r.frequency, r.interval, seriesPlace(r.startsAt)) });
