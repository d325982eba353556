import { z } from 'zod';
import { formatUkDate } from '../dates';
import { byId, id, importFileInput, isoDate, optionalText, requiredText, rowError, exportedFile } from './common';

export const EMPLOYMENT_TYPES = [
  'permanent',
  'fixed_term',
  'apprentice',
  'graduate_trainee',
  'placement_student',
  'volunteer',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  permanent: 'Permanent',
  fixed_term: 'Fixed term',
  apprentice: 'Apprentice',
  graduate_trainee: 'Graduate trainee',
  placement_student: 'Placement student',
  volunteer: 'Volunteer',
};

export const TRAINEE_TYPES: readonly EmploymentType[] = ['apprentice', 'graduate_trainee', 'placement_student'];

export const NAME_MAX = 200;

/**
 * The full-time working week in hours, kept in the settings table under this key. FTE is
 * contracted hours ÷ this figure (team import); agreements read the same setting for hours.
 */
export const FULL_TIME_WEEK_KEY = 'team.fullTimeWeekHours';
export const DEFAULT_FULL_TIME_WEEK_HOURS = 37;
export const fullTimeWeekHours = z
  .number({ message: 'must be a number' })
  .min(1, 'must be at least 1 hour')
  .max(60, 'must be 60 hours or fewer');
export const teamSettings = z.object({ fullTimeWeekHours }).strict();
export type TeamSettings = z.infer<typeof teamSettings>;

/** FTE from contracted weekly hours, rounded to 2 places (the way HR systems show it). */
export const fteFromHours = (hours: number, fullTimeWeek: number) => Math.round((hours / fullTimeWeek) * 100) / 100;

/** Built once: a schema made inside the refine below was rebuilt for every member checked (an import checks thousands). */
const emailFormat = z.email();
/** The member schema's email check on its own (the team import checks rows without the whole schema when it can). */
export const isEmailAddress = (value: string) => emailFormat.safeParse(value).success;

export const memberInput = z
  .object({
    name: requiredText(NAME_MAX),
    preferredName: optionalText(NAME_MAX),
    jobTitle: requiredText(200),
    grade: optionalText(50),
    team: requiredText(120),
    fte: z
      .number({ message: 'must be a number' })
      .gt(0, 'must be more than 0')
      .max(1, 'must be 1.0 or less (full time)'),
    startDate: isoDate.nullable(),
    lineManagerId: id.nullable(),
    employmentType: z.enum(EMPLOYMENT_TYPES, { message: 'must be one of the employment types' }),
    cilipNumber: optionalText(20).refine((v) => v === '' || /^[0-9A-Za-z-]+$/.test(v), {
      message: 'must contain only letters, digits and hyphens',
    }),
    email: optionalText(254).toLowerCase().refine((v) => v === '' || emailFormat.safeParse(v).success, {
      message: 'must be a valid email address',
    }),
    notes: optionalText(5000),
  })
  .strict();
export type MemberInput = z.infer<typeof memberInput>;

export const member = memberInput.extend({
  id,
  leftOn: isoDate.nullable(),
  lineManagerName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof member>;

export const emptyMemberInput: MemberInput = {
  name: '',
  preferredName: '',
  jobTitle: '',
  grade: '',
  team: '',
  fte: 1,
  startDate: null,
  lineManagerId: null,
  employmentType: 'permanent',
  cilipNumber: '',
  email: '',
  notes: '',
};

/** Columns an import file can fill, with the header names we recognise for each. */
export const IMPORT_FIELDS = [
  'name',
  'preferredName',
  'jobTitle',
  'grade',
  'team',
  'fte',
  'hours',
  'startDate',
  'employmentType',
  'cilipNumber',
  'email',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  preferredName: 'Preferred name',
  jobTitle: 'Job title',
  grade: 'Grade / band',
  team: 'Team / service point',
  fte: 'FTE',
  hours: 'Contracted hours per week',
  startDate: 'Start date',
  employmentType: 'Employment type',
  cilipNumber: 'CILIP membership number',
  email: 'Email',
  notes: 'Notes',
};

export const importMapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200));
export type ImportMapping = z.infer<typeof importMapping>;

export const teamImportInput = importFileInput.extend({ mapping: importMapping.optional() }).strict();
export type TeamImportInput = z.infer<typeof teamImportInput>;

export const importRow = z.object({
  rowNumber: z.number().int(),
  name: z.string(),
  action: z.enum(['add', 'update', 'skip']),
  matchedBy: z.enum(['email', 'cilipNumber']).nullable(),
  errors: z.array(rowError),
});
export type ImportRow = z.infer<typeof importRow>;

/** A value new people get because the file does not give it (no column, or a blank cell). */
export const importDefault = z.object({
  field: z.enum(IMPORT_FIELDS),
  /** How many new people get the default. */
  rows: z.number().int(),
  message: z.string(),
});
export type ImportDefault = z.infer<typeof importDefault>;

export const importPreview = z.object({
  headers: z.array(z.string()),
  mapping: importMapping,
  rows: z.array(importRow),
  /** Defaults used for new people, said out loud (never a silent FTE 1.0). */
  defaults: z.array(importDefault),
  /** The full-time week (Settings) that contracted hours are divided by. */
  fullTimeWeekHours: z.number(),
  blankRows: z.number().int(),
  counts: z.object({ add: z.number(), update: z.number(), skip: z.number(), invalid: z.number() }),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = z.object({ added: z.number(), updated: z.number(), skipped: z.number() });
export type ImportResult = z.infer<typeof importResult>;

export const teamContractSchemas = {
  listInput: z.object({ includeArchived: z.boolean().default(false) }).strict(),
  byId,
  updateInput: z.object({ id, changes: memberInput }).strict(),
  archiveInput: z.object({ id, leftOn: isoDate.nullable().default(null) }).strict(),
  exportedFile,
};

/** A new starter may be recorded ahead of their first day, but not further ahead than this. */
export const START_DATE_MAX_MONTHS_AHEAD = 12;

/** The last start date accepted on `today`: the same day 12 months on (28 Feb when 29 Feb has no match). */
export function latestStartDate(today: string): string {
  const y = Number(today.slice(0, 4)) + START_DATE_MAX_MONTHS_AHEAD / 12;
  const md = today.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** Why a start date cannot be accepted on `today` (null when it can): a future date only within the window. */
export function startDateProblem(startDate: string | null, today: string): string | null {
  if (startDate === null) return null;
  const latest = latestStartDate(today);
  if (startDate <= latest) return null;
  return `Start date ${formatUkDate(startDate)} is more than ${START_DATE_MAX_MONTHS_AHEAD} months ahead: a new starter can be added up to ${formatUkDate(latest)}. Check the year.`;
}

/** The editable part of a member (what the form and the import work on). */
export const toMemberInput = (m: Member): MemberInput => ({
  name: m.name,
  preferredName: m.preferredName,
  jobTitle: m.jobTitle,
  grade: m.grade,
  team: m.team,
  fte: m.fte,
  startDate: m.startDate,
  lineManagerId: m.lineManagerId,
  employmentType: m.employmentType,
  cilipNumber: m.cilipNumber,
  email: m.email,
  notes: m.notes,
});
