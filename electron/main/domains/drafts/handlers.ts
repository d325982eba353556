import { AppError } from '../../../../shared/result';
import { nowIso, type AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';
import { createTeamRepo } from '../team/repo';
import { createDraftsRepo } from './repo';

/** Drafts: text kept as it is typed, until the form is saved or the draft discarded. */
export function draftsModule(ctx: AppContext): DomainModule {
  const repo = createDraftsRepo(ctx.db);
  const team = createTeamRepo(ctx.db);
  return {
    domain: 'drafts',
    handlers: {
      'drafts:get': ({ key }) => repo.get(key),
      'drafts:save': ({ key, memberId, body }) => {
        if (memberId !== null && !team.get(memberId)) {
          throw AppError.rule('VALIDATION', 'memberId', `must be someone on the team (nobody has id ${memberId})`);
        }
        // An empty body is kept too: clearing a saved field is an edit that must survive a reload.
        const now = nowIso(ctx);
        repo.save(key, memberId, body, now);
        return { key, body, updatedAt: now };
      },
      'drafts:discard': ({ key }) => ({ discarded: repo.discard(key) }),
    },
  };
}
