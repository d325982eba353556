import type { CpdEntryInput, CpdFields, CpdRestoreInput, RevalidationStatementInput, RevalidationView } from '../../../../shared/domains/registration-cpd';
import {
  cpdWindowStart,
  REVALIDATION_HOURS_REQUIRED,
  REVALIDATION_STATEMENT_WORD_LIMIT,
  revalidationReadiness,
} from '../../../../shared/domains/registration-rules';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { checkCpdRules, recordCpd } from './cpd-api';
import { createCpdRepo } from './cpd-repo';
import { createRegistrationRepo } from './repo';
import { toRecord } from './views';

export function createCpdService(ctx: AppContext) {
  const repo = createCpdRepo(ctx.db);
  const registrations = createRegistrationRepo(ctx.db);
  const today = () => todayOf(ctx);

  const requireMember = (memberId: number) => {
    const member = registrations.member(memberId);
    if (!member) throw AppError.of('NOT_FOUND', 'notFound', { field: 'memberId', params: { thing: 'team member', id: memberId } });
    return member;
  };
  const requireEntry = (id: number) => {
    const entry = repo.get(id);
    if (!entry) throw AppError.of('NOT_FOUND', 'notFound', { field: 'id', params: { thing: 'CPD entry', id } });
    return entry;
  };

  const revalidation = (memberId: number): RevalidationView => {
    const member = requireMember(memberId);
    const t = today();
    const from = cpdWindowStart(t);
    const entries = repo.listBetween(memberId, from, t);
    const hours = repo.hoursBetween(memberId, from, t);
    const saved = repo.statement(memberId);
    const statement = {
      personal: saved?.personal ?? '',
      organisational: saved?.organisational ?? '',
      wider: saved?.wider ?? '',
      updatedAt: saved?.updated_at ?? null,
    };
    const readiness = revalidationReadiness(hours, statement);
    return {
      memberId,
      memberName: member.name,
      today: t,
      windowStart: from,
      entries,
      hours12m: hours,
      hoursRequired: REVALIDATION_HOURS_REQUIRED,
      statement,
      words: readiness.words,
      wordLimit: REVALIDATION_STATEMENT_WORD_LIMIT,
      hoursMet: readiness.hoursMet,
      wordsMet: readiness.wordsMet,
      promptsAnswered: readiness.promptsAnswered,
      ready: readiness.ready,
      registrations: registrations.memberRegistrations(memberId, from, t).map((r) => toRecord(r, t)),
      sectionsDeveloped: [...new Set(entries.flatMap((e) => e.sections))].sort((a, b) =>
        a.localeCompare(b, 'en', { numeric: true }),
      ),
    };
  };

  return {
    repo,
    revalidation,
    list: (memberId: number) => {
      requireMember(memberId);
      return repo.list(memberId);
    },
    add: (input: CpdEntryInput) => {
      const { memberId, ...fields } = input;
      const id = recordCpd(ctx.db, { ...fields, memberId, source: null }, nowIso(ctx), today());
      return requireEntry(id);
    },
    update: (id: number, changes: CpdFields) => {
      const entry = requireEntry(id);
      checkCpdRules(ctx.db, entry.memberId, changes, today(), 'changes.');
      repo.update(id, changes, nowIso(ctx));
      return requireEntry(id);
    },
    remove: (id: number) => {
      const entry = requireEntry(id);
      repo.remove(id);
      return entry;
    },
    /** Undo of `remove`: the same entry again, with its source, so the activity it came from shows it as logged. */
    restore: ({ memberId, source, ...fields }: CpdRestoreInput) => requireEntry(recordCpd(ctx.db, { ...fields, memberId, source }, nowIso(ctx), today())),
    saveStatement: ({ memberId, ...text }: RevalidationStatementInput) => {
      requireMember(memberId);
      repo.saveStatement(memberId, text, nowIso(ctx));
      return revalidation(memberId);
    },
    /** "Submit": only when 20 hours and a statement of up to 250 words are in place; the three prompts are advice. */
    markRevalidated: (memberId: number, revalidatedOn: string) => {
      const view = revalidation(memberId);
      if (revalidatedOn > view.today) {
        throw AppError.of('VALIDATION', 'notInFuture', { field: 'revalidatedOn' });
      }
      if (view.registrations.length === 0) {
        throw new AppError('VALIDATION', `${view.memberName} has no registration to revalidate.`, 'memberId');
      }
      if (!view.hoursMet) {
        throw AppError.rule('VALIDATION', 'hours', `must reach ${REVALIDATION_HOURS_REQUIRED} in the last 12 months (${view.hours12m} logged)`, 'min', {
          min: REVALIDATION_HOURS_REQUIRED,
        });
      }
      if (view.words > REVALIDATION_STATEMENT_WORD_LIMIT) {
        throw AppError.rule('VALIDATION', 'statement', `must be at most ${REVALIDATION_STATEMENT_WORD_LIMIT} words (it has ${view.words})`, 'max', {
          max: REVALIDATION_STATEMENT_WORD_LIMIT,
        });
      }
      if (view.words === 0) {
        throw AppError.of('VALIDATION', 'required', { field: 'statement', params: { detail: 'write the reflective statement (up to 250 words) first' } });
      }
      const now = nowIso(ctx);
      for (const r of view.registrations) {
        if (revalidatedOn < r.registeredOn) continue;
        registrations.upsertRegistration({ ...r, lastRevalidatedOn: revalidatedOn }, now);
      }
      return revalidation(memberId);
    },
  };
}
