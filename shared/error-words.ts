import { fieldLabel } from './field-labels';
import { plural } from './plural';

/* The zod-free half of shared/errors.ts: what the renderer's first screen needs to word an error
 * (codes, keys, wordError, errorData, asErrorData). It imports no zod, so zod stays out of the
 * initial route's JavaScript (docs/performance.md); shared/errors.ts re-exports all of it. */
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
  transportFailed: (_l, p) =>
    num(p, 'status') === 413
      ? 'That is too much to send to the workbench in a browser tab (a file over 10 MB): use a smaller file, or the desktop app.'
      : `The workbench answered ${str(p, 'status')}.`,
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

const isParamValue = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const ERROR_FIELDS = new Set(['code', 'key', 'params', 'field', 'message']);

/**
 * The same test as the contract's strict error schema (shared/errors.ts `appErrorDataSchema`), by hand:
 * tests/unit/error-wording.test.ts checks the two agree on generated values.
 */
export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (Object.keys(v).some((k) => !ERROR_FIELDS.has(k))) return false;
  if (!ERROR_CODES.includes(v.code as ErrorCode) || !ERROR_KEYS.includes(v.key as ErrorKey) || typeof v.message !== 'string') return false;
  if (v.field !== undefined && typeof v.field !== 'string') return false;
  if (v.params === undefined) return true;
  if (typeof v.params !== 'object' || v.params === null || Array.isArray(v.params)) return false;
  return Object.values(v.params).every(isParamValue);
}

/** Reads any value that crossed a transport as error data; a shape from an older app becomes a `stated` error. */
export function asErrorData(value: unknown): AppErrorData {
  if (isAppErrorData(value)) return value;
  const v = (value ?? {}) as { code?: unknown; message?: unknown; field?: unknown };
  const code = ERROR_CODES.includes(v.code as ErrorCode) ? (v.code as ErrorCode) : 'INTERNAL';
  return {
    code,
    key: 'stated',
    message: typeof v.message === 'string' ? v.message : String(value),
    ...(typeof v.field === 'string' ? { field: v.field } : {}),
  };
}
