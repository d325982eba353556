import type Database from 'better-sqlite3';
import type { AttentionItem } from '../../../../shared/domains/dashboard';
import { monthName, otjMonthGaps } from './agenda';

/** What the agreements domain adds to the home dashboard besides progress reviews. */
export function agreementsAttention(db: Database.Database, today: string): AttentionItem[] {
  return otjMonthGaps(db, today).map((g) => {
    const latest = g.months[g.months.length - 1] ?? '';
    const more = g.months.length - 1;
    return {
      // The latest empty month is part of the key: a dismissed item comes back when another month passes empty.
      key: `agreements:otj-month:${g.agreementId}:${latest}`,
      kind: 'trainee-otj',
      title: `${g.memberName}: no off-the-job training recorded in ${monthName(latest)}`,
      detail:
        more > 0
          ? `Also none in ${more} earlier ${more === 1 ? 'month' : 'months'}. Some off-the-job activity is expected every month until gateway.`
          : 'Some off-the-job activity is expected every month until gateway: record it, or plan it at the next review.',
      link: g.link,
      urgency: 2,
      dueOn: null,
    };
  });
}
