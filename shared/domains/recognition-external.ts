import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common';

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const monthDay = optionalText(5).refine((v) => v === '' || MONTH_DAY.test(v), { message: 'must be a month and day like 03-31' });

const webAddress = optionalText(500).refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { message: 'must start with http:// or https://' });

export const AWARD_CATALOGUE_STATUSES = ['active', 'possibly_discontinued'] as const;
export type AwardCatalogueStatus = (typeof AWARD_CATALOGUE_STATUSES)[number];
export const AWARD_CATALOGUE_STATUS_LABELS: Record<AwardCatalogueStatus, string> = {
  active: 'Running',
  possibly_discontinued: 'Possibly discontinued',
};

export const awardInput = z
  .object({
    name: requiredText(200),
    organiser: requiredText(200),
    category: optionalText(200),
    eligibility: optionalText(2000),
    url: webAddress,
    windowOpens: monthDay,
    windowCloses: monthDay,
    /** Where these facts come from: the organiser's page. */
    source: webAddress.default(''),
    /** The day someone last checked the facts against the source; null when never checked. */
    lastChecked: isoDate.nullable().default(null),
    /** A round runs every this many years (Sally Hernando: every two). */
    everyYears: z.number({ message: 'must be a number' }).int('must be a whole number of years').min(1, 'must be 1 or more').max(10, 'must be 10 or fewer').default(1),
    status: z.enum(AWARD_CATALOGUE_STATUSES, { message: 'must be running or possibly discontinued' }).default('active'),
  })
  .strict();
/** What callers send: source, last checked, frequency and status may be left out. */
export type AwardInput = z.input<typeof awardInput>;

export const emptyAwardInput: AwardInput = {
  name: '',
  organiser: '',
  category: '',
  eligibility: '',
  url: '',
  windowOpens: '',
  windowCloses: '',
  source: '',
  lastChecked: null,
  everyYears: 1,
  status: 'active',
};

export const award = awardInput.extend({ id, nominationCount: z.number().int() });
export type Award = z.infer<typeof award>;

export const AWARD_STATUSES = ['planned', 'submitted', 'shortlisted', 'won', 'not_successful', 'withdrawn'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  planned: 'Planned (not yet submitted)',
  submitted: 'Submitted',
  shortlisted: 'Shortlisted',
  won: 'Won',
  not_successful: 'Not successful',
  withdrawn: 'Withdrawn',
};

export const awardNominationInput = z
  .object({
    awardId: id,
    /** null: the team or service as a whole. */
    memberId: id.nullable(),
    year: z.number({ message: 'must be a number' }).int('must be a whole year').min(1990, 'must be 1990 or later').max(2200, 'must be 2200 or earlier'),
    deadline: isoDate,
    status: z.enum(AWARD_STATUSES, { message: 'must be one of the outcomes' }),
    submittedOn: isoDate.nullable(),
    notes: optionalText(2000),
  })
  .strict();
export type AwardNominationInput = z.infer<typeof awardNominationInput>;

export const awardNomination = awardNominationInput.extend({
  id,
  awardName: z.string(),
  memberName: z.string().nullable(),
});
export type AwardNomination = z.infer<typeof awardNomination>;

export const deadlineReminder = z.object({
  kind: z.enum(['nomination', 'usual_window']),
  awardId: id,
  awardName: z.string(),
  /** The external nomination this deadline belongs to (null for a catalogue window with nothing recorded yet). */
  nominationId: id.nullable(),
  memberName: z.string().nullable(),
  deadline: isoDate,
  daysLeft: z.number().int(),
  /** 7 = within a week, 30 = within a month. */
  level: z.union([z.literal(7), z.literal(30)]),
  /** What to check for a catalogue window (an award that does not run every year). */
  note: z.string().default(''),
});
export type DeadlineReminder = z.infer<typeof deadlineReminder>;

export const externalSchemas = {
  updateAwardInput: z.object({ id, changes: awardInput }).strict(),
  updateAwardNominationInput: z.object({ id, changes: awardNominationInput }).strict(),
  listAwardNominationsInput: z.object({ memberId: id.nullable().default(null) }).strict(),
  markAwardCheckedInput: z.object({ id }).strict(),
};
