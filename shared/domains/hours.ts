import { z } from 'zod';

/**
 * The one rule for hours of development (a CPD entry, a coaching session, a shadowing visit, an
 * action learning meeting): more than 0, at most a day, in quarter-hour steps. Forms take their
 * HTML attributes from here, zod schemas are built here, and the SQL CHECK on every table that
 * stores such hours is tested against `HOURS_SQL_CHECK` (tests/db/hours-rule.test.ts).
 */
export const HOURS_STEP = 0.25;
export const HOURS_MAX = 24;

export const isQuarterHour = (hours: number) => Number.isInteger(hours / HOURS_STEP);

export const QUARTER_HOUR_MESSAGE = 'must be in quarter-hour steps (0.25, 0.5, 0.75 …)';

/** The zod schema; `maxMessage` lets the CPD log say why (an entry is one activity). */
export const quarterHours = (maxMessage = `must be at most ${HOURS_MAX} hours`) =>
  z
    .number({ message: 'must be a number of hours' })
    .gt(0, 'must be more than 0')
    .max(HOURS_MAX, maxMessage)
    .refine(isQuarterHour, { message: QUARTER_HOUR_MESSAGE });

/** Attributes for an `<input>` of such hours (the browser's spinner steps as the rule does). */
export const HOURS_INPUT_ATTRS = { type: 'number', step: String(HOURS_STEP), min: String(HOURS_STEP), max: String(HOURS_MAX) } as const;

/** The same rule as SQL, for a column named `column`. */
export const hoursSqlCheck = (column: string) =>
  `${column} > 0 AND ${column} <= ${HOURS_MAX} AND ${column} * ${1 / HOURS_STEP} = round(${column} * ${1 / HOURS_STEP})`;
