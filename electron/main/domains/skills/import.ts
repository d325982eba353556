import type { RowError } from '../../../../shared/domains/common';
import { findPksbSection, type PksbEdition } from '../../../../shared/domains/pksb';
import type { FrameworkImportPreview, FrameworkImportRow } from '../../../../shared/domains/skills';
import { AppError } from '../../../../shared/result';
import { runImportJob } from '../../lib/parse-off-thread';
import { MAX_IMPORT_ROWS, normaliseHeader, type Table } from '../../lib/tabular';

/** Reading a framework file (the manager's licensed copy): CSV/XLSX rows or JSON, checked row by row. */

export interface RawSkillRow {
  rowNumber: number;
  sectionCode: string;
  sectionName: string;
  code: string;
  title: string;
  description: string;
}

const COLUMNS: Record<keyof Omit<RawSkillRow, 'rowNumber'>, string[]> = {
  sectionCode: ['sectioncode', 'section', 'sectionno', 'sectionnumber', 'sectionref'],
  sectionName: ['sectionname', 'sectiontitle'],
  code: ['code', 'skillcode', 'skillref', 'ref', 'skillno', 'skillnumber'],
  title: ['title', 'skilltitle', 'shorttitle', 'skill', 'skillname', 'name'],
  description: ['description', 'skilldescription', 'details', 'desc'],
};

/** A binary file read as text: control characters or U+FFFD (bytes that are not UTF-8) in the header row. */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\ufffd]/;

/** The header names for a message: those that fit on a line, and how many more. */
function headerList(headers: string[]): string {
  const shown = headers.slice(0, 10).map((h) => (h.length > 40 ? `${h.slice(0, 40)}…` : h));
  return headers.length > shown.length ? `${shown.join(', ')} and ${headers.length - shown.length} more` : shown.join(', ');
}

export function rowsFromTable(table: Table): RawSkillRow[] {
  if (table.headers.some((h) => NOT_TEXT.test(h))) {
    throw new AppError('VALIDATION', 'This file is not a text (CSV) file. Choose a CSV saved as UTF-8, an Excel workbook (.xlsx) or a JSON file.', 'content');
  }
  const headers = table.headers.map(normaliseHeader);
  const index = (field: keyof typeof COLUMNS) => headers.findIndex((h) => COLUMNS[field].includes(h));
  const at = { sectionCode: index('sectionCode'), sectionName: index('sectionName'), code: index('code'), title: index('title'), description: index('description') };
  for (const field of ['sectionCode', 'code', 'title'] as const) {
    if (at[field] < 0) {
      throw new AppError('VALIDATION', `The file needs a "${field === 'sectionCode' ? 'section' : field}" column (found: ${headerList(table.headers)}).`, `content.${field}`);
    }
  }
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  return table.rows.map((r) => ({
    rowNumber: r.rowNumber,
    sectionCode: cell(r.cells, at.sectionCode),
    sectionName: cell(r.cells, at.sectionName),
    code: cell(r.cells, at.code),
    title: cell(r.cells, at.title),
    description: cell(r.cells, at.description),
  }));
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * JSON either as `{ sections: [{ code, name, skills: [{ code, title, description }] }] }`
 * or as a flat array of `{ sectionCode, sectionName, code, title, description }`; row numbers count skills from 1.
 */
export function rowsFromJson(content: string): RawSkillRow[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new AppError('VALIDATION', 'The file is not valid JSON.', 'content');
  }
  const rows: RawSkillRow[] = [];
  const push = (section: Record<string, unknown>, skill: Record<string, unknown>) => {
    if (rows.length >= MAX_IMPORT_ROWS) throw new AppError('VALIDATION', `The file has more than ${MAX_IMPORT_ROWS} skills; the limit is ${MAX_IMPORT_ROWS}.`, 'content');
    rows.push({
      rowNumber: rows.length + 1,
      sectionCode: text(section.sectionCode ?? section.code),
      sectionName: text(section.sectionName ?? section.name),
      code: text(skill.code),
      title: text(skill.title),
      description: text(skill.description),
    });
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(data)) {
    for (const item of data) if (isObject(item)) push({ sectionCode: item.sectionCode, sectionName: item.sectionName }, item);
  } else if (isObject(data) && Array.isArray(data.sections)) {
    for (const s of data.sections) {
      if (!isObject(s)) continue;
      for (const k of Array.isArray(s.skills) ? s.skills : []) if (isObject(k)) push(s, k);
    }
  } else {
    throw new AppError('VALIDATION', 'The JSON must be a list of skills or an object with "sections".', 'content');
  }
  return rows;
}

/** `rowsFromJson` in the import worker, so a large file never holds up the main process. */
export const parseFrameworkJson = (content: string): Promise<RawSkillRow[]> => runImportJob<RawSkillRow[]>({ kind: 'framework-json', content });

/** Names compared loosely: case, spacing, punctuation and "&" / "and" do not make two names differ. */
const sameNameKey = (name: string) => name.toLocaleLowerCase('en-GB').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Why this row's section name disagrees with an earlier row, or null; records the first naming of each section. */
function sectionNameConflict(
  r: RawSkillRow,
  sectionName: string,
  namedAt: Map<string, { row: number; name: string }>,
  codeOfName: Map<string, { row: number; code: string }>,
): string | null {
  const codeKey = r.sectionCode.toLowerCase();
  const first = namedAt.get(codeKey);
  if (first) {
    return r.sectionName && sameNameKey(r.sectionName) !== sameNameKey(first.name)
      ? `section "${r.sectionCode}" is named "${first.name}" on row ${first.row}, not "${r.sectionName}"`
      : null;
  }
  const nameKey = sameNameKey(sectionName);
  const other = codeOfName.get(nameKey);
  if (other) return `section name "${sectionName}" is also section "${other.code}" on row ${other.row}`;
  namedAt.set(codeKey, { row: r.rowNumber, name: sectionName });
  codeOfName.set(nameKey, { row: r.rowNumber, code: r.sectionCode });
  return null;
}

export interface PlannedSection {
  code: string;
  name: string;
  isLocal: boolean;
}

/**
 * Checks every row; the commit only runs when no row has an error. A row's section is the declared
 * edition's when its code or name matches one of that edition's sections (and is labelled with that
 * edition); any other section is the team's own and needs a name.
 */
export function planFrameworkImport(
  raw: RawSkillRow[],
  edition: PksbEdition | null,
): { preview: FrameworkImportPreview; sections: PlannedSection[]; rows: RawSkillRow[] } {
  if (raw.length === 0) throw new AppError('VALIDATION', 'The file has no skills in it.', 'content');
  const seenCodes = new Map<string, number>();
  const sections = new Map<string, PlannedSection>();
  // A section keeps the name of the first row that names it; a later row that names it otherwise, or gives another
  // section the same name, is a problem of that row (else one name would silently win, or two columns look alike).
  const namedAt = new Map<string, { row: number; name: string }>();
  const codeOfName = new Map<string, { row: number; code: string }>();
  const rows: FrameworkImportRow[] = raw.map((r) => {
    const errors: RowError[] = [];
    const skeleton = edition === null || !r.sectionCode ? null : findPksbSection(edition, r.sectionCode, r.sectionName);
    const sectionName = r.sectionName || skeleton?.name || '';
    if (!r.sectionCode) errors.push({ field: 'sectionCode', message: 'section is required' });
    else if (r.sectionCode.length > 20) errors.push({ field: 'sectionCode', message: 'section must be at most 20 characters' });
    else if (!sectionName) {
      const which = edition === null ? 'this framework follows no PKSB edition' : `it is not a section of the PKSB ${edition} edition`;
      errors.push({ field: 'sectionName', message: `section name is required for "${r.sectionCode}": ${which}` });
    } else {
      const conflict = sectionNameConflict(r, sectionName, namedAt, codeOfName);
      if (conflict) errors.push({ field: 'sectionName', message: conflict });
    }
    if (!r.code) errors.push({ field: 'code', message: 'code is required' });
    else if (r.code.length > 20) errors.push({ field: 'code', message: 'code must be at most 20 characters' });
    else {
      const key = r.code.toLowerCase();
      const first = seenCodes.get(key);
      if (first !== undefined) errors.push({ field: 'code', message: `code "${r.code}" is also on row ${first}` });
      else seenCodes.set(key, r.rowNumber);
    }
    if (!r.title) errors.push({ field: 'title', message: 'title is required' });
    else if (r.title.length > 200) errors.push({ field: 'title', message: 'title must be at most 200 characters' });
    if (r.description.length > 2000) errors.push({ field: 'description', message: 'description must be at most 2000 characters' });
    if (errors.length === 0 && !sections.has(r.sectionCode.toLowerCase())) {
      // The file's own code is kept (skills refer to it); only the case of a skeleton code is tidied.
      const code = skeleton && skeleton.code.toLowerCase() === r.sectionCode.toLowerCase() ? skeleton.code : r.sectionCode;
      sections.set(r.sectionCode.toLowerCase(), { code, name: sectionName.slice(0, 200), isLocal: !skeleton });
    }
    return {
      rowNumber: r.rowNumber,
      sectionCode: r.sectionCode,
      sectionName,
      sectionEdition: skeleton ? edition : null,
      code: r.code,
      title: r.title,
      errors,
    };
  });
  const invalid = rows.filter((r) => r.errors.length > 0).length;
  return {
    preview: { edition, rows, sectionCount: sections.size, skillCount: rows.length - invalid, invalid },
    sections: [...sections.values()],
    rows: raw,
  };
}
