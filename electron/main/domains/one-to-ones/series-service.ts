import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { MONTHLY_DAY_MAX, standingKey, type Series, type StandingItem } from '../../../../shared/domains/one-to-one-series';
import type { Meeting, seriesChanges } from '../../../../shared/domains/one-to-ones';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { deletedFrom } from '../../lib/deleted-from';
import { createTeamRepo } from '../team/repo';
import { seriesOccurrenceAfter, seriesPlace, seriesView } from './recurrence';
import type { SeriesRecord } from './series-repo';
import { dayStartInstant, type OneToOnesService } from './service';

type SeriesChanges = z.output<typeof seriesChanges>;

/** Standing agenda items and series of regular one-to-ones (issue #18, "one-to-ones that carry on"). */
export function createSeriesService(ctx: AppContext, o: OneToOnesService) {
  const repo = o.seriesRepo;
  const team = createTeamRepo(ctx.db);
  const fromToday = () => dayStartInstant(todayOf(ctx));
  // Undo of "Remove": the places the item had on the agendas still to come, while the app runs.
  const removed = deletedFrom<{ meetingId: number; position: number }[]>(ctx.db, 'oneToOnes:standing', 'standing agenda item', 'memberId');

  const requireMember = (memberId: number) => {
    const member = team.get(memberId);
    if (!member) throw AppError.rule('VALIDATION', 'memberId', `must be someone on the team (nobody has id ${memberId})`);
    if (member.leftOn) throw new AppError('VALIDATION', `${member.name} has left the team.`, 'memberId');
    return member;
  };
  const requireStanding = (id: number): StandingItem => {
    const found = repo.standing(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'standing agenda item', id: id } });
    return found;
  };
  const requireSeries = (id: number): SeriesRecord => {
    const found = repo.series(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'one-to-one series', id: id } });
    return found;
  };
  const checkRule = (c: SeriesChanges, field: string) => {
    o.checkTime(c.startsAt, field);
    if (c.frequency === 'monthly' && seriesPlace(c.startsAt).monthDay > MONTHLY_DAY_MAX) {
      throw AppError.of('VALIDATION', 'invalid', {
        field,
        params: { detail: `a monthly series must start on day 1 to ${MONTHLY_DAY_MAX} of the month, which every month has` },
      });
    }
  };

  return {
    addStanding: (memberId: number, title: string, detail: string): StandingItem => {
      requireMember(memberId);
      const id = repo.insertStanding(memberId, title, detail, nowIso(ctx));
      const item = requireStanding(id);
      for (const meetingId of repo.upcomingMeetingIds(memberId, fromToday())) repo.copyOnto(meetingId, item, standingKey(id));
      return item;
    },

    updateStanding: (id: number, title: string, detail: string): StandingItem => {
      const item = requireStanding(id);
      repo.updateStanding(id, title, detail, nowIso(ctx));
      repo.renameCopies(item.memberId, standingKey(id), title, detail, fromToday());
      return requireStanding(id);
    },

    /** Off every meeting still to happen; meetings already held keep it as part of their record. */
    removeStanding: (id: number): StandingItem => {
      const item = requireStanding(id);
      const places = repo.openCopies(item.memberId, standingKey(id), fromToday());
      repo.dropCopies(item.memberId, standingKey(id), fromToday());
      repo.deleteStanding(id);
      removed.remember(id, item.memberId, places);
      return item;
    },

    /**
     * Undo of a removal: the same id, and on each meeting still to happen the copy goes back where it was on the
     * agenda. A copy ticked as covered was never taken off, so it is not doubled; a meeting booked since gets it at
     * the end, as a new item would.
     */
    restoreStanding: (input: StandingItem): StandingItem => {
      const places = removed.check(input.id, input.memberId) ?? [];
      requireMember(input.memberId);
      if (repo.standing(input.id)) throw new AppError('CONFLICT', 'This standing agenda item is already there.', 'id');
      const id = repo.insertStanding(input.memberId, input.title, input.detail, nowIso(ctx), input.id);
      const item = requireStanding(id);
      const key = standingKey(id);
      const at = new Map(places.map((p) => [p.meetingId, p.position]));
      for (const meetingId of repo.upcomingMeetingIds(item.memberId, fromToday())) {
        if (repo.hasCopy(meetingId, key)) continue;
        const position = at.get(meetingId);
        if (position === undefined) repo.copyOnto(meetingId, item, key);
        else repo.copyAt(meetingId, position, item, key);
      }
      removed.forget(input.id);
      return item;
    },

    /** Sets up the series and schedules its first meeting. */
    createSeries: (memberId: number, c: SeriesChanges): Meeting => {
      const member = requireMember(memberId);
      checkRule(c, 'startsAt');
      // One active series a person: two would book two sets of meetings and two calendar events for one rhythm.
      const active = repo.seriesOf(memberId).find((s) => s.status !== 'cancelled');
      if (active) {
        throw new AppError('CONFLICT', `${member.name} already has regular one-to-ones (${seriesView(active).label}): change or cancel that series first.`, 'memberId');
      }
      const uid = `one-to-one-series-${randomUUID()}@staff-development-workbench`;
      const seriesId = repo.insertSeries(memberId, uid, c, nowIso(ctx));
      const meetingId = o.insertMeeting(memberId, {
        scheduledAt: c.startsAt,
        durationMinutes: c.durationMinutes,
        location: c.location,
        recurrence: 'none',
        seriesId,
      });
      return o.get(meetingId);
    },

    /** A change raises SEQUENCE; the series' meetings still to happen move to the new rule. */
    updateSeries: (id: number, c: SeriesChanges): Series => {
      const s = requireSeries(id);
      if (s.status === 'cancelled') throw new AppError('CONFLICT', 'This series is cancelled and cannot be changed.', 'id');
      checkRule(c, 'changes.startsAt');
      repo.updateSeries(id, c, nowIso(ctx));
      const changed = requireSeries(id);
      let after = '';
      for (const meetingId of repo.upcomingOfSeries(id, fromToday())) {
        const at = seriesOccurrenceAfter(changed, after, fromToday());
        if (!at) break;
        o.checkTime(at);
        o.repo.update(meetingId, { scheduledAt: at, durationMinutes: c.durationMinutes, location: c.location, recurrence: 'none' }, nowIso(ctx), at);
        after = at;
      }
      return seriesView(changed);
    },

    /** A cancellation raises SEQUENCE too, and cancels the series' meetings still to happen. */
    cancelSeries: (id: number): Series => {
      const s = requireSeries(id);
      if (s.status === 'cancelled') throw new AppError('CONFLICT', 'This series is already cancelled.', 'id');
      repo.cancelSeries(id, nowIso(ctx));
      for (const meetingId of repo.upcomingOfSeries(id, fromToday())) o.repo.setStatus(meetingId, 'cancelled', nowIso(ctx));
      return seriesView(requireSeries(id));
    },

    requireSeries,
  };
}
