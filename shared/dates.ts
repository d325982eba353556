/** Pure date helpers. Dates are stored as ISO `YYYY-MM-DD` and shown in UK format. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Years a date may fall in: anything outside is a typing slip, not a record. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < EARLIEST_YEAR || y > LATEST_YEAR || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Accepts `dd/mm/yyyy` (UK) or `yyyy-mm-dd`; returns ISO or null. */
export function parseUkOrIsoDate(raw: string): string | null {
  const value = raw.trim();
  if (isIsoDate(value)) return value;
  const m = UK_DATE.exec(value);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** `2026-03-09` → `09/03/2026`. */
export function formatUkDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function toIsoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole days from `a` to `b` (both ISO dates); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
}

/** The calendar date on the manager's machine (local time), as ISO. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Why a value is not a date the app can store, worded to follow the field's name
 * ("Date must be in 1900 or later"); null when it is a real ISO date.
 */
export function isoDateProblem(value: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) return 'must be a date (dd/mm/yyyy)';
  const year = Number(m[1]);
  if (year < EARLIEST_YEAR) return `must be in ${EARLIEST_YEAR} or later: check the year`;
  if (year > LATEST_YEAR) return `must be in ${LATEST_YEAR} or earlier: check the year`;
  return isIsoDate(value) ? null : 'must be a real date (dd/mm/yyyy)';
}

const yearsText = (n: number) => (n === 1 ? 'year' : `${n} years`);

/**
 * A planned date (an action's due date) within `ahead` years after today and `back` years
 * before it; the message names the limit in UK format. Null when the date is within both.
 */
export function plannedDateProblem(date: string, today: string, { back, ahead }: { back: number; ahead: number }): string | null {
  const latest = addDays(today, Math.round(ahead * 365.25));
  const earliest = addDays(today, -Math.round(back * 365.25));
  if (date > latest) return `must be within the next ${yearsText(ahead)} (on or before ${formatUkDate(latest)})`;
  if (date < earliest) return `must be within the last ${yearsText(back)} (on or after ${formatUkDate(earliest)}): check the year`;
  return null;
}
