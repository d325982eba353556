import type { AppStatus } from '../../../../shared/domains/system';
import { AppError } from '../../../../shared/result';
import { todayOf, type AppContext } from '../../context';
import { LATEST_SCHEMA_VERSION } from '../../db/migrate';
import { seedSampleData } from '../../sample/seed';
import { createTeamRepo } from '../team/repo';
import { createSettingsRepo } from './repo';

export const ONBOARDING_KEY = 'onboarding.choice';

export function createSystemService(ctx: AppContext) {
  const settings = createSettingsRepo(ctx.db);
  const team = createTeamRepo(ctx.db);

  const status = (): AppStatus => {
    const memberCount = team.count();
    return {
      version: ctx.version,
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
      memberCount,
      needsOnboarding: memberCount === 0 && settings.get(ONBOARDING_KEY) === null,
      today: todayOf(ctx),
      transport: ctx.transport,
      notice: ctx.lifecycle.notice(),
      encrypted: ctx.lifecycle.encryption.encrypted(),
      locked: false,
    };
  };

  return {
    status,
    chooseStart: (mode: 'empty' | 'sample'): AppStatus => {
      if (mode === 'sample') {
        if (team.count() > 0) {
          throw new AppError('CONFLICT', 'The sample team can only be added to an empty workbench.', 'mode');
        }
        seedSampleData(ctx);
      }
      settings.set(ONBOARDING_KEY, mode);
      return status();
    },
  };
}
