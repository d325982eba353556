import { addDays } from '../../shared/dates';
import { cpdEntryInput } from '../../shared/domains/registration-cpd';
import { assessmentInput } from '../../shared/domains/skills';
import { nowIso, type AppContext } from '../../electron/main/context';
import { createAgreementsService } from '../../electron/main/domains/agreements/service';
import { createOneToOnesRepo } from '../../electron/main/domains/one-to-ones/repo';
import { createRecognitionRepo } from '../../electron/main/domains/recognition/repo';
import { createCpdRepo } from '../../electron/main/domains/registration/cpd-repo';
import { createRegistrationRepo } from '../../electron/main/domains/registration/repo';
import { createSkillsRepo } from '../../electron/main/domains/skills/repo';
import { createFrameworkService } from '../../electron/main/domains/skills/frameworks-service';
import { createTeamService } from '../../electron/main/domains/team/service';
import { ratingAt, ratingMatrix, type RatingMatrix, type RegionalPlan } from '../../electron/main/sample/regional';
import { emptyJourneyDetails } from '../../shared/domains/registration';
import { REGIONAL_SCHEME, nominationText } from './rows';

export interface LoadResult {
  memberIds: number[];
  frameworkId: number;
  /** Milliseconds per table family, in load order. */
  phases: Record<string, number>;
}

/** Times each phase of a load; every phase runs inside the caller's transaction. */
export function phaseTimer() {
  const phases: Record<string, number> = {};
  return {
    phases,
    run<T>(name: string, fn: () => T): T {
      const start = performance.now();
      const value = fn();
      phases[name] = (phases[name] ?? 0) + (performance.now() - start);
      return value;
    },
  };
}

/**
 * Loads a regional plan through the domains' own services and repos, one
 * transaction for the lot. Members go through the team service (every rule);
 * assessments and CPD entries are parsed with their zod schemas and written by
 * their repos, with member and framework checked once; each rating goes through
 * the skills repo's `saveRating`.
 */
export function loadThroughServices(ctx: AppContext, plan: RegionalPlan, matrix: RatingMatrix = ratingMatrix(plan)): LoadResult {
  const timer = phaseTimer();
  const now = nowIso(ctx);
  let result: LoadResult | null = null;
  ctx.db.transaction(() => {
    const team = createTeamService(ctx);
    const memberIds: number[] = [];
    timer.run('members', () => {
      for (const m of plan.members) {
        const { key: _key, lineManagerIndex, chartered: _c, ...input } = m;
        const lineManagerId = lineManagerIndex === null ? null : (memberIds[lineManagerIndex] ?? null);
        memberIds.push(team.create({ ...input, lineManagerId }).id);
      }
    });
    const memberOf = (i: number) => memberIds[i] ?? 0;

    const skillsRepo = createSkillsRepo(ctx.db);
    const frameworks = createFrameworkService(ctx, skillsRepo);
    const frameworkId = timer.run('framework', () => {
      const sections = [...new Map(plan.skills.map((s) => [s.sectionCode, { code: s.sectionCode, name: s.sectionName, isLocal: false }])).values()];
      const rows = plan.skills.map((s) => ({ sectionCode: s.sectionCode, sectionName: s.sectionName, code: s.code, title: s.title, description: '' }));
      return frameworks.insertFramework({ name: 'Regional skills (invented)', version: 'Regional 1', description: 'Benchmark framework', isDemo: false }, sections, rows);
    });
    const skillIds = frameworks.get(frameworkId).sections.flatMap((s) => s.skills.map((k) => k.id));

    // The service's create() checks the framework with a summary that counts every assessment
    // of it (O(n) per call, so O(n²) for an import): here the checks run once per parent instead.
    frameworks.requireFramework(frameworkId, 'frameworkId');
    const { max } = frameworks.scale();
    const checkedMembers = new Set<number>();
    plan.assessments.forEach((a, index) => {
      const memberId = memberOf(a.memberIndex);
      const created = timer.run('assessments', () => {
        if (!checkedMembers.has(memberId)) {
          team.require(memberId, 'memberId');
          checkedMembers.add(memberId);
        }
        const input = assessmentInput.parse({ memberId, frameworkId, kind: a.kind, assessedOn: a.assessedOn, shared: a.shared });
        return { id: skillsRepo.assessments.insert(input, now) };
      });
      timer.run('ratings', () => {
        skillIds.forEach((skillId, k) => {
          const cell = index * matrix.skills + k;
          const current = ratingAt(matrix.current, cell);
          const target = ratingAt(matrix.target, cell);
          if ((current ?? 0) > max || (target ?? 0) > max) throw new Error(`rating ${k} of assessment ${index} is off the scale`);
          skillsRepo.assessments.saveRating({ assessmentId: created.id, skillId, current, target, notes: '' });
        });
        skillsRepo.assessments.touch(created.id, now);
      });
    });

    timer.run('cpd', () => {
      const cpd = createCpdRepo(ctx.db);
      for (const e of plan.cpd) {
        const parsed = cpdEntryInput.parse({ memberId: memberOf(e.memberIndex), date: e.date, activityType: e.activityType, hours: e.hours, title: e.title, reflection: '', sections: e.sections });
        const { memberId, ...fields } = parsed;
        cpd.insert(memberId, fields, null, now);
      }
    });

    timer.run('oneToOnes', () => {
      const meetings = createOneToOnesRepo(ctx.db);
      for (const m of plan.meetings) {
        const id = meetings.insert(memberOf(m.memberIndex), { scheduledAt: m.scheduledAt, durationMinutes: m.durationMinutes, location: '', recurrence: 'monthly' }, now);
        if (m.status !== 'scheduled') meetings.setStatus(id, m.status, now);
      }
    });

    timer.run('registration', () => {
      const registration = createRegistrationRepo(ctx.db);
      for (const j of plan.journeys) {
        const id = registration.insertJourney(
          { ...emptyJourneyDetails, memberId: memberOf(j.memberIndex), level: j.level, kind: 'registration', stage: j.stage, startedOn: j.stageChangedOn },
          now,
        );
        registration.insertEvent(id, j.stage, j.stageChangedOn, '', now);
      }
      for (const r of plan.registrations) {
        registration.upsertRegistration({ memberId: memberOf(r.memberIndex), level: r.level, registeredOn: r.registeredOn, lastRevalidatedOn: r.lastRevalidatedOn }, now);
      }
    });

    timer.run('recognition', () => {
      const recognition = createRecognitionRepo(ctx.db);
      const schemes = plan.servicePoints.map((p) => recognition.insertScheme({ ...REGIONAL_SCHEME, name: `Employee of the month: ${p}` }, now));
      for (const c of plan.cycles) {
        const cycleId = recognition.insertCycle({ scheme_id: schemes[c.servicePoint] ?? 0, label: c.label, period_start: c.periodStart, period_end: c.periodEnd }, now);
        const nominationIds = c.nominees.map((n, k) =>
          recognition.insertNomination(
            { cycle_id: cycleId, nominee_id: memberOf(n), nominator_id: null, category: 'Teamwork', reason: nominationText(k), evidence: '', nominated_on: addDays(c.periodStart, 3 + k) },
            now,
          ),
        );
        const winner = nominationIds[0];
        const winnerMember = c.nominees[0];
        if (c.decided && winner !== undefined && winnerMember !== undefined) {
          recognition.decide({ id: cycleId, winner_member_id: memberOf(winnerMember), winner_nomination_id: winner, decision_method: 'manager', decision_reason: '', decided_on: addDays(c.periodEnd, 5) });
        }
      }
    });

    result = { memberIds, frameworkId, phases: timer.phases };
  })();
  if (!result) throw new Error('load did not finish');
  return result;
}

/** Trainee agreements with their review schedule (a handful of rows: not part of the import ratio). */
export function seedAgreements(ctx: AppContext, plan: RegionalPlan, memberIds: number[]): number {
  const agreements = createAgreementsService(ctx);
  return ctx.db.transaction(() => {
    for (const i of plan.trainees) {
      const memberId = memberIds[i];
      if (memberId === undefined) continue;
      const start = addDays(plan.today, -30 - ((i * 13) % 300));
      const end = addDays(start, 547);
      const created = agreements.create(memberId, i % 3 === 0 ? 'graduate_traineeship' : 'apprenticeship', start, end);
      const due: string[] = [];
      for (let d = 77; d < 547; d += 77) due.push(addDays(start, d));
      agreements.repo.syncReviews(created.id, due);
      // Past reviews were held on time, except the latest one of every fifth trainee: some are overdue.
      const past = agreements.repo.reviews(created.id).filter((r) => r.due_on < plan.today);
      past.forEach((r, k) => {
        if (i % 5 === 0 && k === past.length - 1) return;
        agreements.repo.recordReview(r.id, r.due_on, 'Progress on track.');
        agreements.repo.completeReview(r.id, r.due_on);
      });
    }
    return plan.trainees.length;
  })();
}
