import type { ActivityKind, LogCpdResult } from '../../../../shared/domains/activities';
import { formatUkDate } from '../../../../shared/dates';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { cpdDateProblem, type CpdSource, type CpdType } from '../../../../shared/domains/registration-cpd';
import { cpdMembersFrom, recordCpd } from '../registration/cpd-api';
import type { ActivitiesService } from './service';

interface Participant {
  memberId: number;
  name: string;
  reflection: string;
}
interface Plan {
  /** The record each person's entry links to (a foreign key in the CPD log, migration 0017). */
  source: CpdSource;
  activityType: CpdType;
  title: string;
  date: string;
  hours: number;
  people: Participant[];
}

const joinLines = (parts: [string, string][]) =>
  parts
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

/** What a missing record of each kind is called in words. */
const KIND_WORDS: Record<ActivityKind, string> = { alsMeeting: 'set meeting', buddying: 'buddy pairing', coaching: 'coaching record', shadowing: 'shadowing visit' };

/** Who an activity involved and what each of them takes into their CPD log. */
function planFor(s: ActivitiesService, kind: ActivityKind, id: number, hours: number | null, date: string | null, today: string): Plan {
  const missing = () => AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: KIND_WORDS[kind], id } });
  switch (kind) {
    case 'alsMeeting': {
      const meeting = s.sets.meeting(id);
      if (!meeting) throw missing();
      const set = s.getSet(meeting.setId);
      const planOf = new Map(meeting.plans.map((p) => [p.presenterId, p.plan]));
      // Only those who came: apologies and absences earn no hours.
      const attended = meeting.attendance.filter((a) => a.status === 'attended');
      if (attended.length === 0) throw new AppError('VALIDATION', 'Nobody is recorded as attending this meeting: record attendance first.', 'id');
      return {
        source: { kind: 'alsMeeting', id },
        activityType: 'action_learning_set',
        // The CPD log shows the type ("Action learning set: …"): the title is the set's own name.
        title: set.name,
        date: meeting.heldOn,
        hours: meeting.hours,
        people: attended.map((m) => ({ memberId: m.memberId, name: m.name, reflection: joinLines([['My action plan', planOf.get(m.memberId) ?? '']]) })),
      };
    }
    case 'buddying': {
      const pair = s.records.buddy(id);
      if (!pair) throw missing();
      if (hours === null) throw AppError.of('VALIDATION', 'required', { field: 'hours', params: { detail: 'say how many hours this buddying session took' } });
      const on = date ?? today;
      if (on < pair.startedOn) {
        throw AppError.rule('VALIDATION', 'date', `cannot be before the pairing started (${formatUkDate(pair.startedOn)})`);
      }
      if (pair.endedOn !== null && on > pair.endedOn) {
        throw AppError.rule('VALIDATION', 'date', `cannot be after the pairing ended (${formatUkDate(pair.endedOn)})`);
      }
      return {
        // An ongoing pair meets many times: each session (by its date) is logged on its own.
        source: { kind: 'buddying', id, sessionOn: on },
        activityType: 'buddying',
        title: `${pair.buddyName} and ${pair.newStarterName}`,
        date: on,
        hours,
        people: [
          { memberId: pair.buddyId, name: pair.buddyName, reflection: joinLines([['Focus', pair.focus], ['Notes', pair.buddyNotes]]) },
          { memberId: pair.newStarterId, name: pair.newStarterName, reflection: joinLines([['Focus', pair.focus], ['Notes', pair.starterNotes]]) },
        ],
      };
    }
    case 'coaching': {
      const c = s.records.coaching(id);
      if (!c) throw missing();
      const grow = joinLines([['Goal', c.goal], ['Reality', c.reality], ['Options', c.options], ['Way forward', c.wayForward]]);
      const people: Participant[] = [{ memberId: c.coacheeId, name: c.coacheeName, reflection: grow }];
      if (c.coachMemberId !== null) people.push({ memberId: c.coachMemberId, name: c.coachLabel, reflection: `Coached ${c.coacheeName}.` });
      // Each coaching record is one session, so an ongoing coaching relationship logs CPD session by session.
      return { source: { kind: 'coaching', id }, activityType: 'coaching', title: `GROW session: ${c.goal.slice(0, 150)}`, date: c.heldOn, hours: c.hours, people };
    }
    case 'shadowing': {
      const v = s.records.visit(id);
      if (!v) throw missing();
      return {
        source: { kind: 'shadowing', id },
        activityType: 'shadowing_visit',
        title: v.hostLibrary,
        date: v.visitOn,
        hours: v.hours,
        people: [{ memberId: v.memberId, name: v.memberName, reflection: joinLines([['Objectives', v.objectives], ['Reflection', v.reflection]]) }],
      };
    }
    default: {
      // A closed union: a kind added to ACTIVITY_KINDS without a case here fails to compile, not as shadowing.
      const unknown: never = kind;
      throw AppError.rule('VALIDATION', 'kind', `${String(unknown)} is not an activity kind`, 'invalidChoice');
    }
  }
}

/**
 * One CPD entry per person involved, all or none: runs inside the dispatcher's transaction,
 * so a refusal for the second person leaves the first one's entry unwritten too.
 */
export function logActivityCpd(
  ctx: AppContext,
  s: ActivitiesService,
  input: { kind: ActivityKind; id: number; sections: string[]; hours: number | null; date: string | null },
): LogCpdResult {
  const today = todayOf(ctx);
  const now = nowIso(ctx);
  const plan = planFor(s, input.kind, input.id, input.hours, input.date, today);
  const dateProblem = cpdDateProblem(plan.date, today);
  if (dateProblem) throw AppError.rule('VALIDATION', 'date', `${dateProblem}: log it once the activity has happened`, 'notInFuture');
  const already = cpdMembersFrom(ctx.db, plan.source);
  const todo = plan.people.filter((p) => !already.has(p.memberId));
  if (todo.length === 0) {
    const what = input.kind === 'buddying' ? `This buddying session (${formatUkDate(plan.date)})` : 'This activity';
    throw new AppError('CONFLICT', `${what} is already in everyone’s CPD log.`, input.kind === 'buddying' ? 'date' : 'id');
  }
  for (const person of todo) {
    recordCpd(
      ctx.db,
      {
        memberId: person.memberId,
        date: plan.date,
        activityType: plan.activityType,
        hours: plan.hours,
        reflection: person.reflection,
        sections: input.sections,
        // The CPD log refuses a second entry for the same person from the same source.
        source: plan.source,
        title: plan.title,
      },
      now,
      today,
    );
  }
  return { created: todo.length, names: todo.map((p) => p.name) };
}
