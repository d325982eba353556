import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packTable, parseCsv, parseCsvPacked, parseTabular, parseTabularHere, unpackTable, type Table } from '../../electron/main/lib/tabular';

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

  it('a CSV packed as it is read (what the worker does) is the table parseCsv gives, or the same refusal, on random files', () => {
    const outcome = <T>(fn: () => T): { value: T } | { error: string } => {
      try {
        return { value: fn() };
      } catch (error) {
        return { error: String(error) };
      }
    };
    const piece = fc.constantFrom(',', '"', '""', '\n', '\r\n', ' ', '\t', 'a', 'Łukasz', 'Siân', '🐉', '\uFEFF', '', 'x,y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const direct = outcome(() => parseCsv(text));
        const packed = outcome(() => unpackTable(parseCsvPacked(text)));
        expect(packed).toEqual(direct);
      }),
      { numRuns: 3000 },
    );
    expect(unpackTable(parseCsvPacked(awkward))).toEqual(parseCsv(awkward));
  });
});
