import type { ErasureResult, RetentionReview } from '../../../../shared/domains/privacy';
import { RETENTION_DEFAULT_YEARS } from '../../../../shared/domains/privacy';
import { AppError } from '../../../../shared/result';
import { todayOf, type AppContext } from '../../context';
import { createSettingsRepo } from '../system/repo';
import { createTeamRepo } from '../team/repo';
import { createPrivacyRepo, type ForeignKey, type Row } from './repo';

export const OTHER_MEMBER = '[another team member]';
export const WITHHELD = '[withheld: private note]';
const RETENTION_KEY = 'privacy.retentionYears';

/** Adds whole years to an ISO date (29 February falls back to the 28th). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-');
  const year = Number(y) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${m}-${m === '02' && d === '29' && !leap ? '28' : d}`;
}

export interface CollectedData {
  tables: Record<string, Row[]>;
  withheldPrivateNotes: number;
}

export function createPrivacyService(ctx: AppContext) {
  const repo = createPrivacyRepo(ctx.db);
  const team = createTeamRepo(ctx.db);
  const settings = createSettingsRepo(ctx.db);

  const memberOrThrow = (id: number) => {
    const member = team.get(id);
    if (!member) throw new AppError('NOT_FOUND', `No team member has id ${id}.`, 'memberId');
    return member;
  };

  /**
   * Everything held about one person, found through the schema's foreign keys:
   * rows that point at them, and rows owned (ON DELETE CASCADE) by those rows.
   * Rows they only authored about someone else are kept as leaves, and other
   * people's ids are replaced, so the pack does not disclose third parties.
   */
  const collect = (memberId: number, includePrivateNotes: boolean): CollectedData => {
    const fks = repo.foreignKeys();
    const memberFks = new Set(fks.filter((fk) => fk.parent === 'members').map((fk) => `${fk.table}.${fk.column}`));
    const found = new Map<string, Map<string, Row>>();
    const add = (table: string, rows: Row[]) => {
      const bucket = found.get(table) ?? new Map<string, Row>();
      rows.forEach((r) => bucket.set(JSON.stringify(r), r));
      found.set(table, bucket);
      return rows;
    };
    add('members', repo.rowsWhere('members', 'id', [memberId]));
    const owned: { table: string; rows: Row[] }[] = [];
    for (const fk of fks.filter((f) => f.parent === 'members' && f.table !== 'members')) {
      const rows = add(fk.table, repo.rowsWhere(fk.table, fk.column, [memberId]));
      if (fk.onDelete === 'CASCADE' && rows.length) owned.push({ table: fk.table, rows });
    }
    // Follow ownership downwards (assessment → ratings, journey → evidence…), a few levels at most.
    for (let depth = 0; depth < 4 && owned.length; depth += 1) {
      const level = owned.splice(0);
      for (const { table, rows } of level) {
        for (const fk of fks.filter((f: ForeignKey) => f.parent === table && f.onDelete === 'CASCADE')) {
          const children = add(fk.table, repo.rowsWhere(fk.table, fk.column, rows.map((r) => r[fk.parentColumn])));
          if (children.length) owned.push({ table: fk.table, rows: children });
        }
      }
    }
    let withheldPrivateNotes = 0;
    const tables: Record<string, Row[]> = {};
    for (const [table, bucket] of found) {
      if (bucket.size === 0) continue;
      tables[table] = Array.from(bucket.values()).map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => {
            if (memberFks.has(`${table}.${column}`) && value !== null && value !== memberId) return [column, OTHER_MEMBER];
            if (table === 'members' && column === 'line_manager_id' && value !== null) return [column, OTHER_MEMBER];
            if (!includePrivateNotes && /private/i.test(column) && typeof value === 'string' && value.trim() !== '') {
              withheldPrivateNotes += 1;
              return [column, WITHHELD];
            }
            return [column, value];
          }),
        ),
      );
    }
    return { tables, withheldPrivateNotes };
  };

  /** Removes a person everywhere, in one transaction; the caller compacts the file afterwards. */
  const eraseRows = (memberId: number, confirmName: string): Omit<ErasureResult, 'backupsDeleted'> => {
    const member = memberOrThrow(memberId);
    if (confirmName.trim() !== member.name) {
      throw new AppError('VALIDATION', `confirmName must match the member's full name exactly ("${member.name}")`, 'confirmName');
    }
    const countAll = () => repo.tables().reduce((sum, t) => sum + repo.countRows(t), 0);
    const before = countAll();
    let anonymisedRows = 0;
    for (const fk of repo.foreignKeys().filter((f) => f.parent === 'members' && f.table !== 'members')) {
      if (fk.onDelete === 'CASCADE') continue;
      if (fk.onDelete === 'SET NULL' || !fk.notNull) anonymisedRows += repo.setNull(fk.table, fk.column, memberId);
      else repo.deleteWhere(fk.table, fk.column, memberId);
    }
    anonymisedRows += repo.setNull('members', 'line_manager_id', memberId);
    repo.deleteWhere('members', 'id', memberId);
    let scrubbedMentions = 0;
    const mentions = [member.name, member.email].filter((t) => t.length >= 3);
    for (const table of repo.tables()) {
      for (const column of repo.textColumns(table)) {
        for (const text of mentions) scrubbedMentions += repo.scrub(table, column, text, '[erased]');
      }
    }
    return { name: member.name, deletedRows: before - countAll(), anonymisedRows, scrubbedMentions };
  };

  const retentionYears = () => Number(settings.get(RETENTION_KEY) ?? RETENTION_DEFAULT_YEARS);

  const retention = (): RetentionReview => {
    const years = retentionYears();
    const cutoff = addYears(todayOf(ctx), -years);
    return {
      years,
      due: repo.leaversBefore(cutoff).map((r) => ({
        memberId: r.id,
        name: r.name,
        jobTitle: r.job_title,
        leftOn: r.left_on,
        dueSince: addYears(r.left_on, years),
      })),
    };
  };

  return {
    repo,
    memberOrThrow,
    collect,
    eraseRows,
    retention,
    setRetentionYears: (years: number) => {
      settings.set(RETENTION_KEY, String(years));
      return retention();
    },
  };
}
