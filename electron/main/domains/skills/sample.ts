import { addDays } from '../../../../shared/dates';
import type { AssessmentKind } from '../../../../shared/domains/skills';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createRandom } from '../../sample/random';
import { createSkillsRepo } from './repo';
import { createFrameworkService } from './frameworks-service';

const CATALOGUING = '1.1';

/** Typical current level (0–4) of each sample person; ratings scatter around it. */
const PROFILE: Record<string, number> = {
  'service-manager': 3.4,
  'clinical-librarian': 3,
  'systems-librarian': 2.8,
  'outreach-librarian': 2.6,
  apprentice: 1.2,
  'customer-supervisor': 2.2,
};

/** Adds this domain's part of the sample team's story. `people` maps sample keys (see sample/team.ts) to member ids. */
export function seedSkillsSample(ctx: AppContext, people: Map<string, number>): void {
  const repo = createSkillsRepo(ctx.db);
  const frameworkId = createFrameworkService(ctx, repo).createDemo();
  const today = todayOf(ctx);
  const now = nowIso(ctx);
  const random = createRandom(4242);
  const skills = repo.frameworks.sections(frameworkId).flatMap((s) => s.skills.map((k) => ({ ...k, section: s.code })));
  const clamp = (v: number) => Math.max(0, Math.min(4, Math.round(v)));

  const assess = (key: string, kind: AssessmentKind, daysAgo: number, rate: (skill: (typeof skills)[number]) => [number, number], shared = true) => {
    const memberId = people.get(key);
    if (memberId === undefined) return;
    const id = repo.assessments.insert({ memberId, frameworkId, kind, assessedOn: addDays(today, -daysAgo), shared }, now);
    for (const skill of skills) {
      const [rated, target] = rate(skill);
      // A realistic single point of failure: only the systems librarian really knows cataloguing.
      const current = skill.code === CATALOGUING ? (key === 'systems-librarian' ? 4 : Math.min(rated, 2)) : rated;
      repo.assessments.saveRating({ assessmentId: id, skillId: skill.id, current, target, notes: '' });
    }
  };

  // The Chartership candidate: an initial assessment nine months ago and a recent reassessment showing growth.
  const start = new Map(skills.map((k) => [k.id, clamp(1 + random.next() * 1.6)]));
  assess('chartership-candidate', 'initial', 270, (k) => [start.get(k.id) ?? 1, 3]);
  assess('chartership-candidate', 'reassessment', 12, (k) => {
    const before = start.get(k.id) ?? 1;
    const growth = ['1', '3', '8', '11'].includes(k.section) ? 1.4 : random.next() * 1.2 - 0.2;
    return [clamp(before + growth), k.section === '5' || k.section === '9' ? 4 : 3];
  });
  for (const [key, level] of Object.entries(PROFILE)) {
    assess(key, 'initial', 40 + random.int(0, 120), () => {
      const current = clamp(level + (random.next() * 2 - 1));
      return [current, Math.min(4, current + random.int(0, 1))];
    });
  }
  // Not every assessment is shared: the manager sees only that it exists and its date.
  assess('graduate-trainee', 'initial', 20, () => [random.int(0, 2), 3], false);

  // Trainees do not need the records and strategy sections yet.
  const traineeSkips = skills.filter((k) => k.section === '6' || k.section === '10').map((k) => k.id);
  const profileId = repo.relevance.save(null, frameworkId, 'Trainee (early career)', traineeSkips);
  for (const key of ['apprentice', 'graduate-trainee', 'placement-student']) {
    const memberId = people.get(key);
    if (memberId !== undefined) repo.relevance.assign(memberId, profileId);
  }

  const governance = repo.frameworks.sectionIdByCode(frameworkId, '5');
  if (governance !== null) {
    repo.dashboard.insertRule({ frameworkId, skillId: null, sectionId: governance, minPeople: 2, minLevel: 3, servicePoint: '' }, now);
  }
}
