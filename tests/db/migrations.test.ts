import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/main/context';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersionOf } from '../../electron/main/db/migrate';
import { openDatabase } from '../../electron/main/db/open';
import { NO_ENCRYPTION } from '../../electron/main/domains/system/encryption-controls';
import { seedSampleData } from '../../electron/main/sample/seed';

function contextFor(db: Database.Database): AppContext {
  return {
    db,
    clock: () => new Date('2026-11-23T10:00:00Z'),
    dataDir: '/nonexistent',
    databaseFile: ':memory:',
    transport: 'web',
    version: 'test',
    emit: () => undefined,
    lifecycle: { backupNow: async () => Promise.reject(new Error('no')), restore: async () => Promise.reject(new Error('no')), notice: () => null, dismissNotice: () => undefined, encryption: NO_ENCRYPTION },
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-migrations-'));
const FULL = path.join(dir, 'full.sqlite');

/** The whole sample story at the latest schema, written once, as the source of every older fixture. */
function writeFullStory() {
  const db = openDatabase(FULL);
  db.transaction(() => seedSampleData(contextFor(db)))();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

const columnsOf = (db: Database.Database, table: string, schema = 'main') =>
  (db.prepare(`PRAGMA ${schema}.table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);

/** Tables a migration drops on purpose, by the version that drops them (their rows are gone by design, not lost). */
const DROPPED: Record<string, number> = {
  // 0017: each CPD entry links to its activity by a foreign key; this table only repeated that link.
  activity_cpd_links: 17,
};

/**
 * The data a manager would have had at schema version `v`: every table that existed
 * then, filled with the sample story's rows (columns that existed then).
 */
function databaseAt(v: number): Database.Database {
  const db = openDatabase(':memory:', { migrateTo: v });
  db.pragma('foreign_keys = OFF');
  db.prepare('ATTACH DATABASE ? AS story').run(FULL);
  const tables = db.prepare<[], { name: string }>(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all();
  for (const { name } of tables) {
    // A table a later migration drops (DROPPED) is not in the story: it stays empty.
    if (DROPPED[name] !== undefined) continue;
    const shared = columnsOf(db, name).filter((c) => columnsOf(db, name, 'story').includes(c)).map((c) => `"${c}"`).join(', ');
    // Some migrations seed rows (the default rating scale): the story's own rows replace them.
    db.exec(`DELETE FROM main."${name}"; INSERT INTO main."${name}" (${shared}) SELECT ${shared} FROM story."${name}"`);
  }
  db.exec('DETACH DATABASE story');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Section totals that disagree with the ratings they summarise (empty sections count as zero). */
const totalsDrift = (db: Database.Database) =>
  (
    db
      .prepare(
        `SELECT count(*) AS n FROM (
           SELECT a.id AS assessment_id, sec.id AS section_id,
             (SELECT coalesce(sum(r.current), 0) FROM skill_ratings r JOIN skills s ON s.id = r.skill_id
               WHERE r.assessment_id = a.id AND s.section_id = sec.id AND r.current IS NOT NULL) AS total,
             (SELECT count(r.current) FROM skill_ratings r JOIN skills s ON s.id = r.skill_id
               WHERE r.assessment_id = a.id AND s.section_id = sec.id) AS rated
           FROM skill_assessments a JOIN skill_sections sec ON sec.framework_id = a.framework_id
         ) x LEFT JOIN skill_section_totals t USING (assessment_id, section_id)
         WHERE coalesce(t.total, 0) <> x.total OR coalesce(t.rated, 0) <> x.rated`,
      )
      .get() as { n: number }
  ).n;

const rowCounts = (db: Database.Database) =>
  Object.fromEntries(
    db
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all()
      .map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );

describe('migrations', () => {
  beforeAll(writeFullStory);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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
      for (const [table, count] of Object.entries(before)) {
        if (DROPPED[table] === undefined) expect(`${table}: ${after[table]}`).toBe(`${table}: ${count}`);
        else expect(after[table], `${table} is dropped by migration ${DROPPED[table]}`).toBeUndefined();
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Derived tables are rebuilt from their sources: section totals match the ratings…
      expect(totalsDrift(db)).toBe(0);
      // …and stay in step as ratings change, are cleared or are deleted.
      db.exec(`UPDATE skill_ratings SET current = 4 WHERE assessment_id = (SELECT min(assessment_id) FROM skill_ratings)`);
      db.exec(`UPDATE skill_ratings SET current = NULL WHERE skill_id = (SELECT min(skill_id) FROM skill_ratings)`);
      db.exec(`DELETE FROM skill_ratings WHERE assessment_id = (SELECT max(assessment_id) FROM skill_ratings)`);
      expect(totalsDrift(db)).toBe(0);
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
