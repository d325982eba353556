import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';

export function activitiesModule(_ctx: AppContext): DomainModule {
  return { domain: 'activities', handlers: {} };
}
