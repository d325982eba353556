import { MIN_PANEL_SIZE, type BlockedNominee, type Cycle, type CycleDetail, type Scheme, type SchemeInput } from '../../../../shared/domains/recognition';
import { nextCyclePeriod, resolveTally } from '../../../../shared/domains/recognition-rules';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createRecognitionGuards } from './guards';

const NO_COUNTED_VOTES = 'No votes count yet: the only votes are for people who have left the team.';

export function createRecognitionService(ctx: AppContext) {
  const guards = createRecognitionGuards(ctx);
  const { repo, team, requireScheme, requireCycle, requireStatus, transition, activeMember, cooldownFor, toNomination } = guards;

  /** Votes counted per person; someone who has left the team is out of the running, and the count says so. */
  const tally = (scheme: Scheme, c: Cycle) => {
    const shortlisted = repo.nominations(c.id).filter((n) => n.shortlisted === 1);
    const rows = shortlisted.filter((n) => n.nominee_left_on === null);
    const leavers = new Map<number, { name: string; votes: number }>();
    for (const n of shortlisted.filter((l) => l.nominee_left_on !== null && l.votes > 0)) {
      leavers.set(n.nominee_id, { name: n.nominee_name, votes: (leavers.get(n.nominee_id)?.votes ?? 0) + n.votes });
    }
    const notCounted = [...leavers.values()].map((l) => `${l.name} (${l.votes} vote${l.votes === 1 ? '' : 's'})`);
    const note = notCounted.length === 0 ? '' : ` Not counted: ${notCounted.join(', ')} ${notCounted.length === 1 ? 'has' : 'have'} left the team.`;
    const counted = resolveTally(
      rows.map((n) => ({
        nominationId: n.id,
        nomineeId: n.nominee_id,
        name: n.nominee_name,
        votes: n.votes,
        nominatedOn: n.nominated_on,
        pastWins: repo.winsInScheme(scheme.id, n.nominee_id),
      })),
      scheme.tieBreak,
    );
    const outcome = counted.kind === 'no_votes' || !note ? counted : { ...counted, explanation: `${counted.explanation}${note}` };
    return { rows, outcome, leaversVoted: notCounted.length > 0, note };
  };

  /** A panel scheme names its panel: at least two current team members, each once. */
  const checkPanel = (input: SchemeInput) => {
    const panel = input.panelMemberIds ?? [];
    if (input.decidedBy !== 'panel') return;
    if (panel.length < MIN_PANEL_SIZE) {
      throw new AppError('VALIDATION', `Panel rule: name at least ${MIN_PANEL_SIZE} people on the panel (for one person deciding, choose "Manager decides").`, 'panelMemberIds');
    }
    for (const memberId of panel) activeMember(memberId, 'panelMemberIds', 'on a panel');
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
    createScheme: (input: SchemeInput) => {
      checkPanel(input);
      return requireScheme(repo.insertScheme(input, nowIso(ctx)));
    },
    updateScheme: (id: number, input: SchemeInput) => {
      requireScheme(id);
      checkPanel(input);
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
      const counted = c.status === 'shortlisted' ? tally(scheme, c) : null;
      const outcome = counted?.outcome ?? null;
      const tallyExplanation = outcome && outcome.kind !== 'no_votes' ? outcome.explanation : counted?.leaversVoted ? `${NO_COUNTED_VOTES}${counted.note}` : null;
      return {
        scheme,
        cycle: c,
        nominations: rows.map((r) => toNomination(scheme, c, r)),
        events: repo.events(id),
        votesCast: voterIds.length,
        voterIds,
        blocked,
        tiedNominationIds: outcome?.kind === 'needs_manager' ? outcome.tied : [],
        tallyExplanation,
      };
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
      if (stranger !== undefined) throw AppError.of('VALIDATION', 'invalid', { field: 'nominationIds', params: { detail: `nomination ${stranger} is not in this cycle` } });
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
      if (scheme.decidedBy === 'panel' && !scheme.panelMemberIds.includes(voterId)) {
        const names = scheme.panelMemberIds.map((p) => team.get(p)?.name ?? `member ${p}`).join(', ');
        throw new AppError(
          'FORBIDDEN',
          names
            ? `Panel rule: only the named panel (${names}) votes in ${scheme.name}; ${voter.name} is not on it.`
            : `Panel rule: ${scheme.name} has no panel named yet; name the panel in the scheme's settings before recording votes.`,
          'voterId',
        );
      }
      const target = repo.nominations(cycleId).find((n) => n.id === nominationId);
      if (!target || target.shortlisted !== 1) {
        throw AppError.rule('VALIDATION', 'nominationId', 'must be a shortlisted nomination of this cycle');
      }
      if (target.nominee_left_on !== null) {
        throw new AppError('FORBIDDEN', `Archived member rule: ${target.nominee_name} is archived as a leaver and cannot win.`, 'nominationId');
      }
      if (target.nominee_id === voterId) {
        throw new AppError('FORBIDDEN', `Own nomination rule: ${voter.name} cannot vote on their own nomination.`, 'nominationId');
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
      let recorded = reason;
      if (scheme.decidedBy === 'manager') {
        if (chosen === null) throw AppError.rule('VALIDATION', 'nominationId', 'is required: choose the winning nomination', 'required');
        if (!reason) throw AppError.rule('VALIDATION', 'reason', 'is required when the manager decides', 'required');
        [winnerId, method] = [chosen, 'manager'];
      } else {
        const { outcome, leaversVoted } = tally(scheme, c);
        if (outcome.kind === 'no_votes') {
          throw new AppError('CONFLICT', leaversVoted ? NO_COUNTED_VOTES : 'No votes have been cast yet.', 'cycleId');
        }
        if (outcome.kind === 'winner') {
          if (chosen !== null && chosen !== outcome.nominationId) {
            throw new AppError('CONFLICT', 'The votes (and the tie-break rule) already decide the winner; it cannot be overridden.', 'nominationId');
          }
          [winnerId, method] = [outcome.nominationId, outcome.method];
          // A tie broken by the scheme's rule is recorded with what the tie was and how the rule decided it.
          if (outcome.method === 'tie_break_rule') recorded = [outcome.explanation, reason].filter(Boolean).join(' ');
        } else {
          if (chosen === null || !outcome.tied.includes(chosen)) {
            throw AppError.of('VALIDATION', 'invalid', { field: 'nominationId', params: { detail: 'the vote is tied; choose one of the tied nominations' } });
          }
          if (!reason) throw AppError.rule('VALIDATION', 'reason', 'is required to break a tie', 'required');
          [winnerId, method] = [chosen, 'manager'];
          const chosenName = rows.find((n) => n.id === chosen)?.nominee_name ?? '';
          recorded = `${outcome.explanation} The manager chose ${chosenName}: ${reason}`;
        }
      }
      const winner = rows.find((n) => n.id === winnerId);
      if (!winner) throw AppError.rule('VALIDATION', 'nominationId', 'is not a nomination of this cycle');
      if (winner.nominee_left_on !== null) {
        throw new AppError('FORBIDDEN', `Archived member rule: ${winner.nominee_name} is archived as a leaver and cannot win.`, 'nominationId');
      }
      const blocked = cooldownFor(scheme, c.id, winner.nominee_id, winner.nominee_name);
      if (blocked) throw new AppError('FORBIDDEN', blocked.message, 'nominationId');
      repo.decide({
        id: cycleId,
        winner_member_id: winner.nominee_id,
        winner_nomination_id: winner.id,
        decision_method: method,
        decision_reason: recorded.slice(0, 2000),
        decided_on: todayOf(ctx),
      });
      repo.recordEvent(cycleId, nowIso(ctx), 'decided', `${winner.nominee_name} (${method.replace(/_/g, ' ')})${recorded ? `: ${recorded}` : ''}`.slice(0, 2000));
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
      if (c.decidedOn && givenOn < c.decidedOn) throw AppError.rule('VALIDATION', 'givenOn', 'cannot be before the winner was decided');
      repo.reward(cycleId, givenOn);
      repo.recordEvent(cycleId, nowIso(ctx), 'rewarded');
      return requireCycle(cycleId);
    },
  };
  return service;
}

export type RecognitionService = ReturnType<typeof createRecognitionService>;
