import Papa from 'papaparse';
import type { RowError } from '../../../shared/domains/common';
import { AppError } from '../../../shared/result';
import { readFirstSheet } from './xlsx-reader';

/** A parsed spreadsheet: header cells and data rows, each row keeping its line number in the file. */
export interface Table {
  headers: string[];
  rows: { rowNumber: number; cells: string[] }[];
  blankRows: number;
}

/**
 * A table as the import worker sends it back: every cell's text in one string, and where each cell and row
 * ends in typed arrays whose buffers are transferred, not copied. Cloning 2,000 rows as arrays of strings
 * (one object and seven strings per row, serialised in the worker and rebuilt here) cost more CPU than
 * parsing them; one string and three buffers cost almost nothing (docs/performance.md, team import).
 */
export interface PackedTable {
  headers: string[];
  blankRows: number;
  text: string;
  /** Where each cell's text ends in `text`, all rows' cells in order. */
  cellEnds: Uint32Array;
  /** Where each row's cells end in `cellEnds`. */
  rowEnds: Uint32Array;
  rowNumbers: Uint32Array;
}

export function packTable(table: Table): PackedTable {
  const count = table.rows.reduce((n, r) => n + r.cells.length, 0);
  const cellEnds = new Uint32Array(count);
  const rowEnds = new Uint32Array(table.rows.length);
  const rowNumbers = new Uint32Array(table.rows.length);
  const parts: string[] = [];
  let length = 0;
  let cell = 0;
  table.rows.forEach((row, i) => {
    for (const text of row.cells) {
      parts.push(text);
      length += text.length;
      cellEnds[cell] = length;
      cell += 1;
    }
    rowEnds[i] = cell;
    rowNumbers[i] = row.rowNumber;
  });
  return { headers: table.headers, blankRows: table.blankRows, text: parts.join(''), cellEnds, rowEnds, rowNumbers };
}

export function unpackTable(packed: PackedTable): Table {
  const { text, cellEnds, rowEnds, rowNumbers } = packed;
  const rows: Table['rows'] = new Array<Table['rows'][number]>(rowEnds.length);
  let start = 0;
  let cell = 0;
  for (let i = 0; i < rowEnds.length; i += 1) {
    const end = rowEnds[i] ?? 0;
    const cells = new Array<string>(end - cell);
    for (let j = 0; cell < end; cell += 1, j += 1) {
      const stop = cellEnds[cell] ?? start;
      cells[j] = text.slice(start, stop);
      start = stop;
    }
    rows[i] = { rowNumber: rowNumbers[i] ?? 0, cells };
  }
  return { headers: packed.headers, rows, blankRows: packed.blankRows };
}

export const MAX_IMPORT_ROWS = 20_000;
/**
 * The area an import reads: no staff list or framework needs more columns, and
 * blank rows between rows are allowed up to this line. Both bound the work a
 * file can ask for before anything is stored.
 */
export const MAX_IMPORT_COLUMNS = 200;
export const MAX_IMPORT_LINES = 50_000;

const tooManyRows = () => new AppError('VALIDATION', `The file has more than ${MAX_IMPORT_ROWS} rows; the limit is ${MAX_IMPORT_ROWS}.`, 'content');

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

/** Reads a CSV row by row, handing each row (at most MAX_IMPORT_COLUMNS cells) on, and refusing the file as soon as it goes past the limits. */
function readCsvRows(text: string, onRow: (cells: string[]) => void): void {
  let lines = 0;
  let filled = 0;
  let problem: AppError | null = null;
  // Row by row, so a file is refused as soon as it goes past the limits, not after it is all in memory.
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    step: (result, parser) => {
      const fatal = result.errors.find((e) => e.type === 'Quotes');
      const row = Array.isArray(result.data) ? result.data.map((c) => String(c ?? '')) : [];
      if (fatal) problem = new AppError('VALIDATION', `The CSV file is malformed near row ${lines + 1}: ${fatal.message}.`, 'content');
      else if (row.length > MAX_IMPORT_COLUMNS && !isBlank(row.slice(MAX_IMPORT_COLUMNS))) {
        problem = new AppError('VALIDATION', `Row ${lines + 1} has ${row.length} columns; an import reads at most ${MAX_IMPORT_COLUMNS}.`, 'content');
      } else if (lines >= MAX_IMPORT_LINES) {
        problem = new AppError('VALIDATION', `The file has more than ${MAX_IMPORT_LINES} lines; the limit is ${MAX_IMPORT_ROWS} rows.`, 'content');
      } else if (!isBlank(row) && (filled += 1) > MAX_IMPORT_ROWS + 1) problem = tooManyRows();
      if (problem) return parser.abort();
      lines += 1;
      onRow(row.length > MAX_IMPORT_COLUMNS ? row.slice(0, MAX_IMPORT_COLUMNS) : row);
    },
  });
  if (problem) throw problem;
}

export function parseCsv(text: string): Table {
  const raw: string[][] = [];
  readCsvRows(text, (row) => raw.push(row));
  return toTable(raw);
}

/**
 * `packTable(parseCsv(text))` without building the table first: each row goes straight into the packed
 * form, so the worker holds no array per row (what its garbage collector spent most of an import on).
 * Same header row, row numbers, blank-row count, trimming and limits as `toTable`
 * (tests/unit/tabular-pack.test.ts compares the two on random files).
 */
export function parseCsvPacked(text: string): PackedTable {
  let headers: string[] | null = null;
  const parts: string[] = [];
  const cellEnds: number[] = [];
  const rowEnds: number[] = [];
  const rowNumbers: number[] = [];
  let length = 0;
  let line = 0;
  let blankRows = 0;
  // Blank rows count only when a filled row follows them: trailing empty lines are not rows a user wrote.
  let pendingBlank = 0;
  readCsvRows(text, (cells) => {
    line += 1;
    const blank = isBlank(cells);
    if (headers === null) {
      if (!blank) headers = cells.map((h) => h.trim());
      return;
    }
    if (blank) {
      pendingBlank += 1;
      return;
    }
    blankRows += pendingBlank;
    pendingBlank = 0;
    for (const cell of cells) {
      const trimmed = cell.trim();
      parts.push(trimmed);
      length += trimmed.length;
      cellEnds.push(length);
    }
    rowEnds.push(cellEnds.length);
    rowNumbers.push(line);
  });
  if (headers === null) throw new AppError('VALIDATION', 'The file is empty: no header row was found.', 'content');
  if (rowNumbers.length > MAX_IMPORT_ROWS) {
    throw new AppError('VALIDATION', `The file has ${rowNumbers.length} rows; the limit is ${MAX_IMPORT_ROWS}.`, 'content');
  }
  return {
    headers,
    blankRows,
    text: parts.join(''),
    cellEnds: Uint32Array.from(cellEnds),
    rowEnds: Uint32Array.from(rowEnds),
    rowNumbers: Uint32Array.from(rowNumbers),
  };
}

/** Reads the first worksheet of an .xlsx file given as base64, only as far as its cells reach. */
export function readXlsx(base64: string): Table {
  const raw = readFirstSheet(Buffer.from(base64, 'base64'), { maxRow: MAX_IMPORT_LINES, maxColumn: MAX_IMPORT_COLUMNS });
  return toTable(raw);
}
export const parseXlsx = async (base64: string): Promise<Table> => readXlsx(base64);

/** Parsed and packed in this thread: what the import worker sends back (lib/import-worker.ts). */
export const parseTabularPacked = (format: 'csv' | 'xlsx' | 'json', content: string): PackedTable =>
  format === 'csv' ? parseCsvPacked(content) : packTable(parseTabularHere(format, content));

/** Parses in this thread. The app calls `parseTabular` (lib/parse-off-thread), which runs this in a worker. */
export function parseTabularHere(format: 'csv' | 'xlsx' | 'json', content: string): Table {
  if (format === 'csv') return parseCsv(content);
  if (format === 'xlsx') return readXlsx(content);
  throw new AppError('VALIDATION', 'This import takes CSV or Excel (.xlsx) files.', 'format');
}

export { parseTabular } from './parse-off-thread';

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

/** An import commits all rows or none: the first row with an error refuses the whole file, naming that row. */
export function refuseInvalidRows(rows: readonly { rowNumber: number; errors: readonly RowError[] }[]) {
  const bad = rows.find((r) => r.errors.length > 0);
  if (!bad) return;
  const first = bad.errors[0];
  throw new AppError(
    'VALIDATION',
    `Row ${bad.rowNumber}: ${first?.message ?? 'invalid'}. Nothing was imported; fix the file and try again.`,
    `rows.${bad.rowNumber}.${first?.field ?? ''}`,
  );
}
