import type { AwardInput, AwardNominationInput } from '../../../../shared/domains/recognition-external';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createTeamRepo } from '../team/repo';
import { createExternalAwardsRepo } from './external-repo';

export function createExternalAwardsService(ctx: AppContext) {
  const repo = createExternalAwardsRepo(ctx.db);
  const team = createTeamRepo(ctx.db);

  const requireAward = (id: number, field = 'id') => {
    const found = repo.get(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'external award', id: id } });
    return found;
  };
  const requireNomination = (id: number) => {
    const found = repo.getNomination(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'external award nomination', id: id } });
    return found;
  };
  const checkName = (name: string, selfId: number | null) => {
    const other = repo.findByName(name);
    if (other !== null && other !== selfId) throw AppError.of('CONFLICT', 'conflict.duplicate', { field: 'name', params: { detail: `the catalogue already has an award called ${name}` } });
  };
  const checkLastChecked = (input: AwardInput) => {
    if (input.lastChecked && input.lastChecked > todayOf(ctx)) {
      throw AppError.rule('VALIDATION', 'lastChecked', 'cannot be in the future: it is the day the facts were last checked', 'notInFuture');
    }
  };
  const checkNomination = (n: AwardNominationInput, selfId: number | null) => {
    requireAward(n.awardId, 'awardId');
    if (n.memberId !== null) {
      const m = team.get(n.memberId);
      if (!m) throw AppError.rule('VALIDATION', 'memberId', `must be someone on the team (nobody has id ${n.memberId})`);
      const existing = selfId === null ? null : repo.getNomination(selfId);
      if (m.leftOn && existing?.memberId !== m.id) {
        throw new AppError('VALIDATION', `Archived member rule: ${m.name} is archived as a leaver and cannot be nominated.`, 'memberId');
      }
    }
    if (n.status !== 'planned' && n.status !== 'withdrawn' && n.submittedOn === null) {
      throw AppError.rule('VALIDATION', 'submittedOn', 'is required once the nomination has been submitted', 'required');
    }
  };

  return {
    repo,
    list: () => repo.list(),
    create: (input: AwardInput) => {
      checkName(input.name, null);
      checkLastChecked(input);
      return requireAward(repo.insert(input, nowIso(ctx)));
    },
    update: (id: number, input: AwardInput) => {
      requireAward(id);
      checkName(input.name, id);
      checkLastChecked(input);
      repo.update(id, input, nowIso(ctx));
      return requireAward(id);
    },
    /** The manager has checked the facts against the source today. */
    markChecked: (id: number) => {
      requireAward(id);
      repo.markChecked(id, todayOf(ctx), nowIso(ctx));
      return requireAward(id);
    },
    remove: (id: number) => {
      requireAward(id);
      repo.delete(id);
      return { ok: true as const };
    },
    nominations: (memberId: number | null) => repo.nominations(memberId),
    createNomination: (input: AwardNominationInput) => {
      checkNomination(input, null);
      return requireNomination(repo.insertNomination(input, nowIso(ctx)));
    },
    updateNomination: (id: number, input: AwardNominationInput) => {
      requireNomination(id);
      checkNomination(input, id);
      repo.updateNomination(id, input, nowIso(ctx));
      return requireNomination(id);
    },
    removeNomination: (id: number) => {
      requireNomination(id);
      repo.deleteNomination(id);
      return { ok: true as const };
    },
  };
}
