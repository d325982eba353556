import type { MentionDecision, RetentionReview } from '../../../../shared/domains/privacy';
import { RETENTION_DEFAULT_YEARS } from '../../../../shared/domains/privacy';
import { SAR_EXEMPTIONS, type SarExemption } from '../../../../shared/domains/privacy-sar';
import { AppError } from '../../../../shared/result';
import { nowIso, todayOf, type AppContext } from '../../context';
import { createSettingsRepo } from '../system/repo';
import { createTeamRepo } from '../team/repo';
import { fieldName, keyOf, mentionPattern, mentionTerms, redactMentions, resolveRef, scanMentions } from './mentions';
import { createPrivacyRepo, type ForeignKey, type Row } from './repo';

export const OTHER_MEMBER = '[another team member]';
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
  /** Every withheld item, with the exemption relied on (the pack says which, never the manager's reason). */
  withheld: { where: string; exemption: SarExemption }[];
}

/**
 * How a request was handled (what was withheld and why, which mentions were reviewed) is the
 * manager's record, not the person's data: a withholding reason could give the withheld item away.
 */
const HANDLING_TABLES = new Set(['subject_access_withholdings', 'subject_access_mentions']);

/** A field is the manager's private note when its column says so (one-to-ones' `private_notes`). */
export const isPrivateColumn = (column: string) => /private/i.test(column);

export function createPrivacyService(ctx: AppContext) {
  const repo = createPrivacyRepo(ctx.db);
  const team = createTeamRepo(ctx.db);
  const settings = createSettingsRepo(ctx.db);

  const memberOrThrow = (id: number) => {
    const member = team.get(id);
    if (!member) throw AppError.of('NOT_FOUND', 'notFound', { field: 'memberId', params: { thing: 'team member', id: id } });
    return member;
  };

  /**
   * Everything held about one person, found through the schema's foreign keys:
   * rows that point at them, and rows owned (ON DELETE CASCADE) by those rows,
   * each under its key (primary key values as JSON).
   */
  const personRows = (memberId: number): Map<string, Map<string, Row>> => {
    const fks = repo.foreignKeys();
    const found = new Map<string, Map<string, Row>>();
    const add = (table: string, rows: Row[]) => {
      const keys = repo.keyColumns(table);
      const bucket = found.get(table) ?? new Map<string, Row>();
      rows.forEach((r) => bucket.set(keyOf(keys, r), r));
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
    return found;
  };

  /** Row keys per table, for scans that must skip the person's own records. */
  const keysOf = (rows: Map<string, Map<string, Row>>) => new Map(Array.from(rows, ([table, bucket]) => [table, new Set(bucket.keys())]));

  /**
   * The pack's data. Rows they only authored about someone else are kept as
   * leaves, and other people's ids are replaced, so the pack does not disclose
   * third parties. Private notes are included unless withheld under an exemption.
   */
  const collect = (memberId: number, withholdings: { table: string; key: string; column: string; exemption: SarExemption }[] = []): CollectedData => {
    const memberFks = new Set(repo.foreignKeys().filter((fk) => fk.parent === 'members').map((fk) => `${fk.table}.${fk.column}`));
    const held = new Map(withholdings.map((w) => [`${w.table}\u0000${w.key}\u0000${w.column}`, w.exemption]));
    let withheldPrivateNotes = 0;
    const withheld: CollectedData['withheld'] = [];
    const tables: Record<string, Row[]> = {};
    for (const [table, bucket] of personRows(memberId)) {
      if (bucket.size === 0 || HANDLING_TABLES.has(table)) continue;
      tables[table] = Array.from(bucket, ([key, row]) =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => {
            if (memberFks.has(`${table}.${column}`) && value !== null && value !== memberId) return [column, OTHER_MEMBER];
            if (table === 'members' && column === 'line_manager_id' && value !== null) return [column, OTHER_MEMBER];
            const exemption = held.get(`${table}\u0000${key}\u0000${column}`);
            if (exemption && typeof value === 'string' && value !== '') {
              if (isPrivateColumn(column)) withheldPrivateNotes += 1;
              withheld.push({ where: fieldName(table, column), exemption });
              return [column, `[withheld: ${SAR_EXEMPTIONS[exemption]}]`];
            }
            return [column, value];
          }),
        ),
      );
    }
    return { tables, withheldPrivateNotes, withheld };
  };

  /** Mentions of the person in other people's records (their own are deleted or exported anyway). */
  const mentionsOf = (memberId: number) => {
    const member = memberOrThrow(memberId);
    const terms = mentionTerms(member);
    return { member, terms, mentions: scanMentions(repo, terms, keysOf(personRows(memberId))) };
  };

  /**
   * Removes a person by identity, in one transaction: their rows and the rows they own
   * go; where they only appear as an author or a link, that reference is cleared. Text
   * in other people's records changes only as the manager decided, mention by mention.
   * The erasure is recorded so that copies in files are removed even after a crash.
   */
  const eraseRows = (memberId: number, confirmName: string, decisions: MentionDecision[]) => {
    const member = memberOrThrow(memberId);
    if (confirmName.trim() !== member.name) {
      throw AppError.rule('VALIDATION', 'confirmName', `must match the member's full name exactly ("${member.name}")`);
    }
    const pattern = mentionPattern(mentionTerms(member));
    let mentionsRedacted = 0;
    let mentionsEdited = 0;
    for (const decision of decisions) {
      if (decision.action === 'keep') continue;
      const { keys, values } = resolveRef(repo, decision.ref, 'mentions');
      const text = repo.fieldByKey(decision.ref.table, keys, values, decision.ref.column);
      if (typeof text !== 'string') throw new AppError('VALIDATION', 'A record in the mentions no longer exists: review the mentions again.', 'mentions');
      const next = decision.action === 'edit' ? decision.text : pattern ? redactMentions(text, pattern) : text;
      if (next === text) continue;
      repo.setFieldByKey(decision.ref.table, keys, values, decision.ref.column, next);
      if (decision.action === 'edit') mentionsEdited += 1;
      else mentionsRedacted += 1;
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
    repo.recordErasure(memberId, nowIso(ctx));
    // The erasure record itself is one row more, not one less.
    return { name: member.name, deletedRows: before - countAll() + 1, anonymisedRows, mentionsRedacted, mentionsEdited };
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
    retentionYears,
    memberOrThrow,
    personRows,
    collect,
    mentionsOf,
    eraseRows,
    retention,
    setRetentionYears: (years: number) => {
      settings.set(RETENTION_KEY, String(years));
      return retention();
    },
  };
}
