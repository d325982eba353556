import {
  DEFAULT_FULL_TIME_WEEK_HOURS,
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  IMPORT_FIELDS,
  emptyMemberInput,
  fteFromHours,
  isEmailAddress,
  latestStartDate,
  memberInput,
  startDateProblem,
  type EmploymentType,
  type ImportDefault,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportRow,
  type Member,
  type MemberInput,
  toMemberInput,
} from '../../../../shared/domains/team';
import { isoDateProblem, parseUkOrIsoDate } from '../../../../shared/dates';
import type { RowError } from '../../../../shared/domains/common';
import { normaliseHeader, type Table } from '../../lib/tabular';

/**
 * Header spellings we recognise, already normalised (lower case, letters and digits only), best first:
 * when a file has both "Team" and "Location", the team column wins. Includes the headings HR systems
 * commonly export (ESR, iTrent, Oracle, SAP: "Organisation", "Work location", "Assignment category",
 * "Contracted hours", "Hire date").
 */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'staffname', 'membername', 'employeename', 'employeefullname', 'displayname'],
  preferredName: ['preferredname', 'knownas', 'nickname'],
  jobTitle: ['jobtitle', 'title', 'role', 'post', 'position', 'positiontitle', 'positionname', 'jobname', 'jobrole', 'posttitle'],
  grade: ['grade', 'band', 'gradeband', 'payband', 'paygrade', 'gradename', 'payscale', 'afcband'],
  team: [
    'team', 'servicepoint', 'teamservicepoint', 'teamname', 'site', 'sitename', 'worksite', 'location', 'worklocation',
    'locationname', 'base', 'workbase', 'basesite', 'baselocation', 'placeofwork', 'workplace', 'branch', 'branchname',
    'library', 'libraryname', 'department', 'departmentname', 'dept', 'section', 'unit', 'orgunit', 'organisationunit',
    'organisationalunit', 'organizationunit', 'organisation', 'organization', 'costcentre', 'costcenter', 'service',
  ],
  fte: ['fte', 'wte', 'fulltimeequivalent', 'wholetimeequivalent', 'assignmentfte', 'contractedfte'],
  hours: [
    'contractedhours', 'contractedhoursperweek', 'contractedweeklyhours', 'weeklycontractedhours', 'hoursperweek',
    'weeklyhours', 'hours', 'hourspw', 'contracthours', 'workinghours', 'standardhours', 'assignmenthours',
  ],
  startDate: [
    'startdate', 'started', 'datestarted', 'start', 'hiredate', 'latesthiredate', 'lateststartdate', 'dateofjoining',
    'joiningdate', 'datejoined', 'employmentstartdate', 'contractstartdate', 'assignmentstartdate',
  ],
  employmentType: [
    'employmenttype', 'contracttype', 'contract', 'type', 'assignmentcategory', 'employeecategory', 'employmentcategory',
    'contractstatus', 'employmentstatus',
  ],
  cilipNumber: ['cilipnumber', 'cilipmembershipnumber', 'membershipnumber', 'cilipno', 'cilip'],
  email: ['email', 'emailaddress', 'workemail', 'workemailaddress', 'mail'],
  notes: ['notes', 'comments', 'note'],
};

export function guessMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const index = normalised.findIndex((h, i) => h === synonym && !used.has(i));
      if (index < 0) continue;
      mapping[field] = headers[index];
      used.add(index);
      break;
    }
  }
  return mapping;
}

/**
 * The app's own CSV export puts an apostrophe before a cell that starts with = + - @ (or a tab/CR)
 * so a spreadsheet keeps it as text (neutraliseFormula in lib/tabular.ts). A cell that is exactly
 * that escaped form gets its text back, so exporting and re-importing changes nothing.
 */
export const restoreFormulaText = (cell: string) => (cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Each employment type by its normalised key and label ("fixed_term", "Fixed term" → fixed_term), built once. */
const EMPLOYMENT_TYPE_BY_KEY = new Map<string, EmploymentType>(
  EMPLOYMENT_TYPES.flatMap((t) => [
    [normaliseHeader(EMPLOYMENT_TYPE_LABELS[t]), t],
    [normaliseHeader(t), t],
  ]),
);

/**
 * A pure parse remembered by its cell text: a staff list repeats the same few employment types and start dates
 * thousands of times. Bounded, so a hostile file of all-different cells costs a clear now and then, not memory.
 */
function remembered<T>(parse: (raw: string) => T): (raw: string) => T {
  const seen = new Map<string, T>();
  return (raw) => {
    const known = seen.get(raw);
    if (known !== undefined || seen.has(raw)) return known as T;
    if (seen.size >= 4096) seen.clear();
    const value = parse(raw);
    seen.set(raw, value);
    return value;
  };
}

const parseEmploymentType = remembered((raw: string): EmploymentType | null => EMPLOYMENT_TYPE_BY_KEY.get(normaliseHeader(raw)) ?? null);
const parseStartDate = remembered(parseUkOrIsoDate);

interface MappedRow {
  rowNumber: number;
  input: MemberInput | null;
  /** Fields the row gives a value for (hours count as FTE), so an update leaves the others untouched. */
  given: Set<ImportField>;
  errors: RowError[];
}

export interface ImportOptions {
  /** Today, for the start-date window; no window when absent. */
  today?: string;
  /** The full-time week in hours (Settings) that contracted hours are divided by. */
  fullTimeWeekHours?: number;
}

const parseNumber = (raw: string) => Number(raw.replace(',', '.'));

/** Each mapped field with its column (-1 when the header is not in the file), worked out once per file, not per row. */
let lastColumns: { headers: string[]; mapping: ImportMapping; columns: [ImportField, number][] } | null = null;
function columnsOf(headers: string[], mapping: ImportMapping): [ImportField, number][] {
  if (lastColumns?.headers !== headers || lastColumns.mapping !== mapping) {
    const columns = IMPORT_FIELDS.flatMap((field): [ImportField, number][] => {
      const header = mapping[field];
      return header === undefined ? [] : [[field, headers.indexOf(header)]];
    });
    lastColumns = { headers, mapping, columns };
  }
  return lastColumns.columns;
}

/** The latest start date `startDateProblem` accepts on `today`, worked out once a day rather than once a row. */
let lastLatest: { today: string; latest: string } | null = null;
function latestStartDateOf(today: string): string {
  if (lastLatest?.today !== today) lastLatest = { today, latest: latestStartDate(today) };
  return lastLatest.latest;
}

/** Turns one spreadsheet row into a member input, collecting every problem with its field. */
export function mapRow(
  headers: string[],
  mapping: ImportMapping,
  row: { rowNumber: number; cells: string[] },
  base: MemberInput,
  options: ImportOptions = {},
): MappedRow {
  const week = options.fullTimeWeekHours ?? DEFAULT_FULL_TIME_WEEK_HOURS;
  const errors: RowError[] = [];
  const given = new Set<ImportField>();
  const draft: MemberInput = { ...base };
  // A start date read from this row by parseUkOrIsoDate is already a real ISO date in range.
  let startDateRead = false;
  for (const [field, index] of columnsOf(headers, mapping)) {
    const raw = restoreFormulaText(index >= 0 ? (row.cells[index] ?? '').trim() : '');
    if (raw === '') continue;
    given.add(field);
    if (field === 'fte') {
      const n = parseNumber(raw);
      if (Number.isFinite(n)) draft.fte = n;
      else errors.push({ field, message: `FTE "${raw}" is not a number` });
    } else if (field === 'hours') {
      const n = parseNumber(raw);
      // An FTE column, when the row fills it, is what HR recorded: hours are only used without it.
      if (given.has('fte')) continue;
      if (!Number.isFinite(n) || n <= 0) errors.push({ field, message: `contracted hours "${raw}" is not a number of hours above 0` });
      else if (n > week) errors.push({ field, message: `contracted hours ${raw} are more than the full-time week of ${week} hours (Settings)` });
      else draft.fte = fteFromHours(n, week);
    } else if (field === 'startDate') {
      const iso = parseStartDate(raw);
      if (iso) {
        draft.startDate = iso;
        startDateRead = true;
      } else errors.push({ field, message: `start date "${raw}" is not a real date (use dd/mm/yyyy)` });
    } else if (field === 'employmentType') {
      const type = parseEmploymentType(raw);
      if (type) draft.employmentType = type;
      else errors.push({ field, message: `employment type "${raw}" is not one of: ${Object.values(EMPLOYMENT_TYPE_LABELS).join(', ')}` });
    } else {
      draft[field] = raw;
    }
  }
  const quick = quickCheck(draft, startDateRead);
  const parsed = quick ? { success: true as const, data: quick } : memberInput.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!errors.some((e) => e.field === field || (field === 'fte' && e.field === 'hours'))) errors.push({ field, message: `${field} ${issue.message}` });
    }
  }
  if (options.today && given.has('startDate') && draft.startDate !== base.startDate && draft.startDate !== null && draft.startDate > latestStartDateOf(options.today)) {
    const problem = startDateProblem(draft.startDate, options.today);
    if (problem && !errors.some((e) => e.field === 'startDate')) errors.push({ field: 'startDate', message: problem });
  }
  return { rowNumber: row.rowNumber, input: parsed.success ? parsed.data : null, given, errors };
}

// Text limits read from the member schema itself, so the quick check below cannot drift from it.
const textLimits = (['name', 'preferredName', 'jobTitle', 'grade', 'team', 'cilipNumber', 'email', 'notes'] as const).map((field) => {
  const schema = memberInput.shape[field];
  return { field, min: schema.minLength ?? 0, max: schema.maxLength ?? Infinity };
});
const CILIP_NUMBER = /^[0-9A-Za-z-]+$/;

/**
 * A member input that plainly passes `memberInput` (what it gives back, email lower-cased), or null when
 * it may not. A row the quick check does not pass goes through the schema, which words the problems; so
 * the quick check may be stricter than the schema but never looser (tests/unit/team-import-quick-check.test.ts).
 * At 2,000 rows the schema's parse per row was a fifth of an import preview's time.
 */
export const plainlyValid = (draft: MemberInput): MemberInput | null => quickCheck(draft, false);

/** `plainlyValid`, told when the start date is known to be a real ISO date (it was just parsed into one). */
function quickCheck(draft: MemberInput, startDateKnownReal: boolean): MemberInput | null {
  for (const { field, min, max } of textLimits) {
    const value = draft[field];
    if (typeof value !== 'string' || value.length < min || value.length > max || value.trim() !== value) return null;
  }
  const { fte, startDate, lineManagerId, employmentType, cilipNumber, email } = draft;
  if (typeof fte !== 'number' || !Number.isFinite(fte) || fte <= 0 || fte > 1) return null;
  if (startDate !== null && !startDateKnownReal && (typeof startDate !== 'string' || isoDateProblem(startDate) !== null)) return null;
  if (lineManagerId !== null && !(Number.isSafeInteger(lineManagerId) && lineManagerId > 0)) return null;
  if (!EMPLOYMENT_TYPES.includes(employmentType)) return null;
  if (cilipNumber !== '' && !CILIP_NUMBER.test(cilipNumber)) return null;
  const lower = email.toLowerCase();
  if (lower !== '' && !isEmailAddress(lower)) return null;
  return lower === email ? draft : { ...draft, email: lower };
}

const sameInput = (a: MemberInput, b: MemberInput) =>
  (Object.keys(a) as (keyof MemberInput)[]).every((k) => a[k] === b[k]);


export interface PlannedRow extends ImportRow {
  input: MemberInput | null;
  memberId: number | null;
}

export interface Lookup {
  byEmail: (email: string) => Member | null;
  byCilipNumber: (cilip: string) => Member | null;
}

/** SQLite's lower() folds A–Z only; the email index and `findByEmail` compare that way, so the import does too. */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * The same answers as `findByEmail` / `findByCilipNumber`, from one read of the people an import can
 * match (`repo.listIdentified()`) instead of two queries per row.
 */
export function lookupAmong(members: Member[]): Lookup {
  const byEmail = new Map<string, Member>();
  const byCilip = new Map<string, Member>();
  for (const m of members) {
    if (m.email !== '') byEmail.set(asciiLower(m.email), m);
    if (m.cilipNumber !== '') byCilip.set(m.cilipNumber, m);
  }
  return {
    byEmail: (email) => (byEmail.size === 0 ? null : (byEmail.get(asciiLower(email)) ?? null)),
    byCilipNumber: (cilip) => byCilip.get(cilip) ?? null,
  };
}


const people = (n: number) => `${n} new ${n === 1 ? 'person' : 'people'}`;

/** What new people get for a detail the file leaves out, said in words. */
function describeDefaults(mapping: ImportMapping, blanks: Record<'fte' | 'employmentType' | 'startDate', number>): ImportDefault[] {
  const found: ImportDefault[] = [];
  const why = (hasColumn: boolean, column: string) => (hasColumn ? `their ${column} cells are blank` : `the file has no ${column} column`);
  if (blanks.fte > 0) {
    const hasColumn = mapping.fte !== undefined || mapping.hours !== undefined;
    found.push({ field: 'fte', rows: blanks.fte, message: `FTE: ${people(blanks.fte)} will be recorded as 1.0 (full time) because ${why(hasColumn, 'FTE or contracted hours')}. Check part-time staff after the import.` });
  }
  if (blanks.employmentType > 0) {
    found.push({ field: 'employmentType', rows: blanks.employmentType, message: `Employment type: ${people(blanks.employmentType)} will be recorded as Permanent because ${why(mapping.employmentType !== undefined, 'employment type')}.` });
  }
  if (blanks.startDate > 0) {
    found.push({ field: 'startDate', rows: blanks.startDate, message: `Start date: ${people(blanks.startDate)} will have no start date because ${why(mapping.startDate !== undefined, 'start date')}.` });
  }
  return found;
}

/** Decides add / update / skip for every row and reports each row's problems and the defaults new people get. */
export function planImport(
  table: Table,
  mapping: ImportMapping,
  lookup: Lookup,
  options: ImportOptions = {},
): { plan: PlannedRow[]; preview: ImportPreview } {
  const seen = new Map<string, number>();
  const blanks = { fte: 0, employmentType: 0, startDate: 0 };
  const column = (field: ImportField) => table.headers.indexOf(mapping[field] ?? '\u0000');
  const emailColumn = column('email');
  const cilipColumn = column('cilipNumber');
  const nameColumn = table.headers.indexOf(mapping.name ?? '');
  const noteDuplicate = (key: 'email' | 'cilipNumber', value: string, rowNumber: number, errors: RowError[]) => {
    const dupKey = `${key}:${value.toLowerCase()}`;
    const first = seen.get(dupKey);
    if (first !== undefined) errors.push({ field: key, message: `${key} "${value}" is also on row ${first}` });
    else seen.set(dupKey, rowNumber);
  };
  const plan: PlannedRow[] = table.rows.map((row) => {
    // Match on the raw cells: a row that updates someone need not repeat every required field.
    const email = (row.cells[emailColumn] ?? '').trim();
    const cilip = (row.cells[cilipColumn] ?? '').trim();
    const byEmail = email ? lookup.byEmail(email) : null;
    const existing = byEmail ?? (cilip ? lookup.byCilipNumber(cilip) : null);
    const matchedBy = !existing ? null : byEmail ? ('email' as const) : ('cilipNumber' as const);
    const existingInput = existing ? toMemberInput(existing) : null;
    const mapped = mapRow(table.headers, mapping, row, existingInput ?? emptyMemberInput, options);
    if (!existing) {
      if (!mapped.given.has('fte') && !mapped.given.has('hours')) blanks.fte += 1;
      if (!mapped.given.has('employmentType')) blanks.employmentType += 1;
      if (!mapped.given.has('startDate')) blanks.startDate += 1;
    }
    // mapRow made this row's errors array; nothing else holds it.
    const errors = mapped.errors;
    if (email) noteDuplicate('email', email, row.rowNumber, errors);
    if (cilip) noteDuplicate('cilipNumber', cilip, row.rowNumber, errors);
    const input = errors.length === 0 ? mapped.input : null;
    const action = existingInput && input && sameInput(input, existingInput) ? 'skip' : existing ? 'update' : 'add';
    return {
      rowNumber: row.rowNumber,
      name: mapped.input?.name ?? row.cells[nameColumn] ?? '',
      action,
      matchedBy,
      errors,
      input,
      memberId: existing ? existing.id : null,
    };
  });
  const counts = { add: 0, update: 0, skip: 0, invalid: 0 };
  const rows: ImportRow[] = new Array<ImportRow>(plan.length);
  plan.forEach((r, i) => {
    if (r.errors.length > 0) counts.invalid += 1;
    else counts[r.action] += 1;
    rows[i] = { rowNumber: r.rowNumber, name: r.name, action: r.action, matchedBy: r.matchedBy, errors: r.errors };
  });
  const preview: ImportPreview = {
    headers: table.headers,
    mapping,
    rows,
    blankRows: table.blankRows,
    defaults: describeDefaults(mapping, blanks),
    fullTimeWeekHours: options.fullTimeWeekHours ?? DEFAULT_FULL_TIME_WEEK_HOURS,
    counts,
  };
  return { plan, preview };
}
