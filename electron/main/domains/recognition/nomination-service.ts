import type { Cycle, Nomination, NominationInput, NominationUpdate, Scheme } from '../../../../shared/domains/recognition';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createRecognitionGuards } from './guards';

/** Adding, changing and withdrawing nominations: only while the cycle is open, always under the scheme's rules. */
export function createNominationService(ctx: AppContext) {
  const { repo, requireScheme, requireCycle, activeMember, cooldownFor, toNomination } = createRecognitionGuards(ctx);

  const requireOpen = (c: Cycle, field: string) => {
    if (c.status !== 'open') {
      throw new AppError('CONFLICT', `Closed cycle rule: ${c.label} is closed, so its nominations cannot be added or changed.`, field);
    }
  };
  const cycleOfNomination = (id: number) => {
    const cycleId = repo.cycleOfNomination(id);
    if (cycleId === null) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'nomination', id: id } });
    return requireCycle(cycleId);
  };
  /** One nomination per nominator per nominee per cycle: a second one would only repeat (and, before, split) the support. */
  const checkDuplicate = (scheme: Scheme, c: Cycle, nomineeId: number, nomineeName: string, nominator: { kind: 'manager' | 'member'; id: number | null }, exceptId?: number) => {
    if (nominator.kind === 'member' && nominator.id === null) return; // an erased nominator is nobody in particular
    const same = repo
      .nominations(c.id)
      .find((n) => n.id !== exceptId && n.nominee_id === nomineeId && n.nominator_kind === nominator.kind && n.nominator_id === nominator.id);
    if (!same) return;
    const who = nominator.kind === 'manager' ? 'you have' : scheme.anonymous ? 'the same nominator has' : `${same.nominator_name} has`;
    throw new AppError('CONFLICT', `Duplicate nomination rule: ${who} already nominated ${nomineeName} in ${c.label}; edit that nomination instead.`, 'nomineeId');
  };
  const check = (scheme: Scheme, c: Cycle, n: { nomineeId: number; nominatorId: number | null; category: string; reason: string }) => {
    const nominee = activeMember(n.nomineeId, 'nomineeId', 'nominated');
    if (!scheme.allowSelfNomination && n.nominatorId === n.nomineeId) {
      throw new AppError('FORBIDDEN', `Self-nomination rule: ${scheme.name} does not allow people to nominate themselves.`, 'nomineeId');
    }
    if (!scheme.categories.includes(n.category)) {
      throw AppError.of('VALIDATION', 'invalidChoice', { field: 'category', params: { options: scheme.categories.join(', ') } });
    }
    if (n.reason.length < scheme.minReasonLength) {
      throw AppError.rule('VALIDATION', 'reason', `must be at least ${scheme.minReasonLength} characters (it has ${n.reason.length})`, 'tooShort', {
        min: scheme.minReasonLength,
      });
    }
    const blocked = cooldownFor(scheme, c.id, nominee.id, nominee.name);
    if (blocked) throw new AppError('FORBIDDEN', blocked.message, 'nomineeId');
  };
  const read = (scheme: Scheme, c: Cycle, id: number): Nomination => {
    const row = repo.nominations(c.id).find((n) => n.id === id);
    if (!row) throw new AppError('INTERNAL', 'The nomination was not saved.');
    return toNomination(scheme, c, row);
  };

  return {
    nominate: (input: NominationInput): Nomination => {
      const c = requireCycle(input.cycleId);
      const scheme = requireScheme(c.schemeId);
      requireOpen(c, 'cycleId');
      if (input.nominatorId !== null) activeMember(input.nominatorId, 'nominatorId', 'a nominator');
      check(scheme, c, input);
      const nominee = activeMember(input.nomineeId, 'nomineeId', 'nominated');
      checkDuplicate(scheme, c, nominee.id, nominee.name, { kind: input.nominatorId === null ? 'manager' : 'member', id: input.nominatorId });
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
      return read(scheme, c, id);
    },
    /** The nominator is not part of the change: in anonymous schemes nobody sees it, and it stays as recorded. */
    update: (id: number, changes: NominationUpdate): Nomination => {
      const c = cycleOfNomination(id);
      const scheme = requireScheme(c.schemeId);
      requireOpen(c, 'id');
      const current = repo.nominations(c.id).find((n) => n.id === id);
      if (!current) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'nomination', id: id } });
      check(scheme, c, { ...changes, nominatorId: current.nominator_id });
      const nominee = activeMember(changes.nomineeId, 'nomineeId', 'nominated');
      checkDuplicate(scheme, c, nominee.id, nominee.name, { kind: current.nominator_kind, id: current.nominator_id }, id);
      repo.updateNomination(id, { nominee_id: changes.nomineeId, category: changes.category, reason: changes.reason, evidence: changes.evidence });
      return read(scheme, c, id);
    },
    withdraw: (id: number) => {
      requireOpen(cycleOfNomination(id), 'id');
      repo.deleteNomination(id);
      return { ok: true as const };
    },
  };
}
