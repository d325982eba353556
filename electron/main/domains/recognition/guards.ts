import type { BlockedNominee, Cycle, CycleStatus, Nomination, Scheme } from '../../../../shared/domains/recognition';
import { CYCLE_STATUS_LABELS } from '../../../../shared/domains/recognition';
import { cooldownBreach, ssmartHints } from '../../../../shared/domains/recognition-rules';
import { AppError } from '../../../../shared/result';
import { nowIso, type AppContext } from '../../context';
import { createTeamRepo } from '../team/repo';
import { createRecognitionRepo, type NominationRow } from './repo';

/** Lookups and rule checks shared by the cycle and nomination services; each throws a typed error naming its rule. */
export function createRecognitionGuards(ctx: AppContext) {
  const repo = createRecognitionRepo(ctx.db);
  const team = createTeamRepo(ctx.db);

  const requireScheme = (id: number, field = 'id'): Scheme => {
    const found = repo.getScheme(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'recognition scheme', id: id } });
    return found;
  };
  const requireCycle = (id: number, field = 'cycleId'): Cycle => {
    const found = repo.getCycle(id);
    if (!found) throw AppError.of('NOT_FOUND', 'notFound', { field: field, params: { thing: 'recognition cycle', id: id } });
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
    if (!m) throw AppError.rule('VALIDATION', field, `must be someone on the team (nobody has id ${id})`);
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
    nomineeLeftOn: row.nominee_left_on,
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

  return { repo, team, requireScheme, requireCycle, requireStatus, transition, activeMember, cooldownFor, toNomination };
}
