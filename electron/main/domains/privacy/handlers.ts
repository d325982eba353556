import fs from 'node:fs';
import path from 'node:path';
import { backupDirOf, listBackups } from '../../backup';
import { nowIso, todayOf, type AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { createPrivacyService } from './service';
import { buildSubjectAccessPack } from './subject-access';

export function privacyModule(ctx: AppContext): DomainModule {
  const privacy = createPrivacyService(ctx);
  return {
    domain: 'privacy',
    handlers: {
      'privacy:subjectAccess': asyncHandler(async ({ memberId, includePrivateNotes }: { memberId: number; includePrivateNotes: boolean }) => {
        const member = privacy.memberOrThrow(memberId);
        const data = privacy.collect(memberId, includePrivateNotes);
        return buildSubjectAccessPack({ id: member.id, name: member.name }, data, nowIso(ctx), todayOf(ctx));
      }),
      'privacy:summary': ({ id }) => {
        privacy.memberOrThrow(id);
        const data = privacy.collect(id, false);
        return { tables: Object.keys(data.tables).length, rows: Object.values(data.tables).reduce((n, r) => n + r.length, 0), withheldPrivateNotes: data.withheldPrivateNotes };
      },
      // Secure delete overwrites freed pages; VACUUM and a WAL checkpoint leave no copy in the files.
      'privacy:erase': asyncHandler(async ({ memberId, confirmName, purgeBackups }: { memberId: number; confirmName: string; purgeBackups: boolean }) => {
        privacy.repo.setSecureDelete();
        const result = ctx.db.transaction(() => privacy.eraseRows(memberId, confirmName))();
        privacy.repo.compact();
        let backupsDeleted = 0;
        if (purgeBackups) {
          for (const b of listBackups(ctx.dataDir)) {
            fs.rmSync(path.join(backupDirOf(ctx.dataDir), b.fileName), { force: true });
            backupsDeleted += 1;
          }
          if (backupsDeleted > 0 && ctx.databaseFile !== ':memory:') await ctx.lifecycle.backupNow();
        }
        return { ...result, backupsDeleted };
      }),
      'privacy:retention': () => privacy.retention(),
      'privacy:setRetentionYears': ({ years }) => privacy.setRetentionYears(years),
    },
  };
}
