import { formatUkDate, localIsoDate } from '../../../../shared/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored instant as the manager's local date and time, e.g. `25/11/2026 at 10:00`. */
export function formatMeetingTime(instant: string): string {
  const d = new Date(instant);
  return `${formatUkDate(localIsoDate(d))} at ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const weekdayOf = (instant: string) => new Date(instant).toLocaleDateString('en-GB', { weekday: 'long' });

/** The local date and time inputs of a form, from a stored instant. */
export function toLocalParts(instant: string): { date: string; time: string } {
  const d = new Date(instant);
  return { date: localIsoDate(d), time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** A local date and time from a form, as the UTC instant the main process stores. */
export const toInstant = (date: string, time: string) => new Date(`${date}T${time}:00`).toISOString();
