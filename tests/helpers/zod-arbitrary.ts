import fc from 'fast-check';
import type { z } from 'zod';
import { isIsoDate } from '../../shared/dates';

/**
 * Builds a fast-check arbitrary from a channel's zod input schema: inputs of the right shape (keys,
 * types, enums, lengths, ranges, date strings) filled with adversarial values, so that most of them get
 * past validation and exercise the handler. A small share deliberately steps over a bound.
 *
 * Reads zod 4's schema definitions (`schema._zod.def`); an unknown kind falls back to `fc.anything()`.
 */

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
  pattern?: RegExp;
  fn?: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

/** Text that has broken apps before: scripts, directions, joiners, formula and SQL look-alikes, names from these islands. */
export const HOSTILE_TEXT = [
  'Łukasz Żółć',
  'Siân ap Dŵr',
  'Seán Ó Briain',
  'Zoë Okonkwo-Hale',
  'مريم الحسيني',
  '王小明',
  '👩🏽‍💼 Team lead 🎉',
  '\u202Egnp.exe',
  'שלום עולם',
  "Robert'); DROP TABLE members;--",
  '=HYPERLINK("http://example.invalid","x")',
  '+44 20 7946 0000',
  '<script>alert(1)</script>',
  '  padded with spaces  ',
  'line one\nline two\r\nline three',
  'tab\tseparated',
  'ｆｕｌｌｗｉｄｔｈ',
  'e\u0301 combining',
  '\uFEFFbom',
  'NULL',
];

/** Dates around the edges: leap days, month ends, far past and future, and a few that are not dates. */
const EDGE_DATES = [
  '2024-02-29', '2028-02-29', '2000-02-29', '2026-02-28', '2026-12-31', '2027-01-01', '2026-11-23', '2026-11-24', '2026-11-22',
  '1900-01-01', '1990-06-15', '2199-12-31', '2099-01-01', '2025-07-31', '2025-08-01', '2022-08-01',
];
const NOT_DATES = ['2025-02-29', '2026-02-30', '2026-13-01', '31/12/2026', '', '2026-1-5'];

const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const dateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...EDGE_DATES) },
  { weight: 8, arbitrary: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map(isoOf) },
  { weight: 2, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map(isoOf) },
  { weight: 1, arbitrary: fc.constantFrom(...NOT_DATES) },
);

/** Ids: mostly ones the sample team has (small numbers), sometimes ones nobody has. */
const idArb: fc.Arbitrary<number> = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(999_999, 13, 40) });

const looksLikeId = (key: string | undefined) => key !== undefined && (key === 'id' || /Id$/.test(key) || key === 'a' || key === 'b');
const looksLikeIds = (key: string | undefined) => key !== undefined && /Ids$/.test(key);

function fitLength(s: string, min: number, max: number): string {
  let out = s;
  if (out.length > max) out = out.slice(0, max);
  while (out.trim().length < min) out += 'a';
  return out.length > max ? 'a'.repeat(Math.max(min, 1)).slice(0, max) : out;
}

/**
 * Tries `tries` candidates and keeps the first that `schema` accepts (else the first one): refinements
 * (quarter hours, "end after start", "confirm matches") are met most of the time without the generator
 * knowing them. One value in forty is a raw candidate, valid or not.
 */
function preferValid(schema: z.ZodType, candidate: fc.Arbitrary<unknown>, tries = 10): fc.Arbitrary<unknown> {
  // noBias: a biased run would draw the same "small" value (an excluded lower bound) for every try.
  const valid = fc.noBias(fc.array(candidate, { minLength: tries, maxLength: tries })).map((all) => all.find((v) => schema.safeParse(v).success) ?? all[0]);
  return fc.oneof({ weight: 39, arbitrary: valid }, { weight: 1, arbitrary: candidate });
}

const DATE_TIMES = ['2026-11-24T10:00:00.000Z', '2026-11-23T09:30', '2028-02-29T23:59:00Z', '2026-03-29T01:30', '2099-12-31T12:00:00Z', '1990-01-01T08:00:00Z'];
const MONTH_DAYS = ['02-29', '03-31', '01-09', '12-25', '06-30', '13-01', '02-30'];
const URLS = ['https://www.cilip.org.uk/awards', 'http://example.org/łódź?a=1&b=2', 'https://example.org/' + 'x'.repeat(300), 'javascript:alert(1)', 'ftp://example.org'];
const EMAILS = ['lukasz.zolc@example.org', 'sian@example.cymru', 'a@b.co', 'not-an-email', 'o\'brien@example.ie'];

/** Longest text generated on purpose (a limit above it is tested at this length, not at the limit). */
const LONGEST = 10_000;

/**
 * Weights each family of candidates by how often `schema` accepts a probe sample of it (computed once
 * per schema), keeping a little weight on families it refuses: a date field mostly gets dates, a URL
 * field URLs, and every field still sees the odd wrong kind of value.
 */
function byAcceptance(schema: z.ZodType, families: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown> {
  const weighted = families.map((arbitrary, i) => {
    const probe = fc.sample(arbitrary, { numRuns: 40, seed: 7 + i });
    const accepted = probe.filter((v) => schema.safeParse(v).success).length;
    return { weight: 1 + Math.round((accepted / probe.length) * 40), arbitrary };
  });
  return fc.oneof(...weighted);
}

function stringCandidates(schema: z.ZodType, def: Def): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const regex = checks.find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern;
  const exact = checks.find((c) => c.check === 'length_equals')?.length;
  const min = exact ?? checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = exact ?? checks.find((c) => c.check === 'max_length')?.maximum ?? 2_000;
  const longest = Math.min(max, LONGEST);
  const fit = (a: fc.Arbitrary<string>) => a.map((v) => fitLength(v, min, longest));
  return byAcceptance(schema, [
    fit(fc.constantFrom(...HOSTILE_TEXT)),
    fit(fc.string({ unit: 'grapheme', maxLength: 60 })),
    fc.constantFrom('', 'w '.repeat(Math.ceil(longest / 2)).slice(0, longest)),
    fc.constantFrom('x'.repeat(max <= LONGEST ? max + 1 : 0), '   '),
    dateArb,
    fc.constantFrom(...DATE_TIMES),
    fc.constantFrom(...MONTH_DAYS),
    fc.constantFrom(...URLS),
    fc.constantFrom(...EMAILS),
    ...(regex ? [fc.stringMatching(regex, { size: 'small' })] : []),
  ]);
}

function numberCandidates(def: Def, key: string | undefined): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const isInt = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
  if (isInt && looksLikeId(key)) return idArb;
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const min = lower?.value ?? -5;
  const max = upper?.value ?? Math.max(min + 1_000, 1_000);
  const steps = fc.constantFrom(1, 0.5, 0.25);
  // Whole steps across the range (fc.double is uniform over float encodings, so it would mostly draw values near 0).
  const inRange = steps.chain((step) => fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }).map((n) => n * step));
  const edges = fc.constantFrom(min, max, min + 0.25, max - 0.25, 0);
  const outside = fc.constantFrom(min - 1, max + 1, Number.NaN, 0.1 + 0.2, 1e-9);
  return fc.oneof({ weight: 12, arbitrary: inRange }, { weight: 4, arbitrary: edges }, { weight: 1, arbitrary: outside });
}

/** An arbitrary for values of `schema`, mostly valid; `key` is the property name it sits under (ids, dates). */
export function arbitraryFor(schema: z.ZodType, key?: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const base = arbitraryOfKind(schema, def, key);
  // Kinds that do not look at their own checks (a refine on a nullable, a union...) still prefer valid values.
  const handled = ['string', 'number', 'object', 'array', 'pipe'];
  return !handled.includes(def.type) && checksOf(def).length > 0 ? preferValid(schema, base, 8) : base;
}

function arbitraryOfKind(schema: z.ZodType, def: Def, key: string | undefined): fc.Arbitrary<unknown> {
  const inner = (name: string) => arbitraryFor(def[name] as z.ZodType, key);
  switch (def.type) {
    case 'string':
      return checksOf(def).some((c) => c.check === 'custom' && c.fn === isIsoDate) ? dateArb : preferValid(schema, stringCandidates(schema, def), 6);
    case 'number':
      return preferValid(schema, numberCandidates(def, key), 6);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return fc.option(inner('innerType'), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      // z.preprocess(fn, schema) is a pipe from a transform: what it must end up as is `out`.
      return preferValid(schema, defOf(def.in as z.ZodType).type === 'transform' ? inner('out') : inner('in'), 4);
    case 'lazy':
      return arbitraryFor((def.getter as () => z.ZodType)(), key);
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => arbitraryFor(o, key)));
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 6, 6);
      const element = looksLikeIds(key) ? idArb : arbitraryFor(def.element as z.ZodType);
      // Lists rarely allow the same person or section twice: make them unique by their id-like key.
      const array = fc.uniqueArray(element, {
        minLength: Math.min(minLength, maxLength),
        maxLength: Math.max(minLength, maxLength),
        selector: (v) => (v && typeof v === 'object' ? ((v as Record<string, unknown>).memberId ?? (v as Record<string, unknown>).id ?? JSON.stringify(v)) : v),
      });
      return checksOf(def).length > 0 ? preferValid(schema, array, 8) : array;
    }
    case 'tuple':
      return fc.tuple(...(def.items as z.ZodType[]).map((i) => arbitraryFor(i)));
    case 'record':
      return fc.dictionary(arbitraryFor(def.keyType as z.ZodType).map(String), arbitraryFor(def.valueType as z.ZodType), { maxKeys: 4 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const model = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitraryFor(s, k)]));
      const optionalKeys = Object.entries(shape).filter(([, s]) => ['optional', 'default', 'prefault'].includes(defOf(s).type)).map(([k]) => k);
      const requiredKeys = Object.keys(shape).filter((k) => !optionalKeys.includes(k));
      const record = fc.record(model, { requiredKeys }).map((v) =>
        // "Type it again" fields: a copy of the first is what a person types.
        'confirm' in shape && 'passphrase' in shape ? { ...v, confirm: (v as { passphrase?: unknown }).passphrase } : v,
      );
      return checksOf(def).length > 0 ? preferValid(schema, record, 8) : record;
    }
    case 'date':
      return fc.date();
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
