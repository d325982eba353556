import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DocBlock, DocSpec } from './document-model';
import { pdfSafe } from './pdf';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - MARGIN * 2;
interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/** Lays blocks out top to bottom, starting a new page whenever the next line would not fit. */
class Layout {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  ensure(height: number) {
    if (this.y - height < MARGIN + 24) this.newPage();
  }
  wrap(text: string, font: PDFFont, size: number, width = WIDTH): string[] {
    const lines: string[] = [];
    for (const paragraph of pdfSafe(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) <= width) line = next;
        else {
          if (line) lines.push(line);
          line = word;
          while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
            let cut = line.length - 1;
            while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1;
            lines.push(line.slice(0, cut));
            line = line.slice(cut);
          }
        }
      }
      lines.push(line);
    }
    return lines;
  }
  text(text: string, options: { font?: PDFFont; size?: number; gap?: number; x?: number; width?: number; grey?: boolean } = {}) {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? 10.5;
    const lineHeight = size * 1.35;
    for (const line of this.wrap(text, font, size, options.width ?? WIDTH - (options.x ?? 0))) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + (options.x ?? 0), y: this.y, size, font, color: options.grey ? rgb(0.35, 0.35, 0.35) : rgb(0.1, 0.1, 0.1) });
    }
    this.y -= options.gap ?? 4;
  }
  rule(y = this.y) {
    this.page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
  }
  table(header: string[], rows: string[][]) {
    const colWidth = WIDTH / Math.max(1, header.length);
    const size = 9;
    const drawRow = (cells: string[], bold: boolean) => {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const wrapped = cells.map((c) => this.wrap(c, font, size, colWidth - 6));
      const height = Math.max(1, ...wrapped.map((w) => w.length)) * size * 1.3 + 6;
      this.ensure(height);
      wrapped.forEach((lines, i) =>
        lines.forEach((line, j) =>
          this.page.drawText(line, { x: MARGIN + i * colWidth + 3, y: this.y - 3 - (j + 1) * size * 1.3 + 2, size, font }),
        ),
      );
      this.y -= height;
      this.rule();
    };
    drawRow(header, true);
    rows.forEach((r) => drawRow(r, false));
    this.y -= 8;
  }
}

function renderBlock(layout: Layout, block: DocBlock) {
  const { fonts } = layout;
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 1 ? 16 : block.level === 3 ? 11.5 : 13;
      layout.ensure(size * 3);
      layout.y -= 8;
      layout.text(block.text, { font: fonts.bold, size, gap: 4 });
      return;
    }
    case 'paragraph':
      block.text.split(/\n{2,}/).forEach((p) => layout.text(p, { font: block.muted ? fonts.italic : fonts.regular, grey: block.muted, gap: 6 }));
      return;
    case 'bullets':
      block.items.forEach((item) => layout.text(`•  ${item}`, { x: 8, gap: 2 }));
      layout.y -= 4;
      return;
    case 'table':
      layout.table(block.header, block.rows);
      return;
    case 'facts':
      block.items.forEach(([label, value]) => layout.text(`${label}: ${value || '—'}`, { gap: 2 }));
      layout.y -= 4;
      return;
    case 'signatures':
      for (const s of block.signers) {
        layout.ensure(70);
        layout.text(`${s.role}: ${s.name}`, { font: fonts.bold, gap: 28 });
        layout.rule(layout.y);
        layout.text(s.signedOn ? `Signed on ${s.signedOn}` : 'Signature                                                                    Date', { size: 9, grey: true, gap: 14 });
      }
      return;
    case 'pageBreak':
      layout.newPage();
      return;
  }
}

/** Renders a document spec as an A4 PDF with page numbers. */
export async function renderPdf(spec: DocSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(pdfSafe(spec.title));
  doc.setCreator('Staff Development Workbench');
  doc.setProducer('Staff Development Workbench');
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  const layout = new Layout(doc, fonts);
  layout.text(spec.title, { font: fonts.bold, size: 20, gap: 2 });
  if (spec.subtitle) layout.text(spec.subtitle, { font: fonts.italic, grey: true, gap: 6 });
  layout.rule(layout.y);
  layout.y -= 8;
  spec.blocks.forEach((b) => renderBlock(layout, b));
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = pdfSafe(`${spec.footer ? `${spec.footer} · ` : ''}Page ${i + 1} of ${pages.length}`);
    const width = fonts.regular.widthOfTextAtSize(label, 8);
    page.drawText(label, { x: (A4[0] - width) / 2, y: MARGIN / 2, size: 8, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
  });
  return doc.save();
}
