import { nowIso, todayOf, type AppContext } from '../context';
import { seedActivitiesSample } from '../domains/activities/sample';
import { seedAgreementsSample } from '../domains/agreements/sample';
import { seedOneToOnesSample } from '../domains/one-to-ones/sample';
import { seedRecognitionSample } from '../domains/recognition/sample';
import { seedRegistrationSample } from '../domains/registration/sample';
import { seedSkillsSample } from '../domains/skills/sample';
import { createTeamRepo } from '../domains/team/repo';
import { generateTeam, SAMPLE_SEED } from './team';

/** Fills an empty store with the sample team and each domain's part of its story. Runs inside the caller's transaction. */
export function seedSampleData(ctx: AppContext, seed = SAMPLE_SEED): Map<string, number> {
  const repo = createTeamRepo(ctx.db);
  const now = nowIso(ctx);
  const team = generateTeam({ seed, today: todayOf(ctx) });
  const ids: number[] = [];
  const people = new Map<string, number>();
  for (const m of team) {
    const { key: _key, lineManagerIndex, chartered: _c, ...input } = m;
    const lineManagerId = lineManagerIndex === null ? null : (ids[lineManagerIndex] ?? null);
    const id = repo.insert({ ...input, lineManagerId }, now);
    ids.push(id);
    people.set(m.key, id);
  }
  seedSkillsSample(ctx, people);
  seedRegistrationSample(ctx, people);
  seedAgreementsSample(ctx, people);
  seedRecognitionSample(ctx, people);
  seedOneToOnesSample(ctx, people);
  seedActivitiesSample(ctx, people);
  return people;
}
