/**
 * Subject access deadlines (UK GDPR Art. 12(3); ICO guidance "Time limits for responding"):
 * one calendar month from the day the request arrives, to the corresponding calendar date;
 * if the next month has no such date, its last day; if that day is a weekend, the next
 * working day. Complex requests may be extended by up to two further months, provided the
 * person is told within the first month. Bank holidays are not counted here, so the date
 * shown is never later than the legal one.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month1: number) => new Date(Date.UTC(year, month1, 0)).getUTCDate();

/** The corresponding calendar date `months` later, or the last day of that month when it has none. */
export function addCalendarMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  return `${year}-${pad(month1)}-${pad(Math.min(d, daysInMonth(year, month1)))}`;
}

/** Saturday and Sunday move to the following Monday. */
export function nextWorkingDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const day = date.getUTCDay();
  const shift = day === 6 ? 2 : day === 0 ? 1 : 0;
  date.setUTCDate(date.getUTCDate() + shift);
  return date.toISOString().slice(0, 10);
}

export const MAX_EXTENSION_MONTHS = 2;

export interface SubjectAccessDeadline {
  /** One calendar month from receipt: the person must be told of any extension by this date. */
  firstMonthEndsOn: string;
  /** The calendar-date deadline, extension included. */
  dueOn: string;
  /** `dueOn`, moved to the next working day if it falls on a weekend. */
  respondBy: string;
}

export function subjectAccessDeadline(receivedOn: string, extensionMonths = 0): SubjectAccessDeadline {
  const months = Math.max(0, Math.min(MAX_EXTENSION_MONTHS, Math.trunc(extensionMonths)));
  const firstMonthEndsOn = addCalendarMonths(receivedOn, 1);
  const dueOn = addCalendarMonths(receivedOn, 1 + months);
  return { firstMonthEndsOn, dueOn, respondBy: nextWorkingDay(dueOn) };
}

/**
 * Exemptions a manager may rely on to withhold an item (Data Protection Act 2018, Schedule 2).
 * Each withheld item records one of these and the manager's reason.
 */
export const SAR_EXEMPTIONS = {
  'third-party': 'Information about another person (DPA 2018 Sch. 2 para. 16)',
  'management-forecasting': 'Management forecasting or planning (Sch. 2 para. 22)',
  negotiations: 'Negotiations with the person (Sch. 2 para. 23)',
  'confidential-reference': 'Confidential reference (Sch. 2 para. 24)',
  'legal-privilege': 'Legal professional privilege (Sch. 2 para. 19)',
  'crime-taxation': 'Crime and taxation (Sch. 2 para. 2)',
  other: 'Another exemption (named in the reason)',
} as const;
export type SarExemption = keyof typeof SAR_EXEMPTIONS;
export const SAR_EXEMPTION_KEYS = Object.keys(SAR_EXEMPTIONS) as [SarExemption, ...SarExemption[]];
