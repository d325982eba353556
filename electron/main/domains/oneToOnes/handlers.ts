import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';

export function oneToOnesModule(_ctx: AppContext): DomainModule {
  return { domain: 'oneToOnes', handlers: {} };
}
