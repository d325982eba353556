import type { AgendaHint } from '../../../../shared/domains/agenda';
import type { z } from 'zod';
import {
  meetingInput,
  type ActionInput,
  type AgendaItem,
  type Meeting,
  type MeetingStatus,
  type MemberOneToOnes,
  type Overview,
  type manualAgendaInput,
  weekStartOf,
} from '../../../../shared/domains/one-to-ones';
import { addDays, formatUkDate, localIsoDate, plannedDateProblem } from '../../../../shared/dates';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createTeamRepo } from '../team/repo';
import { suggestAgenda } from './agenda';
import { standingKey } from '../../../../shared/domains/one-to-one-series';
import { nextOccurrence, seriesOccurrenceAfter, seriesView } from './recurrence';
import { createOneToOnesRepo, toSummary, type MeetingRecord, type MeetingWrite } from './repo';
import { takeReminders } from './reminders';
import { createSeriesRepo } from './series-repo';

/** An action is due within five years; one due long ago is a slip of the year (1990 for 2026). */
const ACTION_DUE_YEARS = { back: 2, ahead: 5 };

type MeetingChanges = z.output<typeof meetingInput>;
type ManualAgendaInput = z.output<typeof manualAgendaInput>;

/** Start of a local calendar day as a UTC instant, to compare with stored meeting times. */
export const dayStartInstant = (isoDate: string) => new Date(`${isoDate}T00:00:00`).toISOString();
/** The local calendar date of a stored instant. */
export const localDateOf = (instant: string) => localIsoDate(new Date(instant));

const MAX_AHEAD_DAYS = 2 * 366;

export function createOneToOnesService(ctx: AppContext) {
  const repo = createOneToOnesRepo(ctx.db);
  const seriesRepo = createSeriesRepo(ctx.db);
  const team = createTeamRepo(ctx.db);

  /** A new meeting starts with the member's standing items on its agenda. */
  const insertMeeting = (memberId: number, input: MeetingWrite): number => {
    const meetingId = repo.insert(memberId, input, nowIso(ctx));
    for (const item of seriesRepo.standingOf(memberId)) seriesRepo.copyOnto(meetingId, item, standingKey(item.id));
    return meetingId;
  };

  const require = (id: number, field = 'id'): MeetingRecord => {
    const found = repo.get(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field, params: { thing: 'one-to-one', id } });
    return found;
  };

  /** `field` names the input that holds the time (a series' first meeting is `startsAt`), so the form shows it there. */
  const checkTime = (scheduledAt: string, field = 'scheduledAt') => {
    const date = localDateOf(scheduledAt);
    if (date > addDays(todayOf(ctx), MAX_AHEAD_DAYS)) {
      throw AppError.rule('VALIDATION', field, 'must be within the next two years', 'max');
    }
    if (date < '2000-01-01') throw AppError.rule('VALIDATION', field, 'must be in 2000 or later', 'min');
  };

  const requireScheduled = (m: MeetingRecord) => {
    if (m.status !== 'scheduled') {
      throw new AppError('CONFLICT', `This one-to-one is already ${m.status}; its agenda is closed.`, 'meetingId');
    }
  };

  const suggestionsFor = (m: Pick<MeetingRecord, 'memberId' | 'scheduledAt'>, agenda: AgendaItem[]) => {
    const exclude = repo.dismissedKeys(m.memberId);
    for (const item of agenda) if (item.hintKey) exclude.add(item.hintKey);
    // Topics the last held meeting did not cover come first, as open actions carry forward (issue #18).
    const carried: AgendaHint[] = repo
      .uncoveredBefore(m.memberId, m.scheduledAt)
      .map((item) => ({
        source: 'oneToOnes' as const,
        key: `oneToOnes:carry:${item.id}`,
        title: item.title,
        detail: `Not covered last time.${item.detail ? ` ${item.detail}` : ''}`,
        link: item.link,
        priority: 1,
      }))
      .filter((h) => !exclude.has(h.key));
    return [...carried, ...suggestAgenda(ctx.db, m.memberId, todayOf(ctx), exclude)];
  };

  const get = (id: number): Meeting => {
    const { seriesId, seriesSlot, ...m } = require(id);
    const agenda = repo.agenda(id);
    return {
      ...m,
      agenda,
      suggestions: m.status === 'scheduled' ? suggestionsFor(m, agenda) : [],
      actions: repo.actionsOf(id),
      carriedActions: repo.carriedActions(m.memberId, id, m.scheduledAt),
      nextMeetingId: repo.laterScheduledId(m.memberId, m.scheduledAt),
      series: (() => {
        const found = seriesId === null ? null : seriesRepo.series(seriesId);
        return found ? seriesView(found) : null;
      })(),
      movedFrom: seriesSlot !== null && seriesSlot !== m.scheduledAt ? seriesSlot : null,
    };
  };

  const acceptHint = (m: MeetingRecord, key: string) => {
    const hint = suggestionsFor(m, repo.agenda(m.id)).find((h) => h.key === key);
    if (!hint) throw new AppError('NOT_FOUND', 'That suggestion is no longer offered for this one-to-one.', 'key');
    repo.insertAgenda({ meetingId: m.id, title: hint.title, detail: hint.detail, link: hint.link, source: hint.source, hintKey: hint.key });
  };

  return {
    repo,
    require,
    get,

    overview: (): Overview => {
      const today = todayOf(ctx);
      const weekStart = weekStartOf(today);
      const [a, b, c] = [weekStart, addDays(weekStart, 7), addDays(weekStart, 14)].map(dayStartInstant) as [string, string, string];
      return {
        weekStart,
        // Earlier this week and not yet written up belongs under toRecord, not here.
        thisWeek: repo.scheduledBetween(a > dayStartInstant(today) ? a : dayStartInstant(today), b).map(toSummary),
        nextWeek: repo.scheduledBetween(b, c).map(toSummary),
        toRecord: repo.toRecord(dayStartInstant(today)).map(toSummary),
        overdueActions: repo.overdueActions(today),
      };
    },

    seriesRepo,
    checkTime,
    insertMeeting,

    forMember: (memberId: number): MemberOneToOnes => ({
      next: (() => {
        const next = repo.nextForMember(memberId, dayStartInstant(todayOf(ctx)));
        return next ? toSummary(next) : null;
      })(),
      recent: repo.forMember(memberId).slice(0, 5).map(toSummary),
      openActions: repo.openActionsForMember(memberId),
      standing: seriesRepo.standingOf(memberId),
      series: seriesRepo.seriesOf(memberId).map(seriesView),
    }),

    schedule: (memberId: number, input: MeetingChanges): Meeting => {
      const member = team.get(memberId);
      if (!member) throw AppError.rule('VALIDATION', 'memberId', `must be someone on the team (nobody has id ${memberId})`);
      if (member.leftOn) throw new AppError('VALIDATION', `${member.name} has left the team.`, 'memberId');
      checkTime(input.scheduledAt);
      return get(insertMeeting(memberId, input));
    },

    update: (id: number, input: MeetingChanges): Meeting => {
      const m = require(id);
      checkTime(input.scheduledAt);
      if (m.status === 'held' && localDateOf(input.scheduledAt) > todayOf(ctx)) {
        throw AppError.rule('VALIDATION', 'scheduledAt', 'cannot be in the future for a meeting already held', 'notInFuture');
      }
      repo.update(id, input, nowIso(ctx));
      const moved = input.scheduledAt !== m.scheduledAt || input.durationMinutes !== m.durationMinutes || input.location !== m.location;
      if (m.seriesId !== null && moved) seriesRepo.bumpSequence(m.seriesId, nowIso(ctx));
      return get(id);
    },

    setStatus: (id: number, status: MeetingStatus): Meeting => {
      const m = require(id);
      if (status === 'held' && localDateOf(m.scheduledAt) > todayOf(ctx)) {
        throw new AppError(
          'VALIDATION',
          `A meeting on ${formatUkDate(localDateOf(m.scheduledAt))} cannot be recorded as held before it happens.`,
          'status',
        );
      }
      repo.setStatus(id, status, nowIso(ctx));
      if (m.seriesId !== null && (status === 'cancelled') !== (m.status === 'cancelled')) seriesRepo.bumpSequence(m.seriesId, nowIso(ctx));
      return get(id);
    },

    saveNotes: (id: number, privateNotes: string, sharedNotes: string): Meeting => {
      require(id);
      repo.setNotes(id, privateNotes, sharedNotes, nowIso(ctx));
      return get(id);
    },

    scheduleNext: (id: number): Meeting => {
      const m = require(id);
      const series = m.seriesId === null ? null : seriesRepo.series(m.seriesId);
      if (series) {
        if (series.status === 'cancelled') throw new AppError('CONFLICT', 'This series is cancelled: schedule a one-to-one by hand.', 'id');
        if (repo.laterScheduledId(m.memberId, m.scheduledAt) !== null) throw new AppError('CONFLICT', 'The next one-to-one is already scheduled.', 'id');
        // Counted on from the meeting's slot: one moved earlier must not be followed by its own slot again.
        const at = seriesOccurrenceAfter(series, m.seriesSlot ?? m.scheduledAt, dayStartInstant(todayOf(ctx)));
        if (!at) throw new AppError('VALIDATION', 'The series has no later meeting within the next two years.', 'id');
        checkTime(at);
        const input = { scheduledAt: at, durationMinutes: series.durationMinutes, location: series.location, recurrence: 'none' as const, seriesId: series.id };
        return get(insertMeeting(m.memberId, input));
      }
      if (m.recurrence === 'none') {
        throw new AppError('VALIDATION', 'This one-to-one does not repeat: schedule the next one by hand.', 'recurrence');
      }
      const existing = repo.laterScheduledId(m.memberId, m.scheduledAt);
      if (existing !== null) throw new AppError('CONFLICT', 'The next one-to-one is already scheduled.', 'id');
      // A long-missed series restarts from today rather than filling the past.
      const notBefore = dayStartInstant(todayOf(ctx));
      let next = nextOccurrence(m.scheduledAt, m.recurrence) as string;
      for (let i = 0; i < 500 && next < notBefore; i += 1) next = nextOccurrence(next, m.recurrence) as string;
      const input = { scheduledAt: next, durationMinutes: m.durationMinutes, location: m.location, recurrence: m.recurrence };
      checkTime(next);
      return get(insertMeeting(m.memberId, input));
    },

    takeReminders: () => takeReminders(ctx, repo),

    /** The member's prep sheet: shared things only (the last meeting's shared notes, never private notes). */
    prepSheet: (id: number) => {
      const meeting = get(id);
      const last = repo.lastHeldBefore(meeting.memberId, meeting.scheduledAt);
      return {
        meeting,
        carriedTopics: meeting.suggestions.filter((h) => h.key.startsWith('oneToOnes:carry:')).map((h) => ({ title: h.title, detail: h.detail })),
        lastMeeting: last ? { scheduledAt: last.scheduledAt, sharedNotes: last.sharedNotes } : null,
      };
    },

    acceptSuggestion: (meetingId: number, key: string): Meeting => {
      const m = require(meetingId, 'meetingId');
      requireScheduled(m);
      acceptHint(m, key);
      return get(meetingId);
    },

    acceptAllSuggestions: (meetingId: number): Meeting => {
      const m = require(meetingId, 'meetingId');
      requireScheduled(m);
      for (const hint of suggestionsFor(m, repo.agenda(meetingId))) acceptHint(m, hint.key);
      return get(meetingId);
    },

    dismissSuggestion: (meetingId: number, key: string): Meeting => {
      const m = require(meetingId, 'meetingId');
      repo.dismiss(m.memberId, key, nowIso(ctx));
      return get(meetingId);
    },

    restoreSuggestion: (meetingId: number, key: string): Meeting => {
      const m = require(meetingId, 'meetingId');
      repo.undismiss(m.memberId, key);
      return get(meetingId);
    },

    addAgendaItem: (input: ManualAgendaInput): Meeting => {
      const m = require(input.meetingId, 'meetingId');
      requireScheduled(m);
      if (input.hintKey) {
        if (repo.agenda(m.id).some((i) => i.hintKey === input.hintKey)) {
          throw new AppError('CONFLICT', 'That item is already on the agenda.', 'hintKey');
        }
        repo.undismiss(m.memberId, input.hintKey);
      }
      repo.insertAgenda({ ...input, source: input.hintKey ? input.source : 'manual' });
      return get(m.id);
    },

    /** Ticks an agenda topic as covered; one left unticked at a held meeting is carried forward to the next. */
    setAgendaCovered: (itemId: number, covered: boolean): Meeting => {
      const item = repo.agendaItem(itemId);
      if (!item) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'agenda item', id: itemId } });
      repo.setCovered(itemId, covered);
      return get(item.meetingId);
    },

    removeAgendaItem: (itemId: number): Meeting => {
      const item = repo.agendaItem(itemId);
      if (!item) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'agenda item', id: itemId } });
      const m = require(item.meetingId);
      repo.deleteAgenda(itemId);
      // Remembered so the same suggestion does not come straight back.
      if (item.hintKey) repo.dismiss(m.memberId, item.hintKey, nowIso(ctx));
      return get(m.id);
    },

    reorderAgenda: (meetingId: number, itemIds: number[]): Meeting => {
      require(meetingId, 'meetingId');
      const current = repo.agenda(meetingId).map((i) => i.id);
      const same = current.length === itemIds.length && new Set(itemIds).size === itemIds.length && itemIds.every((i) => current.includes(i));
      if (!same) throw AppError.rule('VALIDATION', 'itemIds', 'must list every item of this agenda exactly once');
      repo.setPositions(itemIds);
      return get(meetingId);
    },

    addAction: (input: ActionInput): Meeting => {
      const m = require(input.meetingId, 'meetingId');
      const dueProblem = input.dueOn ? plannedDateProblem(input.dueOn, todayOf(ctx), ACTION_DUE_YEARS) : null;
      if (dueProblem) throw AppError.rule('VALIDATION', 'dueOn', dueProblem);
      repo.insertAction({ ...input, memberId: m.memberId }, nowIso(ctx));
      return get(m.id);
    },

    setActionDone: (id: number, done: boolean) => {
      const a = repo.action(id);
      if (!a) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'action', id } });
      repo.setActionDone(id, done ? (a.doneAt ?? nowIso(ctx)) : null);
      const updated = repo.action(id);
      if (!updated) throw new AppError('INTERNAL', 'The action vanished while saving.');
      return updated;
    },

    deleteAction: (id: number) => {
      const a = repo.action(id);
      if (!a) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'action', id } });
      repo.deleteAction(id);
      return a;
    },
  };
}

export type OneToOnesService = ReturnType<typeof createOneToOnesService>;
