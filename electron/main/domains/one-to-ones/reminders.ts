import { format } from 'date-fns';
import { REMINDER_LEAD_MINUTES, type MeetingReminder } from '../../../../shared/domains/one-to-one-series';
import { nowIso, type AppContext } from '../../context';
import type { OneToOnesRepo } from './repo';

/**
 * Meetings starting within the next REMINDER_LEAD_MINUTES (by the injected clock) not reminded of yet;
 * each is taken once per meeting time. The desktop shows an OS notification, the browser an in-app message.
 */
export function takeReminders(ctx: AppContext, repo: OneToOnesRepo): MeetingReminder[] {
  const nowMs = ctx.clock().getTime();
  const due = repo.dueReminders(new Date(nowMs).toISOString(), new Date(nowMs + REMINDER_LEAD_MINUTES * 60_000).toISOString());
  return due.map((m) => {
    repo.markReminded(m.id, nowIso(ctx));
    const minutes = Math.max(0, Math.round((Date.parse(m.scheduledAt) - nowMs) / 60_000));
    const starts = minutes === 0 ? 'Starts now' : `Starts in ${minutes} minute${minutes === 1 ? '' : 's'}`;
    return {
      meetingId: m.id,
      memberName: m.memberName,
      scheduledAt: m.scheduledAt,
      title: `One-to-one with ${m.memberName} at ${format(new Date(m.scheduledAt), 'HH:mm')}`,
      body: m.location ? `${starts} · ${m.location}` : starts,
    };
  });
}
