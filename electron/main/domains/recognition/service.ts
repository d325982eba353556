import type { BlockedNominee, Cycle, CycleDetail, CycleStatus, Nomination, NominationInput, Scheme, SchemeInput } from '../../../../shared/domains/recognition';
import { CYCLE_STATUS_LABELS } from '../../../../shared/domains/recognition';
import { cooldownBreach, nextCyclePeriod, resolveTally, ssmartHints } from '../../../../shared/domains/recognition-rules';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createTeamRepo } from '../team/repo';
import { createRecognitionRepo, type NominationRow } from './repo';

export function createRecognitionService(ctx: AppContext) {
  const repo = createRecognitionRepo(ctx.db);
  const team = createTeamRepo(ctx.db);

  const requireScheme = (id: number, field = 'id'): Scheme => {
    const found = repo.getScheme(id);
    if (!found) throw new AppError('NOT_FOUND', `No recognition scheme has id ${id}.`, field);
    return found;
  };
  const requireCycle = (id: number, field = 'cycleId'): Cycle => {
    const found = repo.getCycle(id);
    if (!found) throw new AppError('NOT_FOUND', `No recognition cycle has id ${id}.`, field);
    return found;
  };
  const requireStatus = (c: Cycle, allowed: CycleStatus[], doing: string) => {
    if (!allowed.includes(c.status)) {
      throw new AppError('CONFLICT', `Cannot ${doing}: ${c.label} is "${CYCLE_STATUS_LABELS[c.status]}".`, 'cycleId');
    }
  };
  const transition = (c: Cycle, to: CycleStatus, note = '') => {
    repo.setStatus(c.id, to);
    repo.recordEvent(c.id, nowIso(ctx), to, note);
  };
  const activeMember = (id: number, field: string, role: string) => {
    const m = team.get(id);
    if (!m) throw new AppError('VALIDATION', `${field}: no team member has id ${id}`, field);
    if (m.leftOn) throw new AppError('VALIDATION', `Archived member rule: ${m.name} is archived as a leaver and cannot be ${role}.`, field);
    return m;
  };

  /** Cooldown check for one member in one cycle; null when they may be nominated. */
  const cooldownFor = (scheme: Scheme, cycleId: number, memberId: number, name: string, cycles = repo.cyclesOfScheme(scheme.id)): BlockedNominee | null => {
    const won = cooldownBreach(cycles, cycleId, memberId, scheme.cooldownCycles);
    if (!won) return null;
    const n = scheme.cooldownCycles;
    return {
      memberId,
      name,
      rule: 'cooldown',
      message: `Cooldown rule: ${name} won ${scheme.name} for ${won.label}; winners sit out the next ${n} cycle${n === 1 ? '' : 's'}.`,
    };
  };

  const toNomination = (scheme: Scheme, c: Cycle, row: NominationRow): Nomination => ({
    id: row.id,
    cycleId: row.cycle_id,
    nomineeId: row.nominee_id,
    nomineeName: row.nominee_name,
    nominatorId: scheme.anonymous ? null : row.nominator_id,
    nominatorName: scheme.anonymous ? null : row.nominator_name,
    nominatorHidden: scheme.anonymous,
    category: row.category,
    reason: row.reason,
    evidence: row.evidence,
    nominatedOn: row.nominated_on,
    shortlisted: row.shortlisted === 1,
    votes: row.votes,
    hints: ssmartHints(row.reason, { category: row.category, values: scheme.values, periodStart: c.periodStart, periodEnd: c.periodEnd }),
  });

  const tally = (scheme: Scheme, c: Cycle) => {
    const rows = repo.nominations(c.id).filter((n) => n.shortlisted === 1);
    const outcome = resolveTally(
      rows.map((n) => ({
        nominationId: n.id,
        nomineeId: n.nominee_id,
        votes: n.votes,
        nominatedOn: n.nominated_on,
        pastWins: repo.winsInScheme(scheme.id, n.nominee_id),
      })),
      scheme.tieBreak,
    );
    return { rows, outcome };
  };

  const service = {
    repo,
    requireScheme,
    requireCycle,
    listSchemes: (includeArchived: boolean) =>
      repo.listSchemes(includeArchived).map((s) => {
        const cycles = repo.cyclesOfScheme(s.id);
        return { ...s, cycleCount: cycles.length, currentCycle: cycles[cycles.length - 1] ?? null };
      }),
    getScheme: (id: number) => ({ scheme: requireScheme(id), cycles: repo.cyclesOfScheme(id).reverse() }),
    createScheme: (input: SchemeInput) => requireScheme(repo.insertScheme(input, nowIso(ctx))),
    updateScheme: (id: number, input: SchemeInput) => {
      requireScheme(id);
      repo.updateScheme(id, input, nowIso(ctx));
      return requireScheme(id);
    },
    archiveScheme: (id: number, archived: boolean) => {
      requireScheme(id);
      repo.archiveScheme(id, archived ? todayOf(ctx) : null, nowIso(ctx));
      return requireScheme(id);
    },
    openCycle: (schemeId: number): Cycle => {
      const scheme = requireScheme(schemeId, 'schemeId');
      if (scheme.archivedOn) throw new AppError('CONFLICT', `${scheme.name} is archived; restore it before opening a cycle.`, 'schemeId');
      const cycles = repo.cyclesOfScheme(schemeId);
      const stillOpen = cycles.find((c) => c.status === 'open');
      if (stillOpen) {
        throw new AppError('CONFLICT', `One open cycle at a time: close ${stillOpen.label} before opening the next.`, 'schemeId');
      }
      const latest = cycles[cycles.length - 1];
      const period = nextCyclePeriod(scheme.cadence, latest?.periodEnd ?? null, todayOf(ctx));
      const id = repo.insertCycle({ scheme_id: schemeId, label: period.label, period_start: period.start, period_end: period.end }, nowIso(ctx));
      repo.recordEvent(id, nowIso(ctx), 'open');
      return requireCycle(id);
    },
    getCycle: (id: number): CycleDetail => {
      const c = requireCycle(id, 'id');
      const scheme = requireScheme(c.schemeId);
      const rows = repo.nominations(id);
      const cycles = repo.cyclesOfScheme(scheme.id);
      const blocked = team
        .list(false)
        .map((m) => cooldownFor(scheme, id, m.id, m.name, cycles))
        .filter((b): b is BlockedNominee => b !== null);
      const voterIds = repo.voterIds(id);
      const outcome = c.status === 'shortlisted' ? tally(scheme, c).outcome : null;
      return {
        scheme,
        cycle: c,
        nominations: rows.map((r) => toNomination(scheme, c, r)),
        events: repo.events(id),
        votesCast: voterIds.length,
        voterIds,
        blocked,
        tiedNominationIds: outcome?.kind === 'needs_manager' ? outcome.tied : [],
      };
    },
    nominate: (input: NominationInput): Nomination => {
      const c = requireCycle(input.cycleId);
      const scheme = requireScheme(c.schemeId);
      if (c.status !== 'open') {
        throw new AppError('CONFLICT', `Closed cycle rule: ${c.label} is closed, so nominations cannot be added or changed.`, 'cycleId');
      }
      const nominee = activeMember(input.nomineeId, 'nomineeId', 'nominated');
      if (input.nominatorId !== null) activeMember(input.nominatorId, 'nominatorId', 'a nominator');
      if (!scheme.allowSelfNomination && input.nominatorId === input.nomineeId) {
        throw new AppError('FORBIDDEN', `Self-nomination rule: ${scheme.name} does not allow people to nominate themselves.`, 'nomineeId');
      }
      if (!scheme.categories.includes(input.category)) {
        throw new AppError('VALIDATION', `category must be one of: ${scheme.categories.join(', ')}`, 'category');
      }
      if (input.reason.length < scheme.minReasonLength) {
        throw new AppError('VALIDATION', `Reason must be at least ${scheme.minReasonLength} characters (it has ${input.reason.length}).`, 'reason');
      }
      const blocked = cooldownFor(scheme, c.id, nominee.id, nominee.name);
      if (blocked) throw new AppError('FORBIDDEN', blocked.message, 'nomineeId');
      const id = repo.insertNomination(
        {
          cycle_id: c.id,
          nominee_id: input.nomineeId,
          nominator_id: input.nominatorId,
          category: input.category,
          reason: input.reason,
          evidence: input.evidence,
          nominated_on: todayOf(ctx),
        },
        nowIso(ctx),
      );
      const row = repo.nominations(c.id).find((n) => n.id === id);
      if (!row) throw new AppError('INTERNAL', 'The nomination was not saved.');
      return toNomination(scheme, c, row);
    },
    withdrawNomination: (id: number) => {
      const cycleId = repo.cycleOfNomination(id);
      if (cycleId === null) throw new AppError('NOT_FOUND', `No nomination has id ${id}.`, 'id');
      const c = requireCycle(cycleId);
      if (c.status !== 'open') throw new AppError('CONFLICT', `Closed cycle rule: ${c.label} is closed, so its nominations can no longer change.`, 'id');
      repo.deleteNomination(id);
      return { ok: true as const };
    },
    closeCycle: (cycleId: number) => {
      const c = requireCycle(cycleId);
      requireStatus(c, ['open'], 'close the cycle');
      if (c.nominationCount === 0) {
        throw new AppError('CONFLICT', `Empty cycle rule: ${c.label} has no nominations yet, so there is nothing to close.`, 'cycleId');
      }
      transition(c, 'closed', `${c.nominationCount} nomination${c.nominationCount === 1 ? '' : 's'}`);
      return requireCycle(cycleId);
    },
    shortlist: (cycleId: number, nominationIds: number[]) => {
      const c = requireCycle(cycleId);
      requireStatus(c, ['closed', 'shortlisted'], 'change the shortlist');
      if (repo.voterIds(cycleId).length > 0) throw new AppError('CONFLICT', 'Votes have been cast; the shortlist can no longer change.', 'nominationIds');
      const own = new Set(repo.nominations(cycleId).map((n) => n.id));
      const stranger = nominationIds.find((n) => !own.has(n));
      if (stranger !== undefined) throw new AppError('VALIDATION', `nominationIds: nomination ${stranger} is not in this cycle`, 'nominationIds');
      repo.setShortlist(cycleId, nominationIds);
      transition(c, 'shortlisted', `${nominationIds.length} shortlisted`);
      return requireCycle(cycleId);
    },
    vote: (cycleId: number, voterId: number, nominationId: number) => {
      const c = requireCycle(cycleId);
      const scheme = requireScheme(c.schemeId);
      if (scheme.decidedBy === 'manager') throw new AppError('CONFLICT', `${scheme.name} is decided by the manager; it has no votes.`, 'cycleId');
      requireStatus(c, ['shortlisted'], 'vote');
      const voter = activeMember(voterId, 'voterId', 'a voter');
      if (repo.voterIds(cycleId).includes(voterId)) {
        throw new AppError('CONFLICT', `One vote rule: ${voter.name} has already voted in ${c.label}.`, 'voterId');
      }
      const target = repo.nominations(cycleId).find((n) => n.id === nominationId);
      if (!target || target.shortlisted !== 1) {
        throw new AppError('VALIDATION', 'nominationId must be a shortlisted nomination of this cycle', 'nominationId');
      }
      repo.insertVote({ cycle_id: cycleId, voter_id: voterId, nomination_id: nominationId }, nowIso(ctx));
      return requireCycle(cycleId);
    },
    decide: (cycleId: number, chosen: number | null, reason: string) => {
      const c = requireCycle(cycleId);
      const scheme = requireScheme(c.schemeId);
      requireStatus(c, scheme.decidedBy === 'manager' ? ['closed', 'shortlisted'] : ['shortlisted'], 'decide the winner');
      const rows = repo.nominations(cycleId);
      let winnerId: number;
      let method: 'votes' | 'tie_break_rule' | 'manager';
      if (scheme.decidedBy === 'manager') {
        if (chosen === null) throw new AppError('VALIDATION', 'nominationId is required: choose the winning nomination', 'nominationId');
        if (!reason) throw new AppError('VALIDATION', 'reason is required when the manager decides', 'reason');
        [winnerId, method] = [chosen, 'manager'];
      } else {
        const { outcome } = tally(scheme, c);
        if (outcome.kind === 'no_votes') throw new AppError('CONFLICT', 'No votes have been cast yet.', 'cycleId');
        if (outcome.kind === 'winner') {
          if (chosen !== null && chosen !== outcome.nominationId) {
            throw new AppError('CONFLICT', 'The votes (and the tie-break rule) already decide the winner; it cannot be overridden.', 'nominationId');
          }
          [winnerId, method] = [outcome.nominationId, outcome.method];
        } else {
          if (chosen === null || !outcome.tied.includes(chosen)) {
            throw new AppError('VALIDATION', 'nominationId: the vote is tied; choose one of the tied nominations', 'nominationId');
          }
          if (!reason) throw new AppError('VALIDATION', 'reason is required to break a tie', 'reason');
          [winnerId, method] = [chosen, 'manager'];
        }
      }
      const winner = rows.find((n) => n.id === winnerId);
      if (!winner) throw new AppError('VALIDATION', 'nominationId is not a nomination of this cycle', 'nominationId');
      const blocked = cooldownFor(scheme, c.id, winner.nominee_id, winner.nominee_name);
      if (blocked) throw new AppError('FORBIDDEN', blocked.message, 'nominationId');
      repo.decide({
        id: cycleId,
        winner_member_id: winner.nominee_id,
        winner_nomination_id: winner.id,
        decision_method: method,
        decision_reason: reason,
        decided_on: todayOf(ctx),
      });
      repo.recordEvent(cycleId, nowIso(ctx), 'decided', `${winner.nominee_name} (${method.replace(/_/g, ' ')})${reason ? `: ${reason}` : ''}`);
      return requireCycle(cycleId);
    },
    announce: (cycleId: number) => {
      const c = requireCycle(cycleId);
      requireStatus(c, ['decided'], 'announce the winner');
      repo.announce(cycleId, todayOf(ctx));
      repo.recordEvent(cycleId, nowIso(ctx), 'announced');
      return requireCycle(cycleId);
    },
    recordReward: (cycleId: number, givenOn: string) => {
      const c = requireCycle(cycleId);
      requireStatus(c, ['announced'], 'record the reward');
      if (c.decidedOn && givenOn < c.decidedOn) throw new AppError('VALIDATION', 'givenOn cannot be before the winner was decided', 'givenOn');
      repo.reward(cycleId, givenOn);
      repo.recordEvent(cycleId, nowIso(ctx), 'rewarded');
      return requireCycle(cycleId);
    },
  };
  return service;
}

export type RecognitionService = ReturnType<typeof createRecognitionService>;
