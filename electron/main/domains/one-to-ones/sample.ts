import { addDays } from '../../../../shared/dates';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createOneToOnesRepo } from './repo';

const at = (isoDate: string, time: string) => new Date(`${isoDate}T${time}:00`).toISOString();

/** Adds this domain's part of the sample team's story. `people` maps sample keys (see sample/team.ts) to member ids. */
export function seedOneToOnesSample(ctx: AppContext, people: Map<string, number>): void {
  const candidate = people.get('chartership-candidate');
  if (candidate === undefined) return;
  const repo = createOneToOnesRepo(ctx.db);
  const today = todayOf(ctx);
  const now = nowIso(ctx);
  const monthly = { durationMinutes: 45, location: 'Meeting room 2, Central Library', recurrence: 'monthly' as const };

  const previous = repo.insert(candidate, { ...monthly, scheduledAt: at(addDays(today, -26), '10:00') }, now);
  repo.setStatus(previous, 'held', now);
  repo.setNotes(
    previous,
    'Seems less confident about the portfolio since the service review; check workload before the next deadline.',
    'Talked through the chartership portfolio. Agreed to protect two hours a fortnight for portfolio writing.',
    now,
  );
  const talkedThrough = repo.insertAgenda({ meetingId: previous, title: 'Chartership portfolio: progress since last month', detail: '', link: '', source: 'manual', hintKey: null });
  // Covered at that meeting, so it does not carry forward.
  repo.setCovered(talkedThrough, true);
  const done = repo.insertAction(
    { meetingId: previous, memberId: candidate, text: 'Book protected portfolio time in the rota', owner: 'manager', dueOn: addDays(today, -19) },
    now,
  );
  repo.setActionDone(done, now);
  repo.insertAction(
    { meetingId: previous, memberId: candidate, text: 'Send the mentor a draft of the PKSB gap analysis', owner: 'member', dueOn: addDays(today, -5) },
    now,
  );

  repo.insert(candidate, { ...monthly, scheduledAt: at(addDays(today, 2), '10:00') }, now);
}
