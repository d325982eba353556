import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';

export function agreementsModule(_ctx: AppContext): DomainModule {
  return { domain: 'agreements', handlers: {} };
}
