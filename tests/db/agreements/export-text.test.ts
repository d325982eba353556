import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText } from '../../helpers/documents';
import { createTestApp, sampleMember, type TestApp } from '../../helpers/test-app';

/**
 * Text pasted from Word or a web page can carry characters XML forbids: Word's manual line break (vertical
 * tab), form feeds, a stray bell or NUL, half an emoji. The exported .docx must still be a file Word opens.
 */
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ sample: true });
});
afterEach(() => t.close());

/**
 * Characters outside XML 1.0's Char production (control characters but tab, newline and return; U+FFFE and
 * U+FFFF; half a surrogate pair). One of them in word/document.xml makes Word refuse the file as corrupt.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

async function forbiddenInDocumentXml(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml].filter((ch) => NOT_XML.test(ch)).map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
}

describe('the exported .docx opens whatever was pasted into the agreement', () => {
  it('a vertical tab, form feed, bell, NUL, a swapped byte-order mark or half an emoji in the text still gives well-formed XML with the words kept', async () => {
    const student = await sampleMember(t, 'Placement Student');
    const draft = await t.call('agreements:create', { memberId: student.id, scheme: 'work_placement', startDate: '2026-11-02', endDate: '2027-01-22' });
    const version = draft.versions[0];
    if (!version) throw new Error('no version');
    const content = {
      ...version.content,
      managerExpectations: 'Be on time\u000bask questions\u000cbell\u0007 nul\u0000 & <Łukasz Żółć> half \ud83d emoji 🎉 swapped BOM \ufffe end',
      placeOfWork: 'Siân ap Dŵr\u0001 branch',
      contacts: [{ role: 'tutor' as const, name: 'Dr Gwen\u0008 Ní Bhraonáin', organisation: 'Aber', email: '', visits: '' }],
    };
    await t.call('agreements:updateDraft', { versionId: version.id, content });
    const file = await t.call('agreements:export', { versionId: version.id, format: 'docx' });
    const bytes = Buffer.from(file.content, 'base64');
    expect(await forbiddenInDocumentXml(bytes)).toEqual([]);
    const text = await docxText(bytes);
    // Word's manual line break keeps the words apart rather than gluing them ("timeask").
    expect(text).toMatch(/Be on time\s+ask questions\s+bell nul/);
    expect(text).toContain('<Łukasz Żółć>');
    expect(text).toContain('🎉');
    expect(text).toContain('Siân ap Dŵr branch');
    expect(text).toContain('Dr Gwen Ní Bhraonáin');
  });
});
