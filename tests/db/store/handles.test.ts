import { describe, expect, it } from 'vitest';
import type { ReadableDB } from '../../../electron/main/db/handles';
import { createWriteQueue } from '../../../electron/main/db/write-queue';
import { createDispatcher, queueCommands, type Dispatch, type Handler, type HandlerTable } from '../../../electron/main/ipc/registry';
import { createTestApp } from '../../helpers/test-app';

/** "A query does not write", enforced by the types and at run time (issue #13, the one write queue). */
describe('read and write handles', () => {
  it('a query handler is given a handle whose statements cannot run, and cannot exec (compile-time)', () => {
    // These lines are checked by `npm run typecheck`: each @ts-expect-error fails the build if the write compiles.
    const query: Handler<'team:list'> = (_input, db) => {
      // @ts-expect-error a query's statements have no run()
      db.prepare('DELETE FROM members').run();
      // @ts-expect-error a query's handle has no exec()
      db.exec('DELETE FROM members');
      // @ts-expect-error a query's handle has no transaction()
      db.transaction(() => undefined);
      return [];
    };
    const command: Handler<'team:archive'> = (_input, db) => {
      db.prepare('SELECT 1').run();
      throw new Error('not called');
    };
    const readable: ReadableDB | null = null;
    expect([typeof query, typeof command, readable]).toEqual(['function', 'function', null]);
  });

  it('a synchronous query that tries to write anyway is refused by SQLite and changes nothing', async () => {
    const t = await createTestApp({ sample: true });
    const before = t.checksum();
    const sneaky = ((_input: unknown, db: ReadableDB) => {
      (db as unknown as { exec: (sql: string) => void }).exec(`DELETE FROM members`);
      return [];
    }) as unknown as Handler<'team:list'>;
    const table = { 'team:list': sneaky } as unknown as HandlerTable;
    const dispatch = createDispatcher(t.app.ctx, table, { log: () => undefined });
    expect(await dispatch('team:list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(t.checksum()).toBe(before);
    // The connection is writable again for the next command.
    await t.call('system:chooseStart', { mode: 'empty' });
    t.close();
  });

  it('the write queue runs tasks one at a time, in order, and a failure does not stop the next', async () => {
    const queue = createWriteQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      order.push('a start');
      await new Promise((r) => setTimeout(r, 30));
      order.push('a end');
    });
    const failing = queue.run(() => {
      order.push('b');
      throw new Error('b failed');
    });
    const last = queue.run(() => order.push('c'));
    await Promise.allSettled([slow, failing, last]);
    await expect(failing).rejects.toThrow('b failed');
    expect(order).toEqual(['a start', 'a end', 'b', 'c']);
    expect(queue.pending).toBe(0);
  });

  it('commands wait in line while queries run at once, and a store swap can wait for running queries', async () => {
    const queue = createWriteQueue();
    const order: string[] = [];
    let finishQuery: () => void = () => undefined;
    const inner: Dispatch = async (channel) => {
      order.push(`start ${channel}`);
      if (channel === 'team:list') await new Promise<void>((r) => (finishQuery = r));
      if (channel === 'team:create') await new Promise((r) => setTimeout(r, 20));
      order.push(`end ${channel}`);
      return { ok: true, value: null };
    };
    const dispatch = queueCommands(queue, () => inner);
    const firstCommand = dispatch('team:create', {});
    const query = dispatch('team:list', {});
    const secondCommand = dispatch('team:archive', {});
    let settled = false;
    const swap = dispatch.readsSettled().then(() => (settled = true));
    await firstCommand;
    await secondCommand;
    expect(settled, 'the swap waits while a query is still running').toBe(false);
    finishQuery();
    await Promise.all([query, swap]);
    expect(order).toEqual(['start team:list', 'start team:create', 'end team:create', 'start team:archive', 'end team:archive', 'end team:list']);
  });
});
