import { formatUkDate } from '../../../../shared/dates';
import {
  CLOSED_STAGES,
  LEVEL_LABELS,
  routesFor,
  ROUTE_LABELS,
  STAGE_LABELS,
  stageOrder,
  type Evidence,
  type EvidenceInput,
  type Journey,
  type JourneyCreateInput,
  type JourneyDetailsInput,
  type Level,
  type RegistrationSetInput,
  type Route,
  type StageChangeInput,
} from '../../../../shared/domains/registration';
import {
  evidenceVolumeHint,
  PORTFOLIO_ITEM_LABELS,
  portfolioItemsFor,
  type PortfolioItem,
  type PortfolioItemInput,
} from '../../../../shared/domains/registration-portfolio';
import { cpdWindowStart, EVALUATIVE_STATEMENT_WORD_LIMIT } from '../../../../shared/domains/registration-rules';
import { countWords } from '../../../../shared/word-count';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { deletedFrom } from '../../lib/deleted-from';
import { createRegistrationRepo, type JourneyRow } from './repo';
import { byUrgency, driftWeeksOf, DRIFT_WEEKS_KEY, toRecord, toSummary } from './views';

const sameName = (a: string, b: string | null) =>
  b !== null && a.trim() !== '' && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Advice that never blocks saving: CILIP mentoring is separate from line management. */
function warningsOf(row: JourneyRow, today: string): string[] {
  const warnings: string[] = [];
  if (sameName(row.mentor_name, row.line_manager_name)) {
    warnings.push(
      `The mentor is ${row.member_name}'s line manager. CILIP mentors should be someone other than the line manager: agree a different mentor.`,
    );
  }
  if (sameName(row.mentor_name, row.member_name)) warnings.push('The mentor is the candidate themselves.');
  const pastMentorStage = stageOrder(row.stage) >= stageOrder('mentor_agreed') && !CLOSED_STAGES.includes(row.stage);
  if (row.kind === 'registration' && pastMentorStage && row.mentor_name.trim() === '') {
    warnings.push('No mentor is recorded yet.');
  }
  if (row.kind === 'registration' && row.level !== 'fellowship' && row.mentor_on_register === 0) {
    warnings.push(
      `Mentors for ${LEVEL_LABELS[row.level]} are Chartered and on CILIP's mentor register: check the mentor is registered, or agree one who is.`,
    );
  }
  if (row.planned_submission_on && row.planned_submission_on < today && stageOrder(row.stage) < stageOrder('submitted')) {
    warnings.push(`The planned submission date (${formatUkDate(row.planned_submission_on)}) has passed: agree a new one.`);
  }
  return warnings;
}

export function createJourneyService(ctx: AppContext) {
  const repo = createRegistrationRepo(ctx.db);
  // An Undo puts an evidence item back on the journey it was removed from, never on another one.
  const deletedEvidence = deletedFrom(ctx.db, 'registration:evidence', 'evidence item', 'journeyId');
  const today = () => todayOf(ctx);

  const requireRow = (id: number, field = 'id'): JourneyRow => {
    const row = repo.journey(id, today());
    if (!row) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'registration journey', id: id } });
    return row;
  };
  const requireEvidence = (id: number) => {
    const item = repo.evidenceById(id);
    if (!item) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'evidence item', id: id } });
    return item;
  };
  const requireMember = (memberId: number) => {
    const member = repo.member(memberId);
    if (!member) throw AppError.of('NOT_FOUND', 'notFound', { field: 'memberId', params: { thing: 'team member', id: memberId } });
    return member;
  };
  const notFuture = (date: string, field: string) => {
    if (date > today()) throw AppError.of('VALIDATION', 'notInFuture', { field });
  };

  const checkRoute = (level: Level, route: Route) => {
    if (!routesFor(level).includes(route)) {
      throw AppError.of('VALIDATION', 'invalidChoice', { field: 'route', params: { detail: `${ROUTE_LABELS[route]} is a Chartership route, not a ${LEVEL_LABELS[level]} one` } });
    }
  };

  const portfolioOf = (row: JourneyRow): PortfolioItem[] => {
    if (row.kind !== 'registration') return [];
    const saved = new Map(repo.portfolio(row.id).map((p) => [p.item, p]));
    return portfolioItemsFor(row.level).map((item) => ({
      item,
      label: PORTFOLIO_ITEM_LABELS[item],
      doneOn: saved.get(item)?.done_on ?? null,
      note: saved.get(item)?.note ?? '',
    }));
  };

  const get = (id: number): Journey => {
    const row = requireRow(id);
    const weeks = driftWeeksOf(repo);
    const evidence = repo.evidence(id);
    return {
      ...toSummary(row, today(), weeks),
      mentorOnRegister: row.mentor_on_register === null ? null : row.mentor_on_register === 1,
      mentorName: row.mentor_name,
      mentorContact: row.mentor_contact,
      supportOfficer: row.support_officer,
      regionalNetwork: row.regional_network,
      notes: row.notes,
      lineManagerName: row.line_manager_name,
      statement: row.statement,
      statementWords: countWords(row.statement),
      statementUpdatedOn: row.statement_updated_on,
      warnings: warningsOf(row, today()),
      history: repo.events(id),
      evidence,
      portfolio: portfolioOf(row),
      evidenceHint: row.kind === 'registration' ? evidenceVolumeHint(evidence.length, row.stage) : null,
      driftWeeks: weeks,
    };
  };

  const changeStage = ({ id, stage, enteredOn, reason }: StageChangeInput): Journey => {
    const row = requireRow(id);
    if (stage === row.stage) throw AppError.rule('CONFLICT', 'stage', `is already ${STAGE_LABELS[stage]}`);
    notFuture(enteredOn, 'enteredOn');
    if (enteredOn < row.stage_changed_on) {
      throw AppError.rule('VALIDATION', 'enteredOn', `cannot be before the current stage began (${formatUkDate(row.stage_changed_on)})`);
    }
    // Going back is sometimes right (a failed submission), but it must be explained;
    // after "further information requested" going back to the portfolio is the expected path.
    const backwards = stageOrder(stage) < stageOrder(row.stage) || CLOSED_STAGES.includes(row.stage);
    if (backwards && row.stage !== 'further_information_requested' && reason.trim() === '') {
      throw AppError.rule('VALIDATION', 'reason', 'is required when moving back to an earlier stage', 'required');
    }
    if (stage === 'submitted' && row.kind === 'registration') {
      const words = countWords(row.statement);
      if (words > EVALUATIVE_STATEMENT_WORD_LIMIT) {
        throw AppError.rule('VALIDATION', 'statement', `must be at most ${EVALUATIVE_STATEMENT_WORD_LIMIT} words before submitting (it has ${words})`, 'max', {
          max: EVALUATIVE_STATEMENT_WORD_LIMIT,
        });
      }
    }
    const now = nowIso(ctx);
    repo.insertEvent(id, stage, enteredOn, reason.trim(), now);
    repo.setStage(id, stage, enteredOn, now);
    if (stage === 'awarded') recordAward(row, enteredOn, now);
    return get(id);
  };

  /** An award makes the member registered (or revalidated) at that level. */
  const recordAward = (row: JourneyRow, on: string, now: string) => {
    const existing = repo.memberRegistrations(row.member_id, on, on).find((r) => r.level === row.level);
    if (row.kind === 'revalidation') {
      repo.upsertRegistration(
        { memberId: row.member_id, level: row.level, registeredOn: existing?.registered_on ?? on, lastRevalidatedOn: on },
        now,
      );
    } else {
      repo.upsertRegistration({ memberId: row.member_id, level: row.level, registeredOn: on, lastRevalidatedOn: null }, now);
    }
  };

  return {
    get,
    changeStage,
    dashboard: () => {
      const t = today();
      const weeks = driftWeeksOf(repo);
      return {
        driftWeeks: weeks,
        counts: repo.stageCounts(),
        journeys: repo.openJourneys(t).map((r) => toSummary(r, t, weeks)).sort(byUrgency),
        registered: repo.registrations(cpdWindowStart(t), t).map((r) => toRecord(r, t)),
      };
    },
    memberJourneys: (memberId: number) => {
      requireMember(memberId);
      const t = today();
      const weeks = driftWeeksOf(repo);
      return repo.memberJourneys(memberId, t).map((r) => toSummary(r, t, weeks));
    },
    create: (input: JourneyCreateInput): Journey => {
      requireMember(input.memberId);
      notFuture(input.startedOn, 'startedOn');
      checkRoute(input.level, input.route ?? 'main');
      const now = nowIso(ctx);
      const id = repo.insertJourney(input, now);
      repo.insertEvent(id, input.stage, input.startedOn, '', now);
      return get(id);
    },
    update: (id: number, changes: JourneyDetailsInput): Journey => {
      const row = requireRow(id);
      const merged = {
        ...changes,
        route: changes.route ?? row.route,
        mentorOnRegister: changes.mentorOnRegister === undefined ? (row.mentor_on_register === null ? null : row.mentor_on_register === 1) : changes.mentorOnRegister,
      };
      checkRoute(row.level, merged.route);
      repo.updateDetails(id, merged, nowIso(ctx));
      return get(id);
    },
    remove: (id: number) => {
      requireRow(id);
      repo.deleteJourney(id);
      return { id };
    },
    saveStatement: (id: number, statement: string): Journey => {
      const row = requireRow(id);
      if (row.statement !== statement) repo.setStatement(id, statement, today(), nowIso(ctx));
      return get(id);
    },
    addEvidence: (input: EvidenceInput): Journey => {
      requireRow(input.journeyId, 'journeyId');
      // Evidence is something already done: a date after today is a typing slip.
      if (input.datedOn !== null) notFuture(input.datedOn, 'datedOn');
      repo.insertEvidence(input, today(), nowIso(ctx));
      return get(input.journeyId);
    },
    /** Ticks (or unticks) one portfolio document; the first tick's date is kept when the note changes. */
    setPortfolioItem: ({ journeyId, item, done, note }: PortfolioItemInput): Journey => {
      const row = requireRow(journeyId, 'journeyId');
      if (row.kind !== 'registration') {
        throw new AppError('VALIDATION', 'A revalidation has no portfolio checklist (it needs CPD hours and a reflective statement).', 'item');
      }
      if (!portfolioItemsFor(row.level).includes(item)) {
        throw new AppError('VALIDATION', `${PORTFOLIO_ITEM_LABELS[item]} is not part of a ${LEVEL_LABELS[row.level]} portfolio.`, 'item');
      }
      const before = repo.portfolio(journeyId).find((p) => p.item === item);
      repo.savePortfolioItem(journeyId, item, done ? (before?.done_on ?? today()) : null, note.trim());
      return get(journeyId);
    },
    updateEvidence: (id: number, changes: Omit<EvidenceInput, 'journeyId'>): Journey => {
      const item = requireEvidence(id);
      if (changes.datedOn !== null) notFuture(changes.datedOn, 'changes.datedOn');
      repo.updateEvidence(id, changes);
      return get(item.journeyId);
    },
    removeEvidence: (id: number): Journey => {
      const item = requireEvidence(id);
      repo.deleteEvidence(id);
      deletedEvidence.remember(id, item.journeyId);
      return get(item.journeyId);
    },
    /** Undo of a removal: the item comes back with the date it was first added, so drift and order are as before. */
    restoreEvidence: (item: Evidence): Journey => {
      requireRow(item.journeyId, 'journeyId');
      if (item.addedOn > today()) throw AppError.of('VALIDATION', 'notInFuture', { field: 'addedOn' });
      deletedEvidence.check(item.id, item.journeyId);
      repo.restoreEvidence(item, nowIso(ctx));
      deletedEvidence.forget(item.id);
      return get(item.journeyId);
    },
    setRegistered: (input: RegistrationSetInput) => {
      requireMember(input.memberId);
      notFuture(input.registeredOn, 'registeredOn');
      if (input.lastRevalidatedOn !== null) {
        notFuture(input.lastRevalidatedOn, 'lastRevalidatedOn');
        if (input.lastRevalidatedOn < input.registeredOn) {
          throw AppError.rule('VALIDATION', 'lastRevalidatedOn', 'cannot be before the registration date');
        }
      }
      repo.upsertRegistration(input, nowIso(ctx));
      const t = today();
      const row = repo.memberRegistrations(input.memberId, cpdWindowStart(t), t).find((r) => r.level === input.level);
      if (!row) throw new AppError('INTERNAL', 'The registration was not saved.');
      return toRecord(row, t);
    },
    removeRegistered: (id: number) => {
      const t = today();
      if (!repo.registrationById(id, t, t)) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'registration', id: id } });
      repo.deleteRegistration(id);
      return { id };
    },
    settings: () => ({ driftWeeks: driftWeeksOf(repo) }),
    updateSettings: (driftWeeks: number) => {
      repo.setSetting(DRIFT_WEEKS_KEY, String(driftWeeks));
      return { driftWeeks };
    },
  };
}
