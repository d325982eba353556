import type { TeamImportInput } from '../../../../shared/domains/team';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { parseTabular } from '../../lib/tabular';
import { guessMapping, planImport } from './import';
import { assertReadableCsv } from './readable-csv';
import { createTeamService } from './service';
import { readFullTimeWeekHours, readTeamSettings, writeTeamSettings } from './settings';

export function teamModule(ctx: AppContext): DomainModule {
  const team = createTeamService(ctx);

  const plan = async (input: TeamImportInput) => {
    if (input.format === 'csv') assertReadableCsv(input.content);
    const table = await parseTabular(input.format, input.content);
    const mapping = input.mapping ?? guessMapping(table.headers);
    if (!mapping.name) {
      throw new AppError('VALIDATION', 'mapping: choose which column holds the name', 'mapping.name');
    }
    return planImport(
      table,
      mapping,
      { byEmail: team.repo.findByEmail, byCilipNumber: team.repo.findByCilipNumber },
      { today: todayOf(ctx), fullTimeWeekHours: readFullTimeWeekHours(ctx.db) },
    );
  };

  return {
    domain: 'team',
    handlers: {
      'team:list': ({ includeArchived }) => team.list(includeArchived),
      'team:get': ({ id }) => team.get(id),
      'team:create': (input) => team.create(input),
      'team:update': ({ id, changes }) => team.update(id, changes),
      'team:archive': ({ id, leftOn }) => team.archive(id, leftOn),
      'team:restore': ({ id }) => team.restore(id),
      'team:exportCsv': ({ includeArchived }) => team.exportCsv(includeArchived),
      'team:settings': () => readTeamSettings(ctx.db),
      'team:updateSettings': (input) => writeTeamSettings(ctx.db, input),
      'team:importPreview': asyncHandler(async (input: TeamImportInput) => (await plan(input)).preview),
      'team:importCommit': asyncHandler(async (input: TeamImportInput) => {
        const { plan: rows } = await plan(input);
        const bad = rows.find((r) => r.errors.length > 0);
        if (bad) {
          const first = bad.errors[0];
          throw new AppError(
            'VALIDATION',
            `Row ${bad.rowNumber}: ${first?.message ?? 'invalid'}. Nothing was imported; fix the file and try again.`,
            `rows.${bad.rowNumber}.${first?.field ?? ''}`,
          );
        }
        // Parsing is async; every write happens here, in one transaction: all rows or none.
        return ctx.db.transaction(() => {
          const now = nowIso(ctx);
          let added = 0;
          let updated = 0;
          let skipped = 0;
          for (const row of rows) {
            if (!row.input) continue;
            if (row.action === 'skip') skipped += 1;
            else if (row.action === 'update' && row.memberId !== null) {
              team.repo.update(row.memberId, row.input, now);
              updated += 1;
            } else {
              team.repo.insert(row.input, now);
              added += 1;
            }
          }
          return { added, updated, skipped };
        })();
      }),
    },
  };
}
