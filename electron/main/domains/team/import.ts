import {
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  IMPORT_FIELDS,
  emptyMemberInput,
  memberInput,
  type EmploymentType,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportRow,
  type Member,
  type MemberInput,
  toMemberInput,
} from '../../../../shared/domains/team';
import { parseUkOrIsoDate } from '../../../../shared/dates';
import type { RowError } from '../../../../shared/domains/common';
import { normaliseHeader, type Table } from '../../lib/tabular';

/** Header spellings we recognise, already normalised (lower case, letters and digits only). */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'staffname', 'membername', 'employeename'],
  preferredName: ['preferredname', 'knownas', 'nickname'],
  jobTitle: ['jobtitle', 'title', 'role', 'post', 'position'],
  grade: ['grade', 'band', 'gradeband', 'payband', 'paygrade'],
  team: ['team', 'servicepoint', 'teamservicepoint', 'site', 'location', 'branch', 'department', 'library'],
  fte: ['fte', 'wte', 'fulltimeequivalent'],
  startDate: ['startdate', 'started', 'datestarted', 'start'],
  employmentType: ['employmenttype', 'contracttype', 'contract', 'type'],
  cilipNumber: ['cilipnumber', 'cilipmembershipnumber', 'membershipnumber', 'cilipno', 'cilip'],
  email: ['email', 'emailaddress', 'workemail', 'mail'],
  notes: ['notes', 'comments', 'note'],
};

export function guessMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const normalised = headers.map(normaliseHeader);
  for (const field of IMPORT_FIELDS) {
    const index = normalised.findIndex((h) => SYNONYMS[field].includes(h));
    if (index >= 0) mapping[field] = headers[index];
  }
  return mapping;
}

function parseEmploymentType(raw: string): EmploymentType | null {
  const key = normaliseHeader(raw);
  return (
    EMPLOYMENT_TYPES.find((t) => normaliseHeader(t) === key || normaliseHeader(EMPLOYMENT_TYPE_LABELS[t]) === key) ?? null
  );
}

interface MappedRow {
  rowNumber: number;
  input: MemberInput | null;
  /** Fields present in the file, so an update leaves the others untouched. */
  given: Set<keyof MemberInput>;
  errors: RowError[];
}

/** Turns one spreadsheet row into a member input, collecting every problem with its field. */
export function mapRow(
  headers: string[],
  mapping: ImportMapping,
  row: { rowNumber: number; cells: string[] },
  base: MemberInput,
): MappedRow {
  const errors: RowError[] = [];
  const given = new Set<keyof MemberInput>();
  const draft: MemberInput = { ...base };
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header === undefined) continue;
    const index = headers.indexOf(header);
    const raw = index >= 0 ? (row.cells[index] ?? '').trim() : '';
    if (raw === '') continue;
    given.add(field);
    if (field === 'fte') {
      const n = Number(raw.replace(',', '.'));
      if (Number.isFinite(n)) draft.fte = n;
      else errors.push({ field, message: `FTE "${raw}" is not a number` });
    } else if (field === 'startDate') {
      const iso = parseUkOrIsoDate(raw);
      if (iso) draft.startDate = iso;
      else errors.push({ field, message: `start date "${raw}" is not a real date (use dd/mm/yyyy)` });
    } else if (field === 'employmentType') {
      const type = parseEmploymentType(raw);
      if (type) draft.employmentType = type;
      else errors.push({ field, message: `employment type "${raw}" is not one of: ${Object.values(EMPLOYMENT_TYPE_LABELS).join(', ')}` });
    } else {
      draft[field] = raw;
    }
  }
  const parsed = memberInput.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: `${field} ${issue.message}` });
    }
  }
  return { rowNumber: row.rowNumber, input: parsed.success ? parsed.data : null, given, errors };
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


/** Decides add / update / skip for every row and reports each row's problems. */
export function planImport(table: Table, mapping: ImportMapping, lookup: Lookup): { plan: PlannedRow[]; preview: ImportPreview } {
  const seen = new Map<string, number>();
  const plan: PlannedRow[] = table.rows.map((row) => {
    // Match on the raw cells: a row that updates someone need not repeat every required field.
    const cell = (field: ImportField) => (row.cells[table.headers.indexOf(mapping[field] ?? '\u0000')] ?? '').trim();
    const email = cell('email');
    const cilip = cell('cilipNumber');
    const byEmail = email ? lookup.byEmail(email) : null;
    const existing = byEmail ?? (cilip ? lookup.byCilipNumber(cilip) : null);
    const matchedBy = !existing ? null : byEmail ? ('email' as const) : ('cilipNumber' as const);
    const mapped = mapRow(table.headers, mapping, row, existing ? toMemberInput(existing) : emptyMemberInput);
    const errors = [...mapped.errors];
    for (const [key, value] of [['email', email], ['cilipNumber', cilip]] as const) {
      if (!value) continue;
      const dupKey = `${key}:${value.toLowerCase()}`;
      const first = seen.get(dupKey);
      if (first !== undefined) errors.push({ field: key, message: `${key} "${value}" is also on row ${first}` });
      else seen.set(dupKey, row.rowNumber);
    }
    const input = errors.length === 0 ? mapped.input : null;
    const action = existing && input && sameInput(input, toMemberInput(existing)) ? 'skip' : existing ? 'update' : 'add';
    return {
      rowNumber: row.rowNumber,
      name: mapped.input?.name ?? row.cells[table.headers.indexOf(mapping.name ?? '')] ?? '',
      action,
      matchedBy,
      errors,
      input,
      memberId: existing ? existing.id : null,
    };
  });
  const count = (a: ImportRow['action']) => plan.filter((r) => r.errors.length === 0 && r.action === a).length;
  const preview: ImportPreview = {
    headers: table.headers,
    mapping,
    rows: plan.map(({ input: _i, memberId: _m, ...row }) => row),
    blankRows: table.blankRows,
    counts: { add: count('add'), update: count('update'), skip: count('skip'), invalid: plan.filter((r) => r.errors.length > 0).length },
  };
  return { plan, preview };
}
