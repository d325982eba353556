/**
 * One queue for every write, async ones included (restore, encrypt, rekey,
 * erase, backup), as Actual Budget's `sequential` mutators do: each task starts
 * only when the one before it has settled, so a request arriving while the store
 * is being closed and reopened waits for it instead of failing.
 */
export interface WriteQueue {
  run: <T>(task: () => T | Promise<T>) => Promise<T>;
  /** Tasks waiting or running (for tests and diagnostics). */
  readonly pending: number;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(task: () => T | Promise<T>): Promise<T> {
      pending += 1;
      const next = tail.then(task).finally(() => (pending -= 1));
      tail = next.catch(() => undefined);
      return next;
    },
    get pending() {
      return pending;
    },
  };
}
