import { CYCLE_STATUS_LABELS, type CycleStatus } from '../../../../shared/domains/recognition';

/** Status in words (never colour alone). */
export function StatusBadge({ status }: { status: CycleStatus }) {
  return <span className={`recognition-status recognition-status-${status}`}>{CYCLE_STATUS_LABELS[status]}</span>;
}

export const daysText = (days: number) =>
  days < 0 ? `${-days} day${days === -1 ? '' : 's'} overdue` : days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;

/** How soon a deadline reminder falls due, in words: overdue, within a week or within 30 days. */
export const deadlineBadge = (d: { daysLeft: number; level: 7 | 30 }) => (d.daysLeft < 0 ? 'Overdue' : d.level === 7 ? 'Within a week' : 'Within 30 days');
