import { AppError } from '../../../shared/result';

/** How many deletions are remembered per database; Undo lives for seconds, so the oldest can go. */
const LIMIT = 1000;
const byDb = new WeakMap<object, Map<string, { parentId: number; extra: unknown }>>();

/**
 * Where each deleted record came from, while the app runs, so that "Undo" puts a record back
 * where it was and nowhere else. The restore input is the record the screen still holds; this is
 * the main process's own memory of its parent, which the input cannot change. Kept in memory:
 * an Undo toast does not outlive the process, and a deleted record needs no new table.
 */
export function deletedFrom<Extra = undefined>(db: object, kind: string, thing: string, parentField: string) {
  let seen = byDb.get(db);
  if (!seen) {
    seen = new Map();
    byDb.set(db, seen);
  }
  const memory = seen;
  const key = (id: number) => `${kind}:${id}`;
  return {
    /** Call after the delete succeeded; `extra` is what the restore needs that the screen does not hold. */
    remember(id: number, parentId: number, extra?: Extra) {
      memory.delete(key(id));
      memory.set(key(id), { parentId, extra });
      if (memory.size > LIMIT) memory.delete(memory.keys().next().value as string);
    },
    /** Refuses (CONFLICT, nothing written) a restore of a record that was not deleted, or into another parent. */
    check(id: number, parentId: number): Extra | undefined {
      const was = memory.get(key(id));
      if (was === undefined) {
        throw new AppError('CONFLICT', `There is no deleted ${thing} ${id} to put back: it was put back already, or never deleted.`, 'id');
      }
      if (was.parentId !== parentId) {
        throw new AppError('CONFLICT', `This ${thing} was deleted from another record: Undo puts it back only where it was.`, parentField);
      }
      return was.extra as Extra | undefined;
    },
    /** Call after the restore succeeded: a second Undo cannot make a copy. */
    forget(id: number) {
      memory.delete(key(id));
    },
  };
}
