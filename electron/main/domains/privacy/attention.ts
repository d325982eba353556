import type Database from 'better-sqlite3';
import { formatUkDate } from '../../../../shared/dates';
import type { AttentionItem } from '../../../../shared/domains/dashboard';
import { createPrivacyRepo, createRequestsRepo } from './repo';
import { toRequest } from './requests';
import { plural } from '../../../../shared/plural';

/** Open subject access requests show from this many days before the reply is due. */
export const SAR_WARNING_DAYS = 14;

const inDays = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : days < 0 ? `${plural(-days, 'day')} ago` : `in ${plural(days, 'day')}`);

/** The privacy domain's dashboard items: subject access replies coming due, and erasures finished on start. */
export function privacyAttention(db: Database.Database, today: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const row of createRequestsRepo(db).open()) {
    const r = toRequest(row, today);
    if (r.daysLeft > SAR_WARNING_DAYS) continue;
    const canStillExtend = r.extensionMonths === 0 && today <= r.firstMonthEndsOn;
    const band = r.daysLeft < 0 ? 'overdue' : r.daysLeft <= 7 ? '7' : '14';
    items.push({
      key: `privacy:sar:${r.id}:${r.respondBy}:${band}`,
      kind: 'subject-access',
      title: r.daysLeft < 0 ? `${row.name}: subject access reply overdue` : `${row.name}: subject access reply due ${inDays(r.daysLeft)}`,
      detail:
        `Request received ${formatUkDate(r.receivedOn)}; reply by ${formatUkDate(r.respondBy)}.` +
        (canStillExtend ? ` If it is complex, you may extend by up to two months, but must tell them by ${formatUkDate(r.firstMonthEndsOn)}.` : ''),
      link: `/team/${r.memberId}`,
      urgency: band === 'overdue' || band === '7' ? 1 : 2,
      dueOn: r.respondBy,
    });
  }
  const repo = createPrivacyRepo(db);
  if (repo.pendingErasures().length > 0) {
    items.push({
      key: 'privacy:erasure:pending',
      kind: 'erasure',
      title: 'An erasure is not finished',
      detail: 'Older backups or leftover files may still hold an erased person. Restart the workbench or erase again to finish it.',
      link: '/settings',
      urgency: 1,
      dueOn: null,
    });
  }
  for (const e of repo.erasuresFinishedOnStart()) {
    items.push({
      key: `privacy:erasure:finished:${e.id}`,
      kind: 'erasure',
      title: 'An interrupted erasure was finished',
      detail: `An erasure begun ${formatUkDate(e.erased_at.slice(0, 10))} was interrupted; when the workbench started it removed ${plural(e.files_removed, 'file')} that still held the person.`,
      link: '/settings',
      urgency: 4,
      dueOn: null,
    });
  }
  return items;
}
