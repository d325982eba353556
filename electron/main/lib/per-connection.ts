import type Database from 'better-sqlite3';

/**
 * One instance per connection: a repository prepares its statements once,
 * however often a dashboard or agenda function asks for it. (Building repos
 * per call compiled tens of thousands of statements per dashboard load at
 * regional scale.)
 */
export function perConnection<T>(create: (db: Database.Database) => T): (db: Database.Database) => T {
  const made = new WeakMap<Database.Database, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = create(db);
      made.set(db, value);
    }
    return value;
  };
}
