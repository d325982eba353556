import { todayOf, type AppContext } from '../context';
import { createTeamRepo } from '../domains/team/repo';
import { nowIso } from '../context';
import { generateTeam, SAMPLE_SEED } from './team';

/** Fills an empty store with the sample team. Runs inside the caller's transaction. */
export function seedSampleData(ctx: AppContext, seed = SAMPLE_SEED): Map<string, number> {
  const repo = createTeamRepo(ctx.db);
  const now = nowIso(ctx);
  const team = generateTeam({ seed, today: todayOf(ctx) });
  const ids: number[] = [];
  const byKey = new Map<string, number>();
  for (const m of team) {
    const { key: _key, lineManagerIndex, chartered: _c, ...input } = m;
    const lineManagerId = lineManagerIndex === null ? null : (ids[lineManagerIndex] ?? null);
    const id = repo.insert({ ...input, lineManagerId }, now);
    ids.push(id);
    byKey.set(m.key, id);
  }
  return byKey;
}
