import { CYCLE_STATUS_LABELS, type CycleStatus } from '../../../../shared/domains/recognition';

/** Status in words (never colour alone). */
export function StatusBadge({ status }: { status: CycleStatus }) {
  return <span className={`recognition-status recognition-status-${status}`}>{CYCLE_STATUS_LABELS[status]}</span>;
}

export const daysText = (days: number) =>
  days < 0 ? `${-days} day${days === -1 ? '' : 's'} overdue` : days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
