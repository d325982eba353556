import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';

export function recognitionModule(_ctx: AppContext): DomainModule {
  return { domain: 'recognition', handlers: {} };
}
