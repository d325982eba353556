import { formatUkDate } from '../../../../shared/dates';

/** An instant as the manager reads it: 23/11/2026 at 10:00 (UTC). */
export const formatInstant = (iso: string) => `${formatUkDate(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;

export const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean);
