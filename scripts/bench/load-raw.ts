import type Database from 'better-sqlite3';
import { addDays } from '../../shared/dates';
import { ratingAt, ratingMatrix, type RatingMatrix, type RegionalPlan } from '../../electron/main/sample/regional';
import { phaseTimer, type LoadResult } from './load-service';
import { REGIONAL_SCHEME, nominationText } from './rows';

/**
 * The baseline: the same rows as `loadThroughServices`, written by a plain loop
 * over prepared INSERT statements in one transaction, with no checks at all.
 */
export function loadRaw(db: Database.Database, plan: RegionalPlan, now: string, matrix: RatingMatrix = ratingMatrix(plan)): LoadResult {
  const timer = phaseTimer();
  const insert = (sql: string) => db.prepare(sql);
  let result: LoadResult | null = null;
  db.transaction(() => {
    const member = insert(`INSERT INTO members (name, preferred_name, job_title, grade, team, fte, start_date, line_manager_id,
      employment_type, cilip_number, email, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const memberIds: number[] = [];
    timer.run('members', () => {
      for (const m of plan.members) {
        const manager = m.lineManagerIndex === null ? null : (memberIds[m.lineManagerIndex] ?? null);
        const r = member.run(m.name, m.preferredName, m.jobTitle, m.grade, m.team, m.fte, m.startDate, manager, m.employmentType, m.cilipNumber, m.email, m.notes, now, now);
        memberIds.push(Number(r.lastInsertRowid));
      }
    });
    const memberOf = (i: number) => memberIds[i] ?? 0;

    const skillIds: number[] = [];
    const frameworkId = timer.run('framework', () => {
      const id = Number(
        insert(`INSERT INTO skill_frameworks (name, version, description, is_demo, is_default, created_at) VALUES (?, ?, ?, 0, 1, ?)`)
          .run('Regional skills (invented)', 'Regional 1', 'Benchmark framework', now).lastInsertRowid,
      );
      const section = insert(`INSERT INTO skill_sections (framework_id, code, name, is_local, position) VALUES (?, ?, ?, 0, ?)`);
      const skill = insert(`INSERT INTO skills (framework_id, section_id, code, title, description, position) VALUES (?, ?, ?, ?, '', ?)`);
      const sectionIds = new Map<string, number>();
      const positions = new Map<string, number>();
      for (const s of plan.skills) {
        if (!sectionIds.has(s.sectionCode)) {
          sectionIds.set(s.sectionCode, Number(section.run(id, s.sectionCode, s.sectionName, sectionIds.size + 1).lastInsertRowid));
        }
        const position = (positions.get(s.sectionCode) ?? 0) + 1;
        positions.set(s.sectionCode, position);
        skillIds.push(Number(skill.run(id, sectionIds.get(s.sectionCode), s.code, s.title, position).lastInsertRowid));
      }
      return id;
    });

    const assessment = insert(`INSERT INTO skill_assessments (member_id, framework_id, kind, assessed_on, shared, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const rating = insert(`INSERT INTO skill_ratings (assessment_id, skill_id, current, target, notes) VALUES (?, ?, ?, ?, '')`);
    plan.assessments.forEach((a, index) => {
      const id = timer.run('assessments', () =>
        Number(assessment.run(memberOf(a.memberIndex), frameworkId, a.kind, a.assessedOn, a.shared ? 1 : 0, now, now).lastInsertRowid),
      );
      timer.run('ratings', () => {
        skillIds.forEach((skillId, k) => {
          const cell = index * matrix.skills + k;
          rating.run(id, skillId, ratingAt(matrix.current, cell), ratingAt(matrix.target, cell));
        });
      });
    });

    timer.run('cpd', () => {
      const cpd = insert(`INSERT INTO cpd_entries (member_id, done_on, activity_type, hours, title, reflection, sections, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)`);
      for (const e of plan.cpd) cpd.run(memberOf(e.memberIndex), e.date, e.activityType, e.hours, e.title, JSON.stringify(e.sections), now, now);
    });

    timer.run('oneToOnes', () => {
      const meeting = insert(`INSERT INTO one_to_ones (member_id, scheduled_at, duration_minutes, location, status, recurrence, created_at, updated_at)
        VALUES (?, ?, ?, '', ?, 'monthly', ?, ?)`);
      for (const m of plan.meetings) meeting.run(memberOf(m.memberIndex), m.scheduledAt, m.durationMinutes, m.status, now, now);
    });

    timer.run('registration', () => {
      const journey = insert(`INSERT INTO registration_journeys (member_id, level, kind, stage, stage_changed_on, created_at, updated_at)
        VALUES (?, ?, 'registration', ?, ?, ?, ?)`);
      const event = insert(`INSERT INTO registration_stage_events (journey_id, stage, entered_on, reason, recorded_at) VALUES (?, ?, ?, '', ?)`);
      const registration = insert(`INSERT INTO registrations (member_id, level, registered_on, last_revalidated_on, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?)`);
      for (const j of plan.journeys) {
        const id = Number(journey.run(memberOf(j.memberIndex), j.level, j.stage, j.stageChangedOn, now, now).lastInsertRowid);
        event.run(id, j.stage, j.stageChangedOn, now);
      }
      for (const r of plan.registrations) registration.run(memberOf(r.memberIndex), r.level, r.registeredOn, r.lastRevalidatedOn, now, now);
    });

    timer.run('recognition', () => {
      const s = REGIONAL_SCHEME;
      const scheme = insert(`INSERT INTO recognition_schemes (name, cadence, categories, org_values, reward, allow_self_nomination, anonymous,
        cooldown_cycles, decided_by, tie_break, min_reason_length, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const cycle = insert(`INSERT INTO recognition_cycles (scheme_id, label, period_start, period_end, status, winner_member_id,
        winner_nomination_id, decision_method, decision_reason, decided_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`);
      const nomination = insert(`INSERT INTO recognition_nominations (cycle_id, nominee_id, nominator_kind, nominator_id, category, reason, evidence, nominated_on, created_at)
        VALUES (?, ?, 'manager', NULL, 'Teamwork', ?, '', ?, ?)`);
      const decide = insert(`UPDATE recognition_cycles SET status = 'decided', winner_member_id = ?, winner_nomination_id = ?,
        decision_method = 'manager', decided_on = ? WHERE id = ?`);
      const schemes = plan.servicePoints.map((p) =>
        Number(
          scheme.run(`Employee of the month: ${p}`, s.cadence, JSON.stringify(s.categories), JSON.stringify(s.values), s.reward, 0, 0, s.cooldownCycles, s.decidedBy, s.tieBreak, s.minReasonLength, now, now)
            .lastInsertRowid,
        ),
      );
      for (const c of plan.cycles) {
        const cycleId = Number(cycle.run(schemes[c.servicePoint], c.label, c.periodStart, c.periodEnd, 'open', null, null, null, null, now).lastInsertRowid);
        const ids = c.nominees.map((n, k) => Number(nomination.run(cycleId, memberOf(n), nominationText(k), addDays(c.periodStart, 3 + k), now).lastInsertRowid));
        const winner = c.nominees[0];
        if (c.decided && ids[0] !== undefined && winner !== undefined) decide.run(memberOf(winner), ids[0], addDays(c.periodEnd, 5), cycleId);
      }
    });
    result = { memberIds, frameworkId, phases: timer.phases };
  })();
  if (!result) throw new Error('load did not finish');
  return result;
}
