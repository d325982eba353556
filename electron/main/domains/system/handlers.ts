import type { AppContext } from '../../context';
import { listBackups } from '../../backup';
import type { DomainModule } from '../../ipc/registry';
import { createSystemService } from './service';

export function systemModule(ctx: AppContext): DomainModule {
  const system = createSystemService(ctx);
  return {
    domain: 'system',
    handlers: {
      'system:status': () => system.status(),
      'system:chooseStart': ({ mode }) => system.chooseStart(mode),
      'system:listBackups': () => listBackups(ctx.dataDir),
    },
  };
}
