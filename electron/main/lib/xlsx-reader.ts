import { toIsoDate } from '../../../shared/dates';
import { AppError } from '../../../shared/result';
import { listZipEntries, readZipEntry } from './zip-reader';

/**
 * Reads the cell values of a workbook's first sheet and nothing else.
 *
 * Why not exceljs here: its reader turns ranges into one object per cell —
 * merged cells, data validations, and our own loop over rowCount × columnCount —
 * so a 2 KB file naming `XFD1048576` asks for billions of objects. This reader
 * walks only the cells the file contains and refuses any cell outside the area
 * an import can use before it stores a single row.
 */

export interface SheetBounds {
  maxRow: number;
  maxColumn: number;
}

const outside = (ref: string, bounds: SheetBounds) =>
  new AppError(
    'VALIDATION',
    `The sheet has a value in cell ${ref}, outside the area an import reads (columns A to ${columnName(bounds.maxColumn)}, rows 1 to ${bounds.maxRow.toLocaleString('en-GB')}). Delete it, or copy the table to a new workbook.`,
    'content',
  );
const notAWorkbook = () => new AppError('VALIDATION', 'The file could not be read as an Excel workbook (.xlsx).', 'content');

export function columnName(n: number): string {
  let name = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) name = String.fromCharCode(65 + ((x - 1) % 26)) + name;
  return name;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_m, e: string) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? '';
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Attributes of one tag, by local name (a prefix such as r: is kept: `r:id`). */
function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}
const attr = (source: string, name: string) => attributes(source).get(name);

/*
 * Every pattern below is linear in the input: attribute lists stop at the next
 * < or >, and element content is "any character, or a < that does not open or
 * close the same element", so an unclosed tag cannot send a search to the end
 * of the file once per occurrence.
 */
const ATTRS = '([^<>]*?)';
const inside = (tag: string) => `((?:[^<]|<(?!\\/?(?:\\w+:)?${tag}\\b))*)`;
const element = (tag: string, flags = '') => new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>${inside(tag)}<\\/(?:\\w+:)?${tag}>`, flags);
const PHONETIC = element('rPh', 'g');
const TEXT_RUN = /<(?:\w+:)?t(?:\s[^<>]*)?>([^<]*)<\/(?:\w+:)?t>/g;
const SHARED_STRING = element('si', 'g');
const INLINE_STRING = element('is');
const CELL_XFS = element('cellXfs');
const VALUE = /<(?:\w+:)?v(?:\s[^<>]*)?>([^<]*)<\/(?:\w+:)?v>/;

/** The text runs of a shared or inline string, without phonetic guides. */
function runsText(xml: string): string {
  const withoutPhonetics = xml.replace(PHONETIC, '');
  let text = '';
  for (const m of withoutPhonetics.matchAll(TEXT_RUN)) text += decodeXml(m[1] ?? '');
  return text;
}

// Built-in number formats that are dates (ECMA-376 18.8.30), and the test exceljs uses for custom ones.
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const isDateFormatCode = (code: string) => /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));

function dateStyles(stylesXml: string | null): Set<number> {
  const dates = new Set<number>();
  if (!stylesXml) return dates;
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(new RegExp(`<(?:\\w+:)?numFmt\\s${ATTRS}\\/?>`, 'g'))) {
    const a = attributes(m[1] ?? '');
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = CELL_XFS.exec(stylesXml)?.[1] ?? '';
  let index = 0;
  for (const m of cellXfs.matchAll(new RegExp(`<(?:\\w+:)?xf\\b${ATTRS}\\/?>`, 'g'))) {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(index);
    index += 1;
  }
  return dates;
}

function serialToIso(serial: number, date1904: boolean): string {
  const days = date1904 ? serial + 1462 : serial;
  return toIsoDate(new Date(Math.round((days - 25569) * 86_400_000)));
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function cellPosition(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

interface OpenWorkbook {
  sheets: { name: string; path: string }[];
  shared: string[];
  dates: Set<number>;
  date1904: boolean;
  text: (path: string) => string | null;
}

function openWorkbook(zip: Buffer): OpenWorkbook {
  const entries = listZipEntries(zip);
  const text = (p: string) => {
    const entry = entries.get(p);
    return entry ? readZipEntry(zip, entry).toString('utf8') : null;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === null) throw notAWorkbook();
  const workbookPr = new RegExp(`<(?:\\w+:)?workbookPr\\b${ATTRS}\\/?>`).exec(workbook);
  const date1904 = ['1', 'true'].includes(attr(workbookPr?.[1] ?? '', 'date1904') ?? '');

  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, { type: string; target: string }>();
  for (const m of rels.matchAll(new RegExp(`<(?:\\w+:)?Relationship\\s${ATTRS}\\/?>`, 'g'))) {
    const a = attributes(m[1] ?? '');
    targets.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: resolveTarget(a.get('Target') ?? '') });
  }
  const sheets = Array.from(workbook.matchAll(new RegExp(`<(?:\\w+:)?sheet\\s${ATTRS}\\/?>`, 'g')), (m, i) => {
    const sheetAttrs = attributes(m[1] ?? '');
    const relId = sheetAttrs.get('r:id') ?? [...sheetAttrs].find(([k]) => k.endsWith(':id'))?.[1];
    return { name: sheetAttrs.get('name') ?? '', path: (relId && targets.get(relId)?.target) || `xl/worksheets/sheet${i + 1}.xml` };
  });
  if (sheets.length === 0) throw new AppError('VALIDATION', 'The workbook has no worksheets.', 'content');
  const sharedPath = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const stylesPath = [...targets.values()].find((t) => t.type.endsWith('/styles'))?.target ?? 'xl/styles.xml';
  const sharedXml = text(sharedPath);
  const shared = sharedXml ? Array.from(sharedXml.matchAll(SHARED_STRING), (m) => runsText(m[1] ?? '')) : [];
  return { sheets, shared, dates: dateStyles(text(stylesPath)), date1904, text };
}

/** The first worksheet as rows of cell text (row 1 first); empty cells are ''. */
export function readFirstSheet(zip: Buffer, bounds: SheetBounds): string[][] {
  const book = openWorkbook(zip);
  const sheet = book.text(book.sheets[0]?.path ?? '');
  if (sheet === null) throw new AppError('VALIDATION', 'The workbook has no worksheets.', 'content');
  return sheetRows(sheet, book, bounds);
}

/**
 * Every worksheet of a workbook by its name (the member pack reads several sheets), each under the same
 * bounds, and at most `maxSheets` of them, so the work stays bounded by what the file contains.
 */
export function readAllSheets(zip: Buffer, bounds: SheetBounds, maxSheets = 20): Record<string, string[][]> {
  const book = openWorkbook(zip);
  if (book.sheets.length > maxSheets) {
    throw new AppError('VALIDATION', `The workbook has ${book.sheets.length} sheets; this import reads at most ${maxSheets}.`, 'content');
  }
  const out: Record<string, string[][]> = {};
  for (const s of book.sheets) {
    const xml = book.text(s.path);
    if (xml !== null) out[s.name] = sheetRows(xml, book, bounds);
  }
  return out;
}

function sheetRows(sheet: string, book: OpenWorkbook, bounds: SheetBounds): string[][] {
  const { shared, dates, date1904 } = book;
  const rows: string[][] = [];
  let row = 0;
  let column = 0;
  // One pass over row starts and cells; nothing here loops over a range the file merely names.
  const tokens = new RegExp(`<(?:\\w+:)?row\\b${ATTRS}\\/?>|<(?:\\w+:)?c\\b${ATTRS}(?:\\/>|>((?:[^<]|<(?!\\/?(?:\\w+:)?(?:c|row)\\b))*)<\\/(?:\\w+:)?c>)`, 'g');
  for (const m of sheet.matchAll(tokens)) {
    if (m[1] !== undefined) {
      const r = Number(attr(m[1], 'r'));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      column = 0;
      continue;
    }
    const attrs = attributes(m[2] ?? '');
    const ref = attrs.get('r');
    const position = ref ? cellPosition(ref) : { row: Math.max(row, 1), column: column + 1 };
    if (!position) throw notAWorkbook();
    column = position.column;
    row = Math.max(row, position.row);
    const body = m[3] ?? '';
    const type = attrs.get('t') ?? 'n';
    const raw = VALUE.exec(body)?.[1];
    let value: string;
    if (type === 'inlineStr') value = runsText(INLINE_STRING.exec(body)?.[1] ?? '');
    else if (raw === undefined) value = '';
    else if (type === 's') value = shared[Number(raw)] ?? '';
    else if (type === 'str') value = decodeXml(raw);
    else if (type === 'b') value = raw.trim() === '1' ? 'true' : 'false';
    else if (type === 'e') value = '';
    else if (type === 'd') value = Number.isNaN(Date.parse(raw)) ? decodeXml(raw) : toIsoDate(new Date(raw));
    else {
      const n = Number(raw);
      const style = Number(attrs.get('s') ?? 0);
      value = !Number.isFinite(n) ? decodeXml(raw) : dates.has(style) ? serialToIso(n, date1904) : String(n);
    }
    // An empty (formatted) cell is not content: it may sit anywhere without costing anything.
    if (value === '') continue;
    if (position.row > bounds.maxRow || position.column > bounds.maxColumn) throw outside(ref ?? `${columnName(position.column)}${position.row}`, bounds);
    const cells = (rows[position.row - 1] ??= []);
    cells[position.column - 1] = value;
  }
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  // Blank rows stay empty arrays: a gap of thousands of rows costs nothing per cell.
  return Array.from(rows, (r) => (r ? Array.from({ length: width }, (_v, i) => r[i] ?? '') : []));
}
