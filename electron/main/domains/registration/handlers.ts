import type { AppContext } from '../../context';
import type { DomainModule } from '../../ipc/registry';

export function registrationModule(_ctx: AppContext): DomainModule {
  return { domain: 'registration', handlers: {} };
}
