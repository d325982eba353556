import type {
  BuddyInput,
  CoachingInput,
  SetDetail,
  SetInput,
  SetMeetingChanges,
  SetMeetingInput,
  ShadowingInput,
} from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { deletedFrom } from '../../lib/deleted-from';
import { createTeamRepo } from '../team/repo';
import { createRecordsRepo } from './records-repo';
import { createSetsRepo } from './sets-repo';

/** What Undo of a delete sends back: the record's fields, its id, and the CPD entries it had given. */
type RestoreOf<T> = T & { id: number; cpdEntryIds: number[] };

export function createActivitiesService(ctx: AppContext) {
  const sets = createSetsRepo(ctx.db);
  const records = createRecordsRepo(ctx.db);
  const team = createTeamRepo(ctx.db);
  // Undo puts a deleted record back once, for the person it was deleted from (the new starter, coachee or visitor).
  const deletedBuddies = deletedFrom(ctx.db, 'activities:buddy', 'buddy pair', 'newStarterId');
  const deletedCoaching = deletedFrom(ctx.db, 'activities:coaching', 'coaching record', 'coacheeId');
  const deletedVisits = deletedFrom(ctx.db, 'activities:visit', 'shadowing visit', 'memberId');

  const requireMember = (memberId: number, field: string) => {
    const m = team.get(memberId);
    if (!m) throw AppError.rule('VALIDATION', field, `must be someone on the team (nobody has id ${memberId})`);
    return m;
  };
  const notFuture = (date: string | null, field: string, what: string) => {
    if (date !== null && date > todayOf(ctx)) {
      throw AppError.rule('VALIDATION', field, `cannot be in the future for ${what} (${formatUkDate(date)})`, 'notInFuture');
    }
  };
  const found = <T>(value: T | null, what: string, id: number): T => {
    if (value === null) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: what, id } });
    return value;
  };

  const getSet = (id: number): SetDetail => {
    const set = found(sets.get(id), 'action learning set', id);
    const meetings = sets.meetings(id);
    return { ...set, meetings, carriedPlans: meetings[0]?.plans ?? [] };
  };
  const checkAttendance = (set: SetDetail, attendance: SetMeetingChanges['attendance']) => {
    const memberIds = new Set(set.members.map((m) => m.id));
    attendance.forEach((a, i) => {
      if (!memberIds.has(a.memberId)) {
        throw new AppError('VALIDATION', `Attendance lists someone who is not a member of ${set.name}`, `attendance.${i}.memberId`);
      }
    });
  };
  const meetingOf = (id: number) => found(sets.meeting(id), 'set meeting', id);
  const checkSet = (input: SetInput) => input.memberIds.forEach((m, i) => requireMember(m, `memberIds.${i}`));

  const checkBuddy = (input: BuddyInput) => {
    requireMember(input.buddyId, 'buddyId');
    requireMember(input.newStarterId, 'newStarterId');
    if (input.buddyId === input.newStarterId) throw AppError.rule('VALIDATION', 'newStarterId', 'cannot be the buddy themselves');
    if (input.endedOn !== null && input.endedOn < input.startedOn) {
      throw AppError.rule('VALIDATION', 'endedOn', 'cannot be before the start date');
    }
    notFuture(input.endedOn, 'endedOn', 'a pairing that has ended');
  };
  const checkCoaching = (input: CoachingInput) => {
    requireMember(input.coacheeId, 'coacheeId');
    if (input.coachMemberId !== null) {
      requireMember(input.coachMemberId, 'coachMemberId');
      if (input.coachMemberId === input.coacheeId) throw AppError.rule('VALIDATION', 'coachMemberId', 'cannot be the coachee');
    }
    notFuture(input.heldOn, 'heldOn', 'a coaching session already recorded');
  };
  const checkVisit = (input: ShadowingInput) => {
    requireMember(input.memberId, 'memberId');
    if (input.reflection !== '') notFuture(input.visitOn, 'reflection', 'a visit that has not happened yet');
  };

  return {
    sets,
    records,
    listSets: () => sets.list(),
    forMember: (memberId: number) => ({ sets: sets.forMember(memberId), ...records.forMember(memberId) }),
    getSet,
    createSet: (input: SetInput) => {
      checkSet(input);
      return getSet(sets.insert(input, nowIso(ctx)));
    },
    updateSet: (id: number, input: SetInput) => {
      getSet(id);
      checkSet(input);
      sets.update(id, input, nowIso(ctx));
      return getSet(id);
    },
    recordSetMeeting: (input: SetMeetingInput) => {
      const set = getSet(input.setId);
      notFuture(input.heldOn, 'heldOn', 'a meeting already held');
      const memberIds = new Set(set.members.map((m) => m.id));
      input.plans.forEach((p, i) => {
        if (!memberIds.has(p.presenterId)) {
          throw AppError.rule('VALIDATION', `plans.${i}.presenterId`, `is not a member of ${set.name}`);
        }
      });
      const carried = new Set(set.carriedPlans.map((p) => p.id));
      input.progress.forEach((p, i) => {
        if (!carried.has(p.planId)) {
          throw AppError.rule('VALIDATION', `progress.${i}.planId`, 'is not a plan from the previous meeting');
        }
      });
      const last = set.meetings[0];
      if (last && input.heldOn < last.heldOn) {
        throw AppError.rule('VALIDATION', 'heldOn', `cannot be before the last meeting (${formatUkDate(last.heldOn)})`);
      }
      checkAttendance(set, input.attendance);
      const meetingId = sets.insertMeeting(input, nowIso(ctx));
      sets.setAttendance(meetingId, set.members.map((m) => m.id), input.attendance);
      for (const p of input.plans) sets.insertPlan(meetingId, p.presenterId, p.plan);
      for (const p of input.progress) sets.setProgress(p.planId, p.progress);
      return getSet(input.setId);
    },
    /** Corrects a meeting: date, hours, notes, who came. CPD already logged from it stays in each log. */
    updateSetMeeting: (id: number, changes: SetMeetingChanges) => {
      const meeting = meetingOf(id);
      const set = getSet(meeting.setId);
      notFuture(changes.heldOn, 'heldOn', 'a meeting already held');
      checkAttendance(set, changes.attendance);
      sets.updateMeeting(id, changes);
      // Keep rows for people who have since left the set, as they were recorded.
      const ids = [...new Set([...set.members.map((m) => m.id), ...changes.attendance.map((a) => a.memberId)])];
      sets.setAttendance(id, ids, changes.attendance);
      return getSet(meeting.setId);
    },
    deleteSetMeeting: (id: number) => {
      const meeting = meetingOf(id);
      sets.deleteMeeting(id);
      return getSet(meeting.setId);
    },
    deleteSet: (id: number) => {
      const set = getSet(id);
      sets.deleteSet(id);
      return { id, name: set.name };
    },

    listBuddies: () => records.buddies(),
    createBuddy: (input: BuddyInput) => {
      checkBuddy(input);
      return found(records.buddy(records.insertBuddy(input, nowIso(ctx))), 'buddy pair', 0);
    },
    updateBuddy: (id: number, input: BuddyInput) => {
      found(records.buddy(id), 'buddy pair', id);
      checkBuddy(input);
      records.updateBuddy(id, input, nowIso(ctx));
      return found(records.buddy(id), 'buddy pair', id);
    },
    deleteBuddy: (id: number) => {
      const pair = found(records.buddy(id), 'buddy pair', id);
      const cpdEntryIds = records.cpdOf('buddying', id);
      records.deleteBuddy(id);
      deletedBuddies.remember(id, pair.newStarterId);
      return { ...pair, cpdEntryIds };
    },
    /** Undo of a delete: the same id when it is free, and the CPD logged from the pair linked to it again. */
    restoreBuddy: ({ id, cpdEntryIds, ...input }: RestoreOf<BuddyInput>) => {
      deletedBuddies.check(id, input.newStarterId);
      checkBuddy(input);
      const newId = records.insertBuddy(input, nowIso(ctx), records.buddy(id) ? null : id);
      deletedBuddies.forget(id);
      records.relinkCpd('buddying', newId, cpdEntryIds);
      return found(records.buddy(newId), 'buddy pair', newId);
    },

    listCoaching: () => records.coachingList(),
    createCoaching: (input: CoachingInput) => {
      checkCoaching(input);
      return found(records.coaching(records.insertCoaching(input, nowIso(ctx))), 'coaching record', 0);
    },
    updateCoaching: (id: number, input: CoachingInput) => {
      found(records.coaching(id), 'coaching record', id);
      checkCoaching(input);
      records.updateCoaching(id, input, nowIso(ctx));
      return found(records.coaching(id), 'coaching record', id);
    },
    deleteCoaching: (id: number) => {
      const record = found(records.coaching(id), 'coaching record', id);
      const cpdEntryIds = records.cpdOf('coaching', id);
      records.deleteCoaching(id);
      deletedCoaching.remember(id, record.coacheeId);
      return { ...record, cpdEntryIds };
    },
    restoreCoaching: ({ id, cpdEntryIds, ...input }: RestoreOf<CoachingInput>) => {
      deletedCoaching.check(id, input.coacheeId);
      checkCoaching(input);
      const newId = records.insertCoaching(input, nowIso(ctx), records.coaching(id) ? null : id);
      deletedCoaching.forget(id);
      records.relinkCpd('coaching', newId, cpdEntryIds);
      return found(records.coaching(newId), 'coaching record', newId);
    },

    listVisits: () => records.visits(),
    createVisit: (input: ShadowingInput) => {
      checkVisit(input);
      return found(records.visit(records.insertVisit(input, nowIso(ctx))), 'shadowing visit', 0);
    },
    updateVisit: (id: number, input: ShadowingInput) => {
      found(records.visit(id), 'shadowing visit', id);
      checkVisit(input);
      records.updateVisit(id, input, nowIso(ctx));
      return found(records.visit(id), 'shadowing visit', id);
    },
    deleteVisit: (id: number) => {
      const visit = found(records.visit(id), 'shadowing visit', id);
      const cpdEntryIds = records.cpdOf('shadowing', id);
      records.deleteVisit(id);
      deletedVisits.remember(id, visit.memberId);
      return { ...visit, cpdEntryIds };
    },
    restoreVisit: ({ id, cpdEntryIds, ...input }: RestoreOf<ShadowingInput>) => {
      deletedVisits.check(id, input.memberId);
      checkVisit(input);
      const newId = records.insertVisit(input, nowIso(ctx), records.visit(id) ? null : id);
      deletedVisits.forget(id);
      records.relinkCpd('shadowing', newId, cpdEntryIds);
      return found(records.visit(newId), 'shadowing visit', newId);
    },
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
