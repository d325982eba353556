import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { ERROR_CODES } from '../../shared/result';
import { createTestApp, type TestApp } from '../helpers/test-app';

/** 200 payloads per channel in `npm test`; `.ci/run` sets WORKBENCH_FUZZ_RUNS=10000. */
const RUNS = Number(process.env.WORKBENCH_FUZZ_RUNS ?? 200);

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
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
  fc.constant('x'.repeat(300_000)),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.constant(1), fc.array(tie('deep'), { maxLength: 2 })) })).deep,
);

function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** A payload shaped like the channel's input (its own keys, plus polluting ones) but filled with nasty values. */
function payloads(channel: Channel): fc.Arbitrary<unknown> {
  const keys = [...keysOf(contract[channel].input), ...POLLUTING_KEYS];
  const shaped = fc
    .array(fc.tuple(fc.constantFrom(...keys), nasty), { maxLength: keys.length + 2 })
    // fromEntries makes "__proto__" an own property, as JSON.parse does for bridge requests.
    .map((entries) => Object.fromEntries(entries));
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true }) }, { weight: 1, arbitrary: nasty });
}

describe('boundary fuzzing', () => {
  let t: TestApp;
  let changes: () => number;
  beforeAll(async () => {
    t = await createTestApp({ sample: true });
    const statement = t.db.prepare('SELECT total_changes()').pluck();
    changes = () => statement.get() as number;
  });
  afterAll(() => t.close());

  it.each(CHANNELS)(`%s: ${RUNS} generated payloads give a typed error or a valid result, and rejected ones write nothing`, { timeout: 600_000 }, async (channel) => {
    const checksumBefore = t.checksum();
    let rejectedWithoutWrites = true;
    await fc.assert(
      fc.asyncProperty(payloads(channel), async (payload) => {
        const before = changes();
        const result = await t.app.dispatch(channel, payload);
        if (result.ok) return;
        // Plain checks first: building assertion messages for a million payloads costs more than the calls.
        const { code, message } = result.error;
        if (code === 'INTERNAL') throw new Error(`${channel} crashed inside on ${JSON.stringify(payload)?.slice(0, 300)}`);
        if (!ERROR_CODES.includes(code) || typeof message !== 'string') throw new Error(`${channel} answered an untyped error`);
        if (changes() !== before) {
          rejectedWithoutWrites = false;
          throw new Error(`${channel} wrote to the database and then rejected ${JSON.stringify(payload)?.slice(0, 300)}`);
        }
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    expect(rejectedWithoutWrites).toBe(true);
    if (contract[channel].kind === 'query') expect(t.checksum(), 'a query changed the database').toBe(checksumBefore);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
