import type { AppContext } from '../context';
import type { DomainModule } from '../ipc/registry';
import { systemModule } from './system/handlers';
import { teamModule } from './team/handlers';

/** Every domain registers here, in one place. */
export const domainModules = (ctx: AppContext): DomainModule[] => [systemModule(ctx), teamModule(ctx)];
