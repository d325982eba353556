import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { appErrorDataSchema } from '../../shared/errors';
import { createTestApp } from '../helpers/test-app';
import { arbitraryFor } from '../helpers/zod-arbitrary';

/**
 * Boundary fuzzing through the real dispatcher, one fresh sample-team workbench per channel.
 * Four in five inputs are built from the channel's own zod schema (right shape, adversarial values:
 * boundaries, empty and maximal text, RTL and emoji, leap days, far past and future, ids that exist and
 * ids that don't); one in five is malformed (wrong types, polluting keys, junk). Per call:
 *  - the answer is a valid result or a typed error, never INTERNAL;
 *  - a rejected call changed no row (a change counter kept by temporary triggers on every table: a
 *    write rolled back with the call does not count, a committed one does);
 *  - a query changed no row;
 *  - an accepted call's output parses against the contract and carries no field the contract lacks;
 *  - every 250th call and at the end: `integrity_check` is ok and `foreign_key_check` finds nothing
 *    (foreign keys are enforced on every statement in between).
 * Reach (inputs that passed input validation, so the handler ran) is reported per channel into
 * FUZZ_REPORT (docs/reliability.md shows it); every command must be reached by half its inputs.
 */

/**
 * Inputs per channel: 200 in `npm test`; `.ci/run` sets WORKBENCH_FUZZ_RUNS=1000. Channels that render a
 * document, parse a file or rewrite the database file (HEAVY) get WORKBENCH_FUZZ_HEAVY_RUNS (default 40): most
 * of their inputs now reach a handler that takes 50–700 ms, so the CI budget cannot give them more.
 */
const RUNS = Number(process.env.WORKBENCH_FUZZ_RUNS || 200);
const HEAVY_RUNS = Math.min(RUNS, Number(process.env.WORKBENCH_FUZZ_HEAVY_RUNS || 40));
const REPORT = process.env.WORKBENCH_FUZZ_REPORT;
/** A file to which the channel being fuzzed is appended as it starts (to find one that hangs). */
const TRACE = process.env.WORKBENCH_FUZZ_TRACE;
const FULL_CHECK_EVERY = 250;
/** Target from the reliability issue: a command's handler runs for at least half its generated inputs. */
const MIN_COMMAND_REACH = 0.5;

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Values that have broken boundaries before: wrong types, extremes, impossible dates, unknown ids. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null, undefined, true, false, 0, -1, 1, 2, 3, 999_999, 2 ** 53, -(2 ** 31), 0.5, Number.NaN, Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY, '', ' ', '2025-02-30', '2025-13-01', '9999-99-99', '31/12/2025', '1970-01-01T00:00:00Z',
    'Robert\'); DROP TABLE members;--', '=HYPERLINK("http://x")', '\u0000', '\uFEFF', '<script>alert(1)</script>', [], {},
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constant('x'.repeat(300_000)),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.constant(1), fc.array(tie('deep'), { maxLength: 2 })) })).deep,
);

const keysOf = (schema: z.ZodType): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

const FILE_OPERATIONS = new Set(['system:backupNow', 'system:restoreBackup', 'system:encrypt', 'system:changePassphrase', 'system:decrypt', 'privacy:erase']);
/** Renders or parses a file (its input or output carries file content), or rewrites the database file. */
function isHeavy(channel: Channel): boolean {
  const { input, output } = contract[channel];
  const carriesFile = (keys: string[]) => (keys.includes('fileName') && keys.includes('content')) || keys.includes('pdf');
  return FILE_OPERATIONS.has(channel) || carriesFile(keysOf(input)) || carriesFile(keysOf(output));
}
const runsFor = (channel: Channel) => (isHeavy(channel) ? HEAVY_RUNS : RUNS);

/** Malformed: the channel's keys (and polluting ones) filled with nasty values, or junk of any shape. */
function malformed(channel: Channel): fc.Arbitrary<unknown> {
  const keys = [...keysOf(contract[channel].input), ...POLLUTING_KEYS];
  const shaped = fc
    .array(fc.tuple(fc.constantFrom(...keys), nasty), { maxLength: keys.length + 2 })
    // fromEntries makes "__proto__" an own property, as JSON.parse does for bridge requests.
    .map((entries) => Object.fromEntries(entries));
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true }) }, { weight: 1, arbitrary: nasty });
}

const payloads = (channel: Channel) =>
  fc.oneof({ weight: 4, arbitrary: arbitraryFor(contract[channel].input) }, { weight: 1, arbitrary: malformed(channel) });

/** Counts committed row changes in every table through temporary triggers (they leave the schema alone). */
function changeCounter(db: Database.Database): () => number {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS fuzz_changes (n INTEGER NOT NULL); DELETE FROM fuzz_changes; INSERT INTO fuzz_changes VALUES (0);');
  const tables = db
    .prepare<[], { name: string }>(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`)
    .all();
  for (const { name } of tables) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS "fuzz_${event}_${name}" AFTER ${event} ON main."${name}" BEGIN UPDATE fuzz_changes SET n = n + 1; END;`);
    }
  }
  const read = db.prepare('SELECT n FROM fuzz_changes').pluck();
  return () => read.get() as number;
}

function fullCheck(db: Database.Database, channel: string) {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new Error(`${channel}: integrity_check says ${String(integrity)}`);
  const orphans = db.pragma('foreign_key_check') as unknown[];
  if (orphans.length > 0) throw new Error(`${channel}: foreign_key_check found ${JSON.stringify(orphans.slice(0, 3))}`);
}

/** Keys present in `value` that the parsed (declared) output does not have: fields the contract never promised. */
function undeclared(value: unknown, parsed: unknown, at = ''): string[] {
  if (Array.isArray(value) && Array.isArray(parsed)) return value.flatMap((v, i) => undeclared(v, parsed[i], `${at}[${i}]`));
  if (value && parsed && typeof value === 'object' && typeof parsed === 'object') {
    return Object.keys(value).flatMap((k) =>
      k in (parsed as object) ? undeclared((value as Record<string, unknown>)[k], (parsed as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}`],
    );
  }
  return [];
}

interface Reach {
  channel: Channel;
  heavy: boolean;
  kind: 'query' | 'command';
  inputs: number;
  reached: number;
  accepted: number;
}
const reach: Reach[] = [];

afterAll(() => {
  if (!REPORT) return;
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify({ runsPerChannel: RUNS, heavyRunsPerChannel: HEAVY_RUNS, channels: reach }, null, 2));
});

describe('boundary fuzzing through the dispatcher', () => {
  it.each(CHANNELS.map((c) => [c, runsFor(c)] as const))('%s: %i schema-built and malformed inputs', { timeout: 1_800_000 }, async (channel, runs) => {
    // The shipped configuration (no output checks in the dispatcher): this test checks every result itself.
    const t = await createTestApp({ sample: true, checkOutputs: false });
    if (TRACE) fs.appendFileSync(TRACE, `${Math.round(performance.now())} ms ${channel}\n`);
    try {
      const def = contract[channel];
      const changes = changeCounter(t.db);
      const stats: Reach = { channel, heavy: isHeavy(channel), kind: def.kind, inputs: 0, reached: 0, accepted: 0 };
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          stats.inputs += 1;
          // The dispatcher reads a missing input as {} (a channel without input is called with nothing).
          const passesInput = def.input.safeParse(payload === undefined ? {} : payload).success;
          if (passesInput) stats.reached += 1;
          const before = changes();
          const result = await t.app.dispatch(channel, payload);
          // Plain checks first: building assertion messages for millions of inputs costs more than the calls.
          if (result.ok) {
            stats.accepted += 1;
            if (!passesInput) throw new Error(`${channel} accepted an input its schema refuses: ${JSON.stringify(payload)?.slice(0, 300)}`);
            const parsed = def.output.safeParse(result.value);
            if (!parsed.success) throw new Error(`${channel} answered outside its contract: ${parsed.error.message.slice(0, 300)}`);
            const extra = undeclared(result.value, parsed.data);
            if (extra.length > 0) throw new Error(`${channel} answered fields the contract does not declare: ${extra.slice(0, 5).join(', ')}`);
            if (def.kind === 'query' && changes() !== before) throw new Error(`${channel} is a query but changed the database`);
          } else {
            const { code, message } = result.error;
            if (code === 'INTERNAL') throw new Error(`${channel} crashed inside on ${JSON.stringify(payload)?.slice(0, 300)}: ${message}`);
            if (!appErrorDataSchema.safeParse(result.error).success) throw new Error(`${channel} answered an error outside the contract's error schema: ${JSON.stringify(result.error).slice(0, 300)}`);
            if (changes() !== before) throw new Error(`${channel} changed the database and then rejected ${JSON.stringify(payload)?.slice(0, 300)}`);
          }
          if (stats.inputs % FULL_CHECK_EVERY === 0) fullCheck(t.db, channel);
        }),
        { numRuns: runs, seed: 20261123, endOnFailure: true },
      );
      fullCheck(t.db, channel);
      reach.push(stats);
      expect(Object.keys(Object.prototype), 'prototype pollution').toEqual([]);
      expect(stats.inputs).toBe(runs);
      if (def.kind === 'command') {
        expect(stats.reached / stats.inputs, `${channel}: share of inputs that reached the handler`).toBeGreaterThanOrEqual(MIN_COMMAND_REACH);
      }
    } finally {
      t.close();
    }
  });
});
