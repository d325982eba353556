import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/main/lib/docx';
import type { DocSpec } from '../../electron/main/lib/document-model';
import { pdfSafe, renderPdf } from '../../electron/main/lib/pdf';
import { docxText, hasPdftoppm, inkedShareOfFirstPage } from '../helpers/documents';

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
  });

  it('keeps accented names and folds characters the PDF fonts cannot show', () => {
    expect(pdfSafe('Zoë Siân')).toBe('Zoë Siân');
    expect(pdfSafe('Zieliński')).toBe('Zielinski');
    expect(pdfSafe('日本')).toBe('??');
  });
});
