import type { TeamImportInput } from '../../../../shared/domains/team';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { writeStampOf } from '../../db/write-stamp';
import { asyncHandler, type DomainModule } from '../../ipc/registry';
import { parseTabular, refuseInvalidRows } from '../../lib/tabular';
import { guessMapping, lookupAmong, planImport } from './import';
import { assertReadableCsv } from './readable-csv';
import { createTeamService } from './service';
import { readFullTimeWeekHours, readTeamSettings, writeTeamSettings } from './settings';

export function teamModule(ctx: AppContext): DomainModule {
  const team = createTeamService(ctx);

  // Anything written on this connection (total_changes) or by another one (data_version) since a plan was made.
  const stamp = writeStampOf(ctx.db);
  const keyOf = (input: TeamImportInput) => ({
    format: input.format,
    content: input.content,
    mapping: JSON.stringify(input.mapping ?? null),
    today: todayOf(ctx),
    stamp: stamp(),
  });
  type PlanKey = ReturnType<typeof keyOf>;
  const sameKey = (a: PlanKey, b: PlanKey) =>
    a.format === b.format && a.mapping === b.mapping && a.today === b.today && a.stamp === b.stamp && a.content === b.content;
  /**
   * The last preview's plan. The commit that follows it sends the same file and mapping; while nothing has
   * been written since (nor has the day changed), that plan is still what planning the file again would give,
   * so the commit writes it instead of reading, parsing and checking the file a second time.
   */
  let lastPlan: { key: PlanKey; planned: ReturnType<typeof planImport> } | null = null;

  const plan = async (input: TeamImportInput) => {
    if (input.format === 'csv') assertReadableCsv(input.content);
    const table = await parseTabular(input.format, input.content);
    const mapping = input.mapping ?? guessMapping(table.headers);
    if (!mapping.name) {
      throw AppError.of('VALIDATION', 'required', { field: 'mapping.name', params: { detail: 'choose which column holds the name' } });
    }
    // From here on nothing awaits, so no write can come between the key and the plan it keys.
    const key = keyOf(input);
    const planned = planImport(table, mapping, lookupAmong(team.repo.listIdentified()), {
      today: key.today,
      fullTimeWeekHours: readFullTimeWeekHours(ctx.db),
    });
    lastPlan = { key, planned };
    return planned;
  };

  /** The plan of the preview just shown for this file, if it still holds (checked synchronously, right before writing). */
  const heldPlanFor = (input: TeamImportInput) => {
    const held = lastPlan;
    lastPlan = null;

    return held && sameKey(held.key, keyOf(input)) ? held.planned : null;
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
        const { plan: rows } = heldPlanFor(input) ?? (await plan(input));
        lastPlan = null;
        refuseInvalidRows(rows);
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
