import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/main/lib/docx';
import type { DocBlock, DocSpec } from '../../electron/main/lib/document-model';
import { fileNamePart } from '../../electron/main/lib/file-name';
import { renderPdf } from '../../electron/main/lib/pdf';
import { docxText, hasPdftoppm, inkedShareOfFirstPage, pdfPageCount, pdfPages, pdfText, pdfWords } from '../helpers/documents';

const spec: DocSpec = {
  title: 'Placement agreement',
  subtitle: 'Zoë Example · Central Library',
  footer: 'Version 2',
  blocks: [
    { kind: 'heading', text: 'Duration' },
    { kind: 'facts', items: [['Start', '01/09/2026'], ['End', '31/08/2027']] },
    { kind: 'paragraph', text: 'Long text '.repeat(400) },
    { kind: 'table', header: ['Outcome', 'By'], rows: [['Catalogue 50 items', '30/10/2026']] },
    { kind: 'signatures', signers: [{ role: 'Trainee', name: 'Zoë Example' }] },
  ],
};

const signers = [
  { role: 'Trainee', name: 'Łukasz Żółć' },
  { role: 'Line manager', name: 'Siân ap Dŵr' },
  { role: 'Placement tutor', name: 'Seán Ó Briain', signedOn: '18/11/2026' },
];
/** An agreement whose signature section starts `lines` lines down: some of these put it at a page foot. */
const signedAfter = (lines: number): DocSpec => ({
  title: 'Work placement agreement',
  blocks: [
    { kind: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Expectation ${i + 1}`).join('\n') },
    { kind: 'heading', level: 2, text: 'Signatures' },
    { kind: 'paragraph', text: 'By signing, we agree to the expectations above.' },
    { kind: 'signatures', signers },
  ] satisfies DocBlock[],
});

describe('document exports', () => {
  it('writes a .docx whose headings and text read back', async () => {
    const text = await docxText(await renderDocx(spec));
    expect(text).toContain('Placement agreement');
    expect(text).toContain('Duration');
    expect(text).toContain('Catalogue 50 items');
    expect(text).toContain('Trainee: Zoë Example');
  });

  it('writes a multi-page PDF whose first page is not blank', async () => {
    const pdf = await renderPdf(spec);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    if (!hasPdftoppm()) throw new Error('pdftoppm (poppler-utils) is needed to check PDF rendering');
    expect(inkedShareOfFirstPage(pdf)).toBeGreaterThan(0.01);
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
  });

  it('prints names as typed, not folded to ASCII or "?"', async () => {
    const text = pdfText(await renderPdf({ title: 'Zieliński → Dŵr', blocks: [{ kind: 'paragraph', text: 'Łukasz Żółć and 日本' }] }));
    expect(text).toContain('Zieliński → Dŵr');
    expect(text).toContain('Łukasz Żółć and 日本');
    expect(text).not.toContain('?');
    // Typed as base letter + combining accent (as some keyboards send it): prints as one accented letter.
    expect(pdfText(await renderPdf({ title: 'Sia\u0302n ap Dw\u0302r', blocks: [] }))).toContain('Siân ap Dŵr');
  });

  it('prints every letter in a PDF made after one with accented letters (fonts are shared between exports)', async () => {
    await renderPdf({ title: 'Zoë Example · Łukasz Żółć', blocks: [] });
    expect(pdfText(await renderPdf({ title: 'Reflection. Selection.', blocks: [] }))).toContain('Reflection. Selection.');
  });

  it('shows a visible marker for a character no bundled font has, never nothing and never "?"', async () => {
    // U+1FAE8 (shaking face, Unicode 15) is newer than the emoji font; Hangul is not in the CJK font.
    const text = pdfText(await renderPdf({ title: 'Marks', blocks: [{ kind: 'paragraph', text: 'Shaking 🫨 and 한' }] }));
    expect(text).toContain('Shaking [emoji] and [U+D55C]');
  });

  it('keeps the signature heading with its signers wherever the section falls', async () => {
    for (let lines = 30; lines <= 52; lines += 1) {
      const pageTexts = pdfPages(await renderPdf(signedAfter(lines)));
      const headingPage = pageTexts.findIndex((p) => p.includes('Signatures By signing'));
      expect(headingPage, `${lines} lines: heading and its paragraph on one page`).toBeGreaterThanOrEqual(0);
      for (const s of signers) expect(pageTexts[headingPage], `${lines} lines: ${s.name} beside the heading`).toContain(`${s.role}: ${s.name}`);
    }
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    for (let lines = 40; lines <= 52; lines += 1) {
      const pages = pdfPages(
        await renderPdf({
          title: 'CPD log',
          blocks: [
            { kind: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Entry ${i + 1}`).join('\n') },
            { kind: 'heading', level: 2, text: 'Reflective statement' },
            { kind: 'heading', level: 3, text: 'Personal performance' },
            { kind: 'paragraph', text: `Reflection begins here. ${'More words follow. '.repeat(60)}` },
          ],
        }),
      );
      const page = pages.find((p) => p.includes('Reflective statement'));
      expect(page, `${lines} lines`).toContain('Reflective statement Personal performance Reflection begins here.');
    }
  });

  it('keeps a heading and its sub-heading with the start of the list they introduce (the trainee’s aims)', async () => {
    for (let lines = 40; lines <= 45; lines += 1) {
      const pages = pdfPages(
        await renderPdf({
          title: 'Apprenticeship agreement',
          blocks: [
            { kind: 'paragraph', text: Array.from({ length: lines }, (_, i) => `Entry ${i + 1}`).join('\n') },
            { kind: 'heading', level: 2, text: 'The trainee’s aims: skills, knowledge and behaviours' },
            { kind: 'heading', level: 3, text: 'Skills' },
            { kind: 'bullets', items: ['Catalogue to RDA', 'Answer enquiries at the desk', 'Run a reading group'] },
          ],
        }),
      );
      const page = pages.find((p) => p.includes('The trainee’s aims'));
      expect(page, `${lines} lines`).toContain('Skills • Catalogue to RDA');
    }
  });

  it('prints "Signature" and "Date" as separate labels under separate lines', async () => {
    const pdf = await renderPdf(signedAfter(1));
    const words = pdfWords(pdf, 1);
    const signature = words.find((w) => w.text === 'Signature');
    const date = words.find((w) => w.text === 'Date' && signature && Math.abs(w.yMin - signature.yMin) < 1);
    expect(signature).toBeDefined();
    expect(date).toBeDefined();
    expect((date?.xMin ?? 0) - (signature?.xMax ?? 0)).toBeGreaterThan(100);
    expect(pdfText(pdf)).toContain('Placement tutor: Seán Ó Briain');
    expect(pdfText(pdf)).toMatch(/Signed on 18\/11\/2026.*Date/);
  });
});

describe('export file names', () => {
  it('keep the person’s name readable in any script and drop only what a file name cannot hold', () => {
    expect(fileNamePart('Łukasz Żółć')).toBe('łukasz-żółć');
    expect(fileNamePart('Siân ap Dŵr')).toBe('siân-ap-dŵr');
    expect(fileNamePart('Seán Ó Briain')).toBe('seán-ó-briain');
    expect(fileNamePart('سارة الأحمد')).toBe('سارة-الأحمد');
    expect(fileNamePart('王小明')).toBe('王小明');
    expect(fileNamePart('Sia\u0302n')).toBe('siân');
    expect(fileNamePart('a/b\\c:d*e?f"g<h>i|j\u0000k')).toBe('a-b-c-d-e-f-g-h-i-j-k');
    expect(fileNamePart('📚', 'member')).toBe('member');
    expect(Array.from(fileNamePart('Ł'.repeat(200))).length).toBe(80);
  });
});
