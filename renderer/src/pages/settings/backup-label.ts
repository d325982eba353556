import type { BackupInfo } from '../../../../shared/domains/system';
import { formatUkDate } from '../../../../shared/dates';

/** "23/11/2026 09:12 UTC, 12 team members" — what a manager needs to recognise a backup. */
export function describeBackup(b: BackupInfo): string {
  const when = `${formatUkDate(b.createdAt)} ${b.createdAt.slice(11, 16)} UTC`;
  const people = b.memberCount === null ? 'contents unreadable' : `${b.memberCount} team member${b.memberCount === 1 ? '' : 's'}`;
  return `${when}, ${people}`;
}
