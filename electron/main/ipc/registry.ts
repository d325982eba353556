import { contract, domainOf, type Channel, type Contract, type ChannelOutput, type ParsedInput } from '../../../shared/ipc/contract';
import { errorData } from '../../../shared/errors';
import type { Result } from '../../../shared/result';
import type { AppContext } from '../context';
import { readOnly, type ReadableDB, type WritableDB } from '../db/handles';
import type { WriteQueue } from '../db/write-queue';
import { fromZodError, toErrorData } from './errors';

/** A query gets a handle that cannot write; only a command gets the whole connection. */
export type HandleFor<C extends Channel> = Contract[C]['kind'] extends 'command' ? WritableDB : ReadableDB;
export type Handler<C extends Channel> = (input: ParsedInput<C>, db: HandleFor<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type DomainHandlers = { [C in Channel]?: Handler<C> };
export type HandlerTable = { [C in Channel]: Handler<C> };

const ASYNC = Symbol('async handler');

/**
 * Marks a handler that awaits (file parsing, document building). It runs outside
 * the dispatcher's transaction, must not write before its first await, and puts
 * any write in its own `db.transaction`. Every other handler is synchronous and
 * runs inside one transaction, so a failure part-way writes nothing.
 */
export function asyncHandler<F extends (input: never) => Promise<unknown>>(fn: F): F {
  return Object.assign(fn, { [ASYNC]: true });
}
const isAsync = (fn: unknown): boolean => typeof fn === 'function' && ASYNC in fn;

export interface DomainModule {
  domain: string;
  handlers: DomainHandlers;
}

/** Builds the one handler table; a duplicate, missing or unknown channel is a start-up error. */
export function buildHandlerTable(modules: DomainModule[]): HandlerTable {
  const table: Partial<Record<string, unknown>> = {};
  const problems: string[] = [];
  for (const { domain, handlers } of modules) {
    for (const [channel, handler] of Object.entries(handlers)) {
      if (!Object.hasOwn(contract, channel)) problems.push(`handler for unknown channel ${channel} (domain ${domain})`);
      else if (domainOf(channel) !== domain) problems.push(`${channel} is registered by domain ${domain}`);
      if (table[channel]) problems.push(`duplicate handler for ${channel}`);
      table[channel] = handler;
    }
  }
  for (const channel of Object.keys(contract)) {
    if (!table[channel]) problems.push(`missing handler for ${channel}`);
  }
  if (problems.length > 0) throw new Error(`IPC handler table is invalid:\n- ${problems.join('\n- ')}`);
  return table as HandlerTable;
}

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  log?: (error: unknown) => void;
  /**
   * Check every result against the contract's output schema. On in tests and
   * development; the shipped app skips it (for a 2,000-person team list it cost
   * ten times the query) since TypeScript already holds handlers to the contract.
   */
  checkOutputs?: boolean;
}

/**
 * The single entry point both transports call. Parses input at the boundary,
 * runs the handler in a transaction (so a failure writes nothing), checks the
 * output against the contract, and announces the change for commands.
 */
export function createDispatcher(ctx: AppContext, table: HandlerTable, options: DispatchOptions = {}): Dispatch {
  return async (channel, rawInput) => {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      return { ok: false, error: errorData('NOT_FOUND', 'unknownChannel', { params: { channel: String(channel).slice(0, 80) } }) };
    }
    const name = channel as Channel;
    const def = contract[name];
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
    try {
      const handler = table[name] as (input: unknown, db: WritableDB) => unknown;
      const db = ctx.db;
      const run = () => db.transaction(() => handler(parsed.data, db))();
      // A synchronous query runs with SQLite refusing writes, so the types' promise holds at run time too.
      const value = isAsync(handler) ? await handler(parsed.data, db) : def.kind === 'query' ? readOnly(db, run) : run();
      let output: unknown = value;
      if (options.checkOutputs !== false) {
        const checked = def.output.safeParse(value);
        if (!checked.success) {
          throw new Error(`Handler for ${name} returned data that breaks the contract: ${checked.error.message}`);
        }
        output = checked.data;
      }
      if (def.kind === 'command') ctx.emit(`${domainOf(name)}:changed`);
      return { ok: true, value: output };
    } catch (error) {
      return { ok: false, error: toErrorData(error, options.log) };
    }
  };
}

/** The app's entry point: every command on the write queue; queries tracked so a store swap can wait for them. */
export interface QueuedDispatch extends Dispatch {
  /** Resolves once no query is running; the caller must then swap the store synchronously. */
  readsSettled: () => Promise<void>;
}

/**
 * Puts every command (async ones included) through the app's one write queue,
 * dispatching to whichever store is current when its turn comes: a command that
 * arrives while a restore or re-encryption closes and reopens the store waits
 * for the new one instead of failing on the closed one. Queries run at once, but
 * a store swap first waits for those still running (an export awaiting a PDF
 * renderer keeps its connection until it has finished).
 */
/** A channel of the contract that changes data (a command), as opposed to a query. */
export const isCommandChannel = (channel: unknown): boolean =>
  typeof channel === 'string' && Object.hasOwn(contract, channel) && contract[channel as Channel].kind === 'command';

export function queueCommands(queue: WriteQueue, current: () => Dispatch): QueuedDispatch {
  const reads = new Set<Promise<unknown>>();
  const dispatch = (channel: string, rawInput: unknown) => {
    if (isCommandChannel(channel)) return queue.run(() => current()(channel, rawInput));
    const read = current()(channel, rawInput);
    reads.add(read);
    const done = () => reads.delete(read);
    read.then(done, done);
    return read;
  };
  return Object.assign(dispatch, {
    readsSettled: async () => {
      while (reads.size > 0) await Promise.allSettled(Array.from(reads));
    },
  });
}

export type { ReadableDB, WritableDB };
