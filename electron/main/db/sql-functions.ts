import type Database from 'better-sqlite3';
import { searchFold } from '../../../shared/search-fold';

/** SQL functions every connection has: `fold(text)` is `searchFold`, for searches that are not ASCII-only. */
export function registerSqlFunctions(db: Database.Database): void {
  db.function('fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? searchFold(value) : value));
}
