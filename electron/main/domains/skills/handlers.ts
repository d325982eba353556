import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';

export function skillsModule(_ctx: AppContext): DomainModule {
  return { domain: 'skills', handlers: {} };
}
