import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrameworkJson } from '../../electron/main/domains/skills/import';
import { runImportJob } from '../../electron/main/lib/parse-off-thread';
import { parseTabular } from '../../electron/main/lib/tabular';
import { AppError } from '../../shared/result';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { zip } from '../helpers/zip';

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const workbookWith = (sheetXml: string, extra: { name: string; data: Buffer | string; declaredSize?: number }[] = []) =>
  zip([
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
    ...extra,
  ]).toString('base64');
const sheet = (rows: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${after}</worksheet>`;
const staffRows = `<row r="1">${inline('A1', 'Name')}${inline('B1', 'Job title')}${inline('C1', 'Team')}</row><row r="2">${inline('A2', 'Łukasz Żółć')}${inline('B2', 'Archivist')}${inline('C2', 'Central')}</row>`;

/** What the user sees: the typed error and how long it took to arrive. */
async function refusal(promise: Promise<unknown>) {
  const started = performance.now();
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return { error: error as AppError | null, seconds: (performance.now() - started) / 1000 };
}

describe('import files are bounded by what they really contain', () => {
  let t: TestApp;
  let hostile: string;
  beforeAll(async () => {
    t = await createTestApp();
    // The file from the report: a header and one cell at the last cell a sheet can have.
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Staff');
    ws.addRow(['Name', 'Job title', 'Team']);
    ws.getCell('XFD1048576').value = 'x';
    hostile = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  });
  afterAll(() => t.close());

  it('an .xlsx with one cell at XFD1048576 gets a clear typed error within seconds, and nothing is written', async () => {
    expect(Buffer.from(hostile, 'base64').length).toBeLessThan(8 * 1024);
    const before = t.checksum();
    const started = performance.now();
    const error = await t.fail('team:importPreview', { fileName: 'staff.xlsx', format: 'xlsx', content: hostile });
    expect((performance.now() - started) / 1000).toBeLessThan(10);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error.message).toMatch(/cell XFD1048576, outside the area an import reads \(columns A to GR, rows 1 to 50,000\)/);
    expect(t.checksum()).toBe(before);
    const framework = await t.fail('skills:importPreview', { fileName: 'pksb.xlsx', format: 'xlsx', content: hostile, name: 'PKSB', version: '2026' });
    expect(framework).toMatchObject({ code: 'VALIDATION', field: 'content' });
  });

  it('whole-sheet merges and data validations, and formatted empty cells far away, cost nothing: the real rows are read', async () => {
    const content = workbookWith(
      sheet(
        `${staffRows}<row r="1048576"><c r="XFD1048576" s="1"/></row>`,
        '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    );
    const started = performance.now();
    const table = await parseTabular('xlsx', content);
    expect((performance.now() - started) / 1000).toBeLessThan(10);
    expect(table.headers).toEqual(['Name', 'Job title', 'Team']);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['Łukasz Żółć', 'Archivist', 'Central'] }]);
  });

  it('a zip bomb is refused from its directory, before anything is inflated', async () => {
    const bomb = workbookWith(sheet(staffRows), [{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(40 * 1024 * 1024) }]);
    expect(Buffer.from(bomb, 'base64').length).toBeLessThan(100 * 1024);
    const { error, seconds } = await refusal(parseTabular('xlsx', bomb));
    expect(seconds).toBeLessThan(10);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error?.message).toMatch(/too large to import \(xl\/sharedStrings\.xml is compressed \d+ to 1\)/);
  });

  it('a part that unpacks to more than it declares is refused when it reaches its declared size', async () => {
    const liar = workbookWith(sheet(staffRows), [{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(4 * 1024 * 1024, 32), declaredSize: 1000 }]);
    const { error } = await refusal(parseTabular('xlsx', liar));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error?.message).toMatch(/unpacks to more than it declares/);
  });

  it('a CSV of millions of empty lines, or a row thousands of columns wide, is refused row by row', async () => {
    const lines = await refusal(parseTabular('csv', `Name,Team\n${'\n'.repeat(3_000_000)}`));
    expect(lines.seconds).toBeLessThan(10);
    expect(lines.error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(lines.error?.message).toMatch(/more than 50000 lines/);
    const wide = await refusal(parseTabular('csv', `Name,Team\n${'x,'.repeat(300)}x\n`));
    expect(wide.error?.message).toMatch(/Row 2 has 301 columns; an import reads at most 200/);
    const many = await refusal(parseTabular('csv', `Name,Team\n${'Siân ap Dŵr,Central\n'.repeat(20_001)}`));
    expect(many.error?.message).toMatch(/more than 20000 rows; the limit is 20000/);
  });

  it('a JSON framework with more skills than the limit is refused', async () => {
    const skills = Array.from({ length: 20_001 }, (_v, i) => ({ sectionCode: '1', code: `s${i}`, title: 'x' }));
    const { error } = await refusal(parseFrameworkJson(JSON.stringify(skills)));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error?.message).toMatch(/more than 20000 skills/);
  });

  it('a file that needs more memory than a parse may use ends the worker with a typed error, not the app', async () => {
    const csv = `Name,Team,Notes\n${`Siân ap Dŵr,Central,${'n'.repeat(300)}\n`.repeat(19_000)}`;
    const { error } = await refusal(runImportJob({ kind: 'table', format: 'csv', content: csv }, { maxOldGenerationSizeMb: 4, timeoutMs: 30_000 }));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error?.message).toMatch(/needs more memory to read than an import allows/);
    expect((await t.call('system:status', {})).schemaVersion).toBeGreaterThan(0);
  });

  it('a parse that runs out of time ends with a typed error, and the next import still works', async () => {
    const csv = `Name,Team\n${'Siân ap Dŵr,Central\n'.repeat(19_000)}`;
    const { error } = await refusal(runImportJob({ kind: 'table', format: 'csv', content: csv }, { maxOldGenerationSizeMb: 256, timeoutMs: 1 }));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'content' });
    expect(error?.message).toMatch(/needs more time to read than an import allows/);
    expect((await parseTabular('csv', 'Name,Team\nŁukasz Żółć,Central\n')).rows).toHaveLength(1);
  });

  it('one worker takes the imports in turn: 100 files in a row, several at once, are each answered', async () => {
    await parseTabular('csv', 'Name\nwarm-up\n');
    const started = performance.now();
    const tables = await Promise.all(Array.from({ length: 100 }, (_v, i) => parseTabular('csv', `Name,Team\nPerson ${i},Central\n`)));
    expect(tables.map((t) => t.rows[0]?.cells[0])).toEqual(Array.from({ length: 100 }, (_v, i) => `Person ${i}`));
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('the main process keeps answering while a large workbook is parsed', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Staff');
    ws.addRow(['Name', 'Job title', 'Team', 'Email', 'Notes', 'Start date']);
    for (let i = 0; i < 8_000; i += 1) ws.addRow([`Person ${i}`, 'Library Assistant', 'Central', `p${i}@example.org`, 'Covers Saturdays', new Date(Date.UTC(2020, 0, 1 + (i % 365)))]);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    let last = performance.now();
    let longestStall = 0;
    const ticker = setInterval(() => {
      longestStall = Math.max(longestStall, performance.now() - last);
      last = performance.now();
    }, 5);
    const started = performance.now();
    const table = await parseTabular('xlsx', content);
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(table.rows).toHaveLength(8_000);
    expect(table.rows[7_999]?.cells[5]).toBe('2020-11-30');
    // Parsing took a while; the event loop never waited for it.
    expect(longestStall).toBeLessThan(Math.max(150, took / 3));
  });
});
