import { z } from 'zod';
import { fieldLabel } from './field-labels';
import { plural } from './plural';

/**
 * Errors are data: a code (what kind of failure), the field it concerns, a message key from
 * this one closed set and the key's parameters (limits as numbers, dates as ISO). The renderer
 * words them with `wordError`; `message` is the same English kept for logs and old callers.
 */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNSUPPORTED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_KEYS = [
  // Input rules: zod issues at the boundary and the same rules checked in services.
  'required',
  'tooShort',
  'tooLong',
  'min',
  'max',
  'tooFew',
  'tooMany',
  'notANumber',
  'notWhole',
  'invalidType',
  'invalidChoice',
  'invalidFormat',
  'unknownField',
  'invalid',
  'notInFuture',
  // Records.
  'notFound',
  'conflict.duplicate',
  // Transport and store.
  'unknownChannel',
  'notJson',
  'notSignedIn',
  'transportFailed',
  'storeRule',
  'internal',
  // A sentence a service wrote for one situation (the message is the wording).
  'stated',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

/**
 * A key's values. Any key may also carry `rule` (the rule's own predicate, worded where the rule
 * is defined: "must be at most 24 hours for one entry") or `detail` (a clause about the field:
 * "choose which column holds the name"); the label is put in front of either.
 */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface AppErrorData {
  code: ErrorCode;
  key: ErrorKey;
  params?: ErrorParams;
  /** Dotted path of the offending input field, e.g. `email` or `rows.3.startDate`. */
  field?: string;
  /** The English wording (what `wordError` gives with the field's own label), for logs and old callers. */
  message: string;
}

/** The contract's error: every `{ ok: false }` answer of either transport parses with it. */
export const appErrorDataSchema = z
  .object({
    code: z.enum(ERROR_CODES),
    key: z.enum(ERROR_KEYS),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    field: z.string().optional(),
    message: z.string(),
  })
  .strict();

/** What `wordError` needs: the key, its values, the field and (only for `stated`) the message. */
export type ErrorWords = Pick<AppErrorData, 'key'> & Partial<Pick<AppErrorData, 'params' | 'field' | 'message'>>;

const num = (params: ErrorParams | undefined, name: string): number => Number(params?.[name] ?? 0);
const str = (params: ErrorParams | undefined, name: string): string => String(params?.[name] ?? '');

type Template = (label: string, params: ErrorParams | undefined, error: ErrorWords) => string;

const TEMPLATES: Record<ErrorKey, Template> = {
  required: (l) => `${l} is required`,
  tooShort: (l, p) => `${l} must be at least ${plural(num(p, 'min'), 'character')}`,
  tooLong: (l, p) => `${l} must be at most ${plural(num(p, 'max'), 'character')}`,
  min: (l, p) => `${l} must be ${p?.inclusive === 0 ? 'more than' : 'at least'} ${num(p, 'min').toLocaleString('en-GB')}`,
  max: (l, p) => `${l} must be ${p?.inclusive === 0 ? 'less than' : 'at most'} ${num(p, 'max').toLocaleString('en-GB')}`,
  tooFew: (l, p) => `${l} must have at least ${plural(num(p, 'min'), 'item')}`,
  tooMany: (l, p) => `${l} must have at most ${plural(num(p, 'max'), 'item')}`,
  notANumber: (l) => `${l} must be a number`,
  notWhole: (l) => `${l} must be a whole number`,
  invalidType: (l, p) => `${l}: expected ${str(p, 'expected')}`,
  invalidChoice: (l, p) => `${l} must be one of: ${str(p, 'options')}`,
  invalidFormat: (l, p) => (p?.format === 'date' ? `${l} must be a date (dd/mm/yyyy)` : `${l} is not in the expected format`),
  unknownField: (l, p) => `${l} has a field the app does not know: ${str(p, 'fields')}`,
  invalid: (l) => `${l} is not valid`,
  notInFuture: (l) => `${l} cannot be in the future`,
  notFound: (_l, p) => (p?.thing ? `No ${str(p, 'thing')} has id ${str(p, 'id')}.` : 'That record no longer exists.'),
  'conflict.duplicate': (l, p) => (p?.by ? `${l} is already used by ${str(p, 'by')}` : 'That would duplicate a record that already exists.'),
  unknownChannel: (_l, p) => `Unknown channel: ${str(p, 'channel')}`,
  notJson: () => 'Body is not JSON.',
  notSignedIn: () => 'This browser tab is not signed in to the workbench. Open the address that `npm run start:web` printed.',
  transportFailed: (_l, p) => `The workbench answered ${str(p, 'status')}.`,
  storeRule: () => 'That change breaks a rule of the data store and was not saved.',
  internal: () => 'Something went wrong inside the app; nothing was saved. The details are in the log.',
  stated: (_l, _p, e) => e.message ?? '',
};

/**
 * The one place an error becomes the sentence a manager reads. `label` is the field's words as
 * the screen shows them (a form passes its own label); without one the field's usual words are
 * used (shared/field-labels.ts), or "Input" when the error names no field.
 */
export function wordError(error: ErrorWords, label?: string): string {
  const words = label ?? (error.field ? fieldLabel(error.field) : 'Input');
  const { params } = error;
  if (typeof params?.rule === 'string') return `${words} ${params.rule}`;
  if (typeof params?.detail === 'string') return `${words}: ${params.detail}`;
  return TEMPLATES[error.key](words, params, error);
}

/** Builds error data whose message is its own wording. */
export function errorData(code: ErrorCode, key: ErrorKey, options: { field?: string; params?: ErrorParams } = {}): AppErrorData {
  const words: ErrorWords = { key, ...options };
  return { code, key, ...(options.params ? { params: options.params } : {}), ...(options.field !== undefined ? { field: options.field } : {}), message: wordError(words) };
}

/** Reads any value that crossed a transport as error data; a shape from an older app becomes a `stated` error. */
export function asErrorData(value: unknown): AppErrorData {
  const parsed = appErrorDataSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const v = (value ?? {}) as { code?: unknown; message?: unknown; field?: unknown };
  const code = ERROR_CODES.includes(v.code as ErrorCode) ? (v.code as ErrorCode) : 'INTERNAL';
  return {
    code,
    key: 'stated',
    message: typeof v.message === 'string' ? v.message : String(value),
    ...(typeof v.field === 'string' ? { field: v.field } : {}),
  };
}

/** The shared schemas word their own rules as predicates about the field ("must be …", "is required"). */
const PREDICATES = ['is ', 'must ', 'has ', 'cannot '];
const isPredicate = (text: string) => PREDICATES.some((p) => text.startsWith(p));
/** Keys whose wording needs no values: a schema message that says one of them is that key. */
const PLAIN_KEYS: ErrorKey[] = ['required', 'notANumber', 'notWhole', 'notInFuture', 'invalid'];

const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.');

function keyOfIssue(issue: z.core.$ZodIssue): { key: ErrorKey; params?: Record<string, string | number> } {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'required' } : { key: 'tooShort', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'tooFew', params: { min } };
      return { key: 'min', params: { min, inclusive: issue.inclusive === false ? 0 : 1 } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'tooLong', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'tooMany', params: { max } };
      return { key: 'max', params: { max, inclusive: issue.inclusive === false ? 0 : 1 } };
    }
    case 'invalid_type':
      if (issue.expected === 'int') return { key: 'notWhole' };
      if (issue.expected === 'number') return { key: 'notANumber' };
      return { key: 'invalidType', params: { expected: issue.expected } };
    case 'invalid_value':
      return { key: 'invalidChoice', params: { options: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      return { key: 'invalidFormat', params: { format: issue.format } };
    case 'unrecognized_keys':
      return { key: 'unknownField', params: { fields: issue.keys.join(', ') } };
    case 'custom': {
      // A refinement names its key in the issue's params: `{ params: { key: 'notInFuture' } }`.
      const { key, ...rest } = (issue.params ?? {}) as Record<string, unknown>;
      const params = Object.fromEntries(Object.entries(rest).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
      const known = ERROR_KEYS.includes(key as ErrorKey) ? (key as ErrorKey) : 'invalid';
      return Object.keys(params).length > 0 ? { key: known, params } : { key: known };
    }
    default:
      return { key: 'invalid' };
  }
}

/** zod's own wording for an issue, to tell it from a message the schema gave. */
function isZodDefault(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'invalid_type') return true;
  const fallback = z.locales.en().localeError(issue as Parameters<ReturnType<typeof z.locales.en>['localeError']>[0]);
  const text = typeof fallback === 'string' ? fallback : fallback?.message;
  return issue.message === text || (issue.code === 'custom' && issue.message === 'Invalid input');
}

/**
 * A zod issue as error data: the issue's kind gives the key and its limits the params. When the
 * schema worded the rule itself ("must be at most 24 hours for one entry") that wording travels as
 * `rule` (or `detail`), so the sentence on screen is the one written beside the rule.
 */
export function issueToErrorData(issue: z.core.$ZodIssue | undefined): AppErrorData {
  if (!issue) return errorData('VALIDATION', 'invalid');
  const field = pathOf(issue.path);
  const mapped = keyOfIssue(issue);
  let { key } = mapped;
  let words: Record<string, string | number> | undefined = mapped.params;
  if (isPredicate(issue.message)) {
    // "is required" on a type check (an empty select) says the `required` key; other wording travels as the rule.
    const plain = PLAIN_KEYS.find((k) => wordError({ key: k }, '·') === `· ${issue.message}`);
    if (plain) {
      key = plain;
      words = plain === mapped.key ? mapped.params : undefined;
    } else if (wordError({ key, ...(words ? { params: words } : {}) }, '·') !== `· ${issue.message}`) {
      words = { ...words, rule: issue.message };
    }
  } else if (!isZodDefault(issue)) {
    words = { ...words, detail: issue.message };
  }
  return errorData('VALIDATION', key, { ...(field ? { field } : {}), ...(words ? { params: words } : {}) });
}
