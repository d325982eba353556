import suggested from '../../../../resources/external-awards.json';
import { awardInput, type AwardInput } from '../../../../shared/domains/recognition-external';
import { nowIso, type AppContext } from '../../context';
import { createExternalAwardsRepo } from './external-repo';

/** The awards the catalogue starts with (resources/external-awards.json), checked against the schema. */
export const SUGGESTED_AWARDS: AwardInput[] = (suggested as unknown[]).map((a) => awardInput.parse(a));

/** Adds every suggested award not already in the catalogue (matched by name); returns how many were added. */
export function addSuggestedAwards(ctx: AppContext): number {
  const repo = createExternalAwardsRepo(ctx.db);
  let added = 0;
  for (const award of SUGGESTED_AWARDS) {
    if (repo.findByName(award.name) !== null) continue;
    repo.insert(award, nowIso(ctx));
    added += 1;
  }
  return added;
}
