import type { AppContext } from '../context';
import type { DomainModule } from '../ipc/registry';
import { activitiesModule } from './activities/handlers';
import { agreementsModule } from './agreements/handlers';
import { dashboardModule } from './dashboard/handlers';
import { draftsModule } from './drafts/handlers';
import { memberPackModule } from './member-pack/handlers';
import { networkModule } from './network/handlers';
import { oneToOnesModule } from './one-to-ones/handlers';
import { privacyModule } from './privacy/handlers';
import { recognitionModule } from './recognition/handlers';
import { registrationModule } from './registration/handlers';
import { skillsModule } from './skills/handlers';
import { systemModule } from './system/handlers';
import { teamModule } from './team/handlers';

/** Every domain registers here, in one place. */
export const domainModules = (ctx: AppContext): DomainModule[] => [
  systemModule(ctx),
  teamModule(ctx),
  skillsModule(ctx),
  registrationModule(ctx),
  oneToOnesModule(ctx),
  activitiesModule(ctx),
  agreementsModule(ctx),
  recognitionModule(ctx),
  privacyModule(ctx),
  dashboardModule(ctx),
  draftsModule(ctx),
  networkModule(ctx),
  memberPackModule(ctx),
];
