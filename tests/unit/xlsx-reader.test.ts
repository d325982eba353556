import { describe, expect, it } from 'vitest';
import { columnName, readFirstSheet } from '../../electron/main/lib/xlsx-reader';
import { zip } from '../helpers/zip';

/** Workbooks as other programs write them: shared and inline strings, styles, prefixes, 1904 dates. */

const bounds = { maxRow: 50_000, maxColumn: 200 };
const NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function book(sheetXml: string, options: { shared?: string; styles?: string; date1904?: boolean; prefix?: string } = {}) {
  const p = options.prefix ?? '';
  const rels = [
    '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>',
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>',
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
  ].join('');
  return zip([
    {
      name: 'xl/workbook.xml',
      data: `<${p}workbook ${NS}>${options.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets><${p}sheet name="Staff" sheetId="1" r:id="rId7"/></${p}sheets></${p}workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships>${rels}</Relationships>` },
    { name: 'xl/worksheets/data.xml', data: sheetXml },
    ...(options.shared ? [{ name: 'xl/strings.xml', data: options.shared }] : []),
    ...(options.styles ? [{ name: 'xl/styles.xml', data: options.styles }] : []),
  ]);
}

describe('xlsx reader', () => {
  it('reads shared strings (rich text runs, no phonetic guides), numbers, booleans, errors and entities', () => {
    const shared =
      '<sst><si><t>Name</t></si><si><r><t>Siân </t></r><r><rPr><b/></rPr><t>ap Dŵr</t></r><rPh><t>ふりがな</t></rPh></si><si><t xml:space="preserve">R&amp;D &lt;team&gt;</t></si></sst>';
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>FTE</t></is></c><c r="C1" t="str"><v>Keyholder</v></c><c r="D1" t="inlineStr"><is><t>Team</t></is></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>0.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="s"><v>2</v></c></row>' +
      '<row r="4"><c r="A4" t="e"><v>#N/A</v></c><c r="B4"><f>1/3</f><v>0.33333333333333331</v></c></row></sheetData></worksheet>';
    expect(readFirstSheet(book(sheet, { shared }), bounds)).toEqual([
      ['Name', 'FTE', 'Keyholder', 'Team'],
      ['Siân ap Dŵr', '0.5', 'true', 'R&D <team>'],
      [],
      ['', '0.3333333333333333', '', ''],
    ]);
  });

  it('turns date-formatted numbers into ISO dates (built-in and custom formats, 1900 and 1904 systems)', () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Start</t></is></c></row><row r="2"><c r="A2" s="1"><v>45173</v></c><c r="B2" s="2"><v>45173</v></c><c r="C2" s="0"><v>45173</v></c><c r="D2" t="d"><v>2023-09-04T00:00:00Z</v></c></row></sheetData></worksheet>';
    expect(readFirstSheet(book(sheet, { styles }), bounds)[1]).toEqual(['2023-09-04', '2023-09-04', '45173', '2023-09-04']);
    expect(readFirstSheet(book(sheet, { styles, date1904: true }), bounds)[1]?.[0]).toBe('2027-09-05');
  });

  it('reads namespace-prefixed parts and cells without references, as some generators write them', () => {
    const sheet =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Team</x:t></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>Łukasz Żółć</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Central</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readFirstSheet(book(sheet, { prefix: 'x:' }), bounds)).toEqual([
      ['Name', 'Team'],
      ['Łukasz Żółć', 'Central'],
    ]);
  });

  it('names columns as spreadsheets do', () => {
    expect([1, 26, 27, 200, 16384].map(columnName)).toEqual(['A', 'Z', 'AA', 'GR', 'XFD']);
  });

  it('stays linear on unclosed tags: 70,000 unclosed cells are read in well under a second', () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>${'<c r="A2"><v>1'.repeat(70_000)}</sheetData></worksheet>`;
    const started = performance.now();
    expect(readFirstSheet(book(sheet), bounds)[0]).toEqual(['Name']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
