import type { AppContext } from '../../context';

/** Adds this domain's part of the sample team's story. `people` maps sample keys (see sample/team.ts) to member ids. */
export function seedOneToOnesSample(_ctx: AppContext, _people: Map<string, number>): void {}
