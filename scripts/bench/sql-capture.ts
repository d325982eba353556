import type Database from 'better-sqlite3';

/**
 * Records the SQL of every statement executed while recording is on. Statements
 * are wrapped when prepared (repos prepare theirs when a workbench is built), so
 * install this on the connection BEFORE building the workbench.
 */
export function captureSql(db: Database.Database) {
  let current: Set<string> | null = null;
  let prepared = 0;
  const prepare = db.prepare.bind(db);
  const wrapped = ((source: string) => {
    prepared += 1;
    const statement = prepare(source);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          current?.add(source);
          return original.apply(statement, args);
        },
      });
    }
    return statement;
  }) as Database.Database['prepare'];
  db.prepare = wrapped;
  return {
    /** Runs `fn` and returns the distinct SQL it executed and how many statements it prepared. */
    async record(fn: () => unknown): Promise<{ sqls: string[]; prepared: number }> {
      const seen = new Set<string>();
      current = seen;
      const before = prepared;
      try {
        await fn();
      } finally {
        current = null;
      }
      return { sqls: [...seen], prepared: prepared - before };
    },
    restore: () => {
      db.prepare = prepare;
    },
  };
}

export interface PlanStep {
  detail: string;
}

/** EXPLAIN QUERY PLAN of any statement, binding NULL to each of its parameters. */
export function explain(db: Database.Database, sql: string): string[] {
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  // Parameters never sit inside string literals, so blank those out before looking.
  const code = sql.replace(/'(?:[^']|'')*'/g, "''");
  const names = [...new Set([...code.matchAll(/[@:$]([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''))];
  const rows = (names.length > 0
    ? statement.all(Object.fromEntries(names.map((n) => [n, null])))
    : statement.all(...Array.from({ length: (code.match(/\?/g) ?? []).length }, () => null))) as PlanStep[];
  return rows.map((r) => r.detail);
}

/** Tables that grow with members × time: a full scan of one of these makes a dashboard slow at scale. */
export const LARGE_TABLES = [
  'skill_ratings',
  'skill_assessments',
  'cpd_entries',
  'one_to_ones',
  'one_to_one_actions',
  'one_to_one_agenda_items',
  'recognition_nominations',
  'recognition_votes',
  'recognition_cycle_events',
  'registration_stage_events',
  'registration_evidence',
  'agreement_otj_entries',
  'agreement_log_entries',
] as const;

const NOT_ALIAS = new Set(['where', 'on', 'join', 'left', 'inner', 'cross', 'group', 'order', 'limit', 'using', 'natural', 'union', 'having', 'window', 'set', 'values', 'as']);

/** Alias (or bare table name) → the tables it stands for in `sql`. */
export function aliasesOf(sql: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (name: string, table: string) => map.set(name, (map.get(name) ?? new Set()).add(table));
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:AS\s+)?([A-Za-z_][A-Za-z0-9_]*))?/gi)) {
    const table = (m[1] ?? '').toLowerCase();
    const alias = (m[2] ?? '').toLowerCase();
    add(table, table);
    if (alias && !NOT_ALIAS.has(alias)) add(alias, table);
  }
  return map;
}

/** Plan lines that read a large table from end to end (with or without an index). */
export function fullScans(sql: string, plan: string[], tables: readonly string[] = LARGE_TABLES): string[] {
  const aliases = aliasesOf(sql);
  return plan.filter((line) => {
    const match = /^SCAN (?:TABLE )?([A-Za-z_][A-Za-z0-9_]*)/.exec(line);
    if (!match) return false;
    const name = (match[1] ?? '').toLowerCase();
    const candidates = aliases.get(name) ?? new Set([name]);
    return [...candidates].some((t) => tables.includes(t));
  });
}
