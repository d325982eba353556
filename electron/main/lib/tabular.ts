import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { toIsoDate } from '../../../shared/dates';
import { AppError } from '../../../shared/result';

/** A parsed spreadsheet: header cells and data rows, each row keeping its line number in the file. */
export interface Table {
  headers: string[];
  rows: { rowNumber: number; cells: string[] }[];
  blankRows: number;
}

export const MAX_IMPORT_ROWS = 20_000;

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

function toTable(rawRows: string[][]): Table {
  // Trailing empty lines (a final newline, or a sheet's formatted-but-empty rows) are not rows a user wrote.
  let end = rawRows.length;
  while (end > 0 && isBlank(rawRows[end - 1] ?? [])) end -= 1;
  const raw = rawRows.slice(0, end);
  const headerIndex = raw.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) throw new AppError('VALIDATION', 'The file is empty: no header row was found.', 'content');
  const headers = (raw[headerIndex] ?? []).map((h) => h.trim());
  const rows: Table['rows'] = [];
  let blankRows = 0;
  raw.slice(headerIndex + 1).forEach((cells, i) => {
    if (isBlank(cells)) blankRows += 1;
    else rows.push({ rowNumber: headerIndex + i + 2, cells: cells.map((c) => c.trim()) });
  });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('VALIDATION', `The file has ${rows.length} rows; the limit is ${MAX_IMPORT_ROWS}.`, 'content');
  }
  return { headers, rows, blankRows };
}

export function parseCsv(text: string): Table {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new AppError('VALIDATION', `The CSV file is malformed near row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`, 'content');
  }
  return toTable(parsed.data.filter((r) => Array.isArray(r)).map((r) => r.map((c) => String(c ?? ''))));
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return toIsoDate(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Reads the first worksheet of an .xlsx file given as base64. */
export async function parseXlsx(base64: string): Promise<Table> {
  // exceljs is large: it loads only when someone imports a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'The file could not be read as an Excel workbook (.xlsx).', 'content');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', 'The workbook has no worksheets.', 'content');
  const raw: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value));
    raw.push(cells);
  }
  return toTable(raw);
}

export async function parseTabular(format: 'csv' | 'xlsx' | 'json', content: string): Promise<Table> {
  if (format === 'csv') return parseCsv(content);
  if (format === 'xlsx') return parseXlsx(content);
  throw new AppError('VALIDATION', 'This import takes CSV or Excel (.xlsx) files.', 'format');
}

/** Lower-cases and strips everything but letters and digits, so "Start date" matches "start_date". */
export const normaliseHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR) as a formula.
 * Prefixing an apostrophe keeps the text as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(headers: string[], rows: (string | number | null)[][]): string {
  const safe = rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : neutraliseFormula(v))));
  // The BOM makes Excel read accents correctly; CRLF is the CSV standard.
  return `\uFEFF${Papa.unparse({ fields: headers.map(neutraliseFormula), data: safe }, { newline: '\r\n' })}\r\n`;
}
