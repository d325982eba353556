import { describe, expect, it } from 'vitest';
import { packTable, parseCsv, parseTabular, parseTabularHere, unpackTable, type Table } from '../../electron/main/lib/tabular';

/**
 * The import worker sends a parsed table back packed (one string, cell and row ends in transferred buffers)
 * instead of as arrays of strings, because cloning those cost more than parsing (docs/performance.md).
 * What a user imports must be exactly what the file says, cell for cell.
 */
const awkward = [
  'Name,Job title,Team,Email,Notes',
  'Łukasz Żółć,Archivist,Central,lukasz@example.org,"Line one\nline two, with a comma"',
  'Siân ap Dŵr,,Branch 🐉,,',
  '',
  ',,,,',
  '"Quoted ""name""",Assistant,Mobile,,=SUM(A1)',
  'Short row,Only two',
].join('\r\n');

describe('packed tables from the import worker', () => {
  it('unpack to the same headers, rows, row numbers, blank rows and cells (accents, emoji, newlines, empty cells, ragged rows)', () => {
    const table = parseCsv(awkward);
    expect(unpackTable(packTable(table))).toEqual(table);
  });

  it('unpack a file with a header and no rows, and rows whose cells are all empty strings but one', () => {
    const empty: Table = { headers: ['Name'], rows: [], blankRows: 2 };
    expect(unpackTable(packTable(empty))).toEqual(empty);
    const sparse: Table = { headers: ['A', 'B', 'C'], rows: [{ rowNumber: 2, cells: ['', '', 'x'] }, { rowNumber: 9, cells: [] }, { rowNumber: 10, cells: ['y'] }], blankRows: 6 };
    expect(unpackTable(packTable(sparse))).toEqual(sparse);
  });

  it('a CSV parsed in the worker is the table parsed here', async () => {
    expect(await parseTabular('csv', awkward)).toEqual(parseTabularHere('csv', awkward));
  });
});
