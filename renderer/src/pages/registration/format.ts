import { formatUkDate } from '../../../../shared/dates';

/** "1 day", "12 days", "3 weeks" – short, readable durations for tables. */
export function durationText(days: number): string {
  if (days < 14) return `${days} ${days === 1 ? 'day' : 'days'}`;
  const weeks = Math.floor(days / 7);
  return `${weeks} weeks`;
}

/** 12.5 → "12.5 h"; hours are quarter-hour steps so two decimals at most. */
export const hoursText = (hours: number) => `${Number(hours.toFixed(2))} h`;

export const ukOrDash = (iso: string | null | undefined) => formatUkDate(iso) || '—';
