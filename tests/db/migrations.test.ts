import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/main/context';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersionOf } from '../../electron/main/db/migrate';
import { openDatabase } from '../../electron/main/db/open';
import { seedActivitiesSample } from '../../electron/main/domains/activities/sample';
import { seedAgreementsSample } from '../../electron/main/domains/agreements/sample';
import { seedOneToOnesSample } from '../../electron/main/domains/oneToOnes/sample';
import { seedRecognitionSample } from '../../electron/main/domains/recognition/sample';
import { seedRegistrationSample } from '../../electron/main/domains/registration/sample';
import { seedSkillsSample } from '../../electron/main/domains/skills/sample';
import { createTeamRepo } from '../../electron/main/domains/team/repo';
import { generateTeam, SAMPLE_SEED } from '../../electron/main/sample/team';

/** Which migration brought each part of the sample story's tables. */
const SEEDERS: [number, (ctx: AppContext, people: Map<string, number>) => void][] = [
  [2, seedSkillsSample],
  [3, seedRegistrationSample],
  [4, seedAgreementsSample],
  [5, seedRecognitionSample],
  [6, seedOneToOnesSample],
  [6, seedActivitiesSample],
];

function contextFor(db: Database.Database): AppContext {
  return {
    db,
    clock: () => new Date('2026-11-23T10:00:00Z'),
    dataDir: '/nonexistent',
    databaseFile: ':memory:',
    transport: 'web',
    version: 'test',
    emit: () => undefined,
    lifecycle: { backupNow: async () => Promise.reject(new Error('no')), restore: async () => Promise.reject(new Error('no')), notice: () => null, dismissNotice: () => undefined },
  };
}

/** The data a manager would have had at schema version `v`: the sample team and every feature that existed then. */
function databaseAt(v: number): Database.Database {
  const db = openDatabase(':memory:', { migrateTo: v });
  const ctx = contextFor(db);
  const repo = createTeamRepo(db);
  const people = new Map<string, number>();
  db.transaction(() => {
    for (const m of generateTeam({ seed: SAMPLE_SEED, today: '2026-11-23' })) {
      const { key, lineManagerIndex: _l, chartered: _c, ...input } = m;
      people.set(key, repo.insert(input, '2026-11-23T10:00:00Z'));
    }
    for (const [version, seed] of SEEDERS) if (version <= v) seed(ctx, people);
  })();
  return db;
}

const rowCounts = (db: Database.Database) =>
  Object.fromEntries(
    db
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all()
      .map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );

describe('migrations', () => {
  it('every migration is applied in order and recorded in user_version', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(MIGRATIONS.length).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it.each(MIGRATIONS.filter((m) => m.version < LATEST_SCHEMA_VERSION).map((m) => m.version))(
    'a database at version %i, holding data, migrates to the latest with nothing lost',
    (v) => {
      const db = databaseAt(v);
      expect(schemaVersionOf(db)).toBe(v);
      const before = rowCounts(db);
      expect(before.members).toBe(12);
      migrate(db);
      expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
      const after = rowCounts(db);
      for (const [table, count] of Object.entries(before)) expect(`${table}: ${after[table]}`).toBe(`${table}: ${count}`);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    },
  );

  it('a failing migration leaves the database at the previous version, unchanged', () => {
    const db = openDatabase(':memory:', { migrateTo: 1 });
    db.exec('CREATE TABLE skill_frameworks (id INTEGER PRIMARY KEY) STRICT'); // collides with migration 2
    const version = schemaVersionOf(db);
    const tables = rowCounts(db);
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersionOf(db)).toBe(version);
    expect(rowCounts(db)).toEqual(tables);
    db.close();
  });
});
