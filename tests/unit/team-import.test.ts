import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessMapping, planImport } from '../../electron/main/domains/team/import';
import { parseCsv, parseXlsx, toCsv } from '../../electron/main/lib/tabular';
import { emptyMemberInput, type Member } from '../../shared/domains/team';

const none = { byEmail: () => null, byCilipNumber: () => null };

const existing: Member = {
  ...emptyMemberInput,
  id: 7,
  name: 'Kit Existing',
  jobTitle: 'Library Assistant',
  team: 'Central Library',
  email: 'kit@example.org',
  cilipNumber: '123456',
  leftOn: null,
  lineManagerName: null,
  createdAt: '',
  updatedAt: '',
};

describe('team import', () => {
  it('reads a CSV with a BOM, CRLF, accents and blank rows, and maps common header spellings', () => {
    const table = parseCsv('\uFEFFFull name,Role,Service point,Start date,E-mail\r\nZoë Ðurić,Archivist,Central,01/02/2025,zoe@example.org\r\n,,,,\r\n');
    expect(table.headers).toEqual(['Full name', 'Role', 'Service point', 'Start date', 'E-mail']);
    expect(table.rows).toHaveLength(1);
    expect(table.blankRows).toBe(0);
    const mapping = guessMapping(table.headers);
    expect(mapping).toMatchObject({ name: 'Full name', jobTitle: 'Role', team: 'Service point', startDate: 'Start date', email: 'E-mail' });
    const { plan } = planImport(table, mapping, none);
    expect(plan[0]?.input).toMatchObject({ name: 'Zoë Ðurić', startDate: '2025-02-01', email: 'zoe@example.org' });
  });

  it('reports every problem with its row number and field, and counts blank rows', () => {
    const table = parseCsv('Name,Job title,Team,Start date,FTE,Employment type\nA,,T,31/02/2025,2,Intern\n\nB,Role,T,,0.5,Apprentice\n');
    const { preview } = planImport(table, guessMapping(table.headers), none);
    expect(preview.blankRows).toBe(1);
    const [bad, good] = preview.rows;
    expect(bad?.rowNumber).toBe(2);
    expect(bad?.errors.map((e) => e.field).sort()).toEqual(['employmentType', 'fte', 'jobTitle', 'startDate']);
    expect(good?.rowNumber).toBe(4);
    expect(good?.errors).toEqual([]);
    expect(preview.counts).toEqual({ add: 1, update: 0, skip: 0, invalid: 1 });
  });

  it('updates a member matched by email or membership number, and skips an unchanged one', () => {
    const lookup = {
      byEmail: (e: string) => (e.toLowerCase() === 'kit@example.org' ? existing : null),
      byCilipNumber: (c: string) => (c === '123456' ? existing : null),
    };
    const changed = parseCsv('Name,Email,Job title\nKit Existing,KIT@example.org,Senior Library Assistant\n');
    expect(planImport(changed, guessMapping(changed.headers), lookup).plan[0]).toMatchObject({ action: 'update', matchedBy: 'email', memberId: 7 });
    const same = parseCsv('Name,CILIP number\nKit Existing,123456\n');
    expect(planImport(same, guessMapping(same.headers), lookup).plan[0]).toMatchObject({ action: 'skip', matchedBy: 'cilipNumber' });
  });

  it('flags the same email twice in one file', () => {
    const table = parseCsv('Name,Job title,Team,Email\nA,R,T,a@example.org\nB,R,T,A@example.org\n');
    const { preview } = planImport(table, guessMapping(table.headers), none);
    expect(preview.rows[1]?.errors[0]?.message).toMatch(/also on row 2/);
  });

  it('reads the first sheet of an .xlsx, including real date cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Staff');
    sheet.addRow(['Name', 'Job title', 'Team', 'Start date']);
    sheet.addRow(['Siân Example', 'Clinical Librarian', 'Riverside', new Date(Date.UTC(2023, 8, 4))]);
    sheet.addRow([]);
    const base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const table = await parseXlsx(base64);
    expect(table.rows).toHaveLength(1);
    expect(planImport(table, guessMapping(table.headers), none).plan[0]?.input).toMatchObject({ name: 'Siân Example', startDate: '2023-09-04' });
  });

  it('rejects a file that is not a workbook with a clear message', async () => {
    await expect(parseXlsx(Buffer.from('not a zip').toString('base64'))).rejects.toThrow(/could not be read as an Excel workbook/);
  });

  it('neutralises spreadsheet formulas in exported CSV cells', () => {
    const csv = toCsv(['Name', 'Notes'], [['=HYPERLINK("http://x")', '+1'], ['-2', '@SUM(A1)'], ['Plain', 'ok']]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+1");
    expect(csv).toContain("'-2");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain('Plain,ok');
  });
});

describe('formula escaping round trip', () => {
  it('restoreFormulaText undoes neutraliseFormula for any cell text, and leaves other apostrophes alone', async () => {
    const fc = (await import('fast-check')).default;
    const { neutraliseFormula } = await import('../../electron/main/lib/tabular');
    const { restoreFormulaText } = await import('../../electron/main/domains/team/import');
    // Text that itself begins with an apostrophe and a formula character cannot be told from the escaped form; it loses the apostrophe.
    const notAmbiguous = fc.string().filter((t) => !/^'[=+\-@\t\r]/.test(t));
    fc.assert(fc.property(notAmbiguous, (text) => restoreFormulaText(neutraliseFormula(text)) === text), { numRuns: 2000 });
    fc.assert(fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (start, rest) => restoreFormulaText(neutraliseFormula(start + rest)) === start + rest));
    expect(restoreFormulaText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(restoreFormulaText("O'Brien")).toBe("O'Brien");
    expect(restoreFormulaText("'quoted'")).toBe("'quoted'");
  });

  it('a start date or employment type repeated down the file is read the same on every row, bad ones reported on each', () => {
    const table = parseCsv(
      [
        'Name,Job title,Team,Start date,Employment type',
        'Łukasz Żółć,Archivist,Central,01/02/2025,Fixed term',
        'Siân ap Dŵr,Assistant,Central,01/02/2025,Fixed term',
        'Kit Doe,Assistant,Central,31/02/2025,Seasonal',
        'Ann Roe,Assistant,Central,31/02/2025,Seasonal',
      ].join('\n'),
    );
    const { plan } = planImport(table, guessMapping(table.headers), none, { today: '2026-11-30' });
    expect(plan.slice(0, 2).map((r) => [r.input?.startDate, r.input?.employmentType])).toEqual([['2025-02-01', 'fixed_term'], ['2025-02-01', 'fixed_term']]);
    for (const row of plan.slice(2)) {
      expect(row.input).toBeNull();
      expect(row.errors.map((e) => e.field).sort()).toEqual(['employmentType', 'startDate']);
    }
  });
});

