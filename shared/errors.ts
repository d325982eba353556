import { z } from 'zod';
import { ERROR_CODES, ERROR_KEYS, errorData, wordError, type AppErrorData, type ErrorKey } from './error-words';

/* Errors are data: codes, keys and their wording live in shared/error-words.ts (no zod, so the renderer's
 * first screen can load them); this module adds the contract's error schema and the zod issue mapping. */
export * from './error-words';

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
