import { PDFDocument, rgb, type Color, type PDFPage } from 'pdf-lib';
import type { DocBlock, DocSpec } from './document-model';
import { PdfFonts, type FontStyle } from './pdf-fonts';
import { drawLine, measureText, wrapText } from './pdf-text';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - MARGIN * 2;
const TOP = A4[1] - MARGIN;
const BOTTOM = MARGIN + 24;
/** The height a block may take and still be kept on one page. */
const PAGE_HEIGHT = TOP - BOTTOM;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.35, 0.35, 0.35);
const BODY = 10.5;

interface TextOptions {
  style?: FontStyle;
  size?: number;
  gap?: number;
  x?: number;
  width?: number;
  grey?: boolean;
}

/**
 * Lays blocks out top to bottom, starting a new page whenever the next line would not fit. A dry layout
 * draws nothing and only counts, so a block can be measured before it is placed (keep-together).
 */
class Layout {
  page: PDFPage | undefined;
  y = TOP;
  pages = 0;
  constructor(
    readonly doc: PDFDocument | undefined,
    readonly fonts: PdfFonts,
  ) {
    this.newPage();
  }
  newPage() {
    this.pages += 1;
    this.page = this.doc?.addPage(A4);
    this.y = TOP;
  }
  ensure(height: number) {
    if (this.y - height < BOTTOM && this.y < TOP) this.newPage();
  }
  text(text: string, options: TextOptions = {}) {
    const style = options.style ?? 'regular';
    const size = options.size ?? BODY;
    const lineHeight = size * 1.35;
    const x = options.x ?? 0;
    const width = options.width ?? WIDTH - x;
    for (const line of wrapText(this.fonts, text, style, size, width)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      if (this.page) {
        drawLine(this.page, this.fonts, line.text, {
          x: MARGIN + x,
          y: this.y,
          size,
          style,
          color: options.grey ? GREY : INK,
          width,
          align: line.direction === 'rtl' ? 'right' : 'left',
          direction: line.direction,
        });
      }
    }
    this.y -= options.gap ?? 4;
  }
  rule(y = this.y, from = 0, to = WIDTH, color: Color = rgb(0.6, 0.6, 0.6)) {
    this.page?.drawLine({ start: { x: MARGIN + from, y }, end: { x: MARGIN + to, y }, thickness: 0.5, color });
  }
  table(header: string[], rows: string[][]) {
    const colWidth = WIDTH / Math.max(1, header.length);
    const size = 9;
    const drawRow = (cells: string[], bold: boolean) => {
      const style: FontStyle = bold ? 'bold' : 'regular';
      const wrapped = cells.map((c) => wrapText(this.fonts, c, style, size, colWidth - 6));
      const height = Math.max(1, ...wrapped.map((w) => w.length)) * size * 1.3 + 6;
      this.ensure(height);
      const page = this.page;
      if (page) {
        wrapped.forEach((lines, i) =>
          lines.forEach((line, j) =>
            drawLine(page, this.fonts, line.text, {
              x: MARGIN + i * colWidth + 3,
              y: this.y - 3 - (j + 1) * size * 1.3 + 2,
              size,
              style,
              color: INK,
              width: colWidth - 6,
              align: line.direction === 'rtl' ? 'right' : 'left',
              direction: line.direction,
            }),
          ),
        );
      }
      this.y -= height;
      this.rule();
    };
    drawRow(header, true);
    rows.forEach((r) => drawRow(r, false));
    this.y -= 8;
  }
}

/** A line to sign on and a line for the date, each labelled underneath, side by side. */
const SIGNATURE_LINES = 56;
function signatureLines(layout: Layout, signedOn: string | undefined) {
  const dateFrom = WIDTH * 0.66;
  layout.y -= 30;
  layout.rule(layout.y, 0, WIDTH * 0.58, GREY);
  layout.rule(layout.y, dateFrom, WIDTH, GREY);
  const labelY = layout.y - 12;
  const page = layout.page;
  if (page) {
    const label = { y: labelY, size: 9, style: 'regular' as const, color: GREY };
    drawLine(page, layout.fonts, signedOn ? `Signed on ${signedOn}` : 'Signature', { ...label, x: MARGIN });
    drawLine(page, layout.fonts, 'Date', { ...label, x: MARGIN + dateFrom });
    if (signedOn) drawLine(page, layout.fonts, signedOn, { x: MARGIN + dateFrom, y: layout.y + 4, size: BODY, style: 'regular', color: INK });
  }
  layout.y = labelY - 14;
}

function renderBlock(layout: Layout, block: DocBlock) {
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 1 ? 16 : block.level === 3 ? 11.5 : 13;
      layout.ensure(size * 3);
      if (layout.y < TOP) layout.y -= 8;
      layout.text(block.text, { style: 'bold', size, gap: 4 });
      return;
    }
    case 'paragraph':
      block.text.split(/\n{2,}/).forEach((p) => layout.text(p, { style: block.muted ? 'italic' : 'regular', grey: block.muted, gap: 6 }));
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
        layout.ensure(wrapText(layout.fonts, `${s.role}: ${s.name}`, 'bold', BODY, WIDTH).length * BODY * 1.35 + SIGNATURE_LINES);
        layout.text(`${s.role}: ${s.name}`, { style: 'bold', gap: 0 });
        signatureLines(layout, s.signedOn);
      }
      return;
    case 'pageBreak':
      layout.newPage();
      return;
  }
}

/** How much height blocks take when laid out from the top of a fresh page; Infinity if more than a page. */
function heightOf(fonts: PdfFonts, blocks: DocBlock[]): number {
  const dry = new Layout(undefined, fonts);
  blocks.forEach((b) => renderBlock(dry, b));
  return dry.pages > 1 ? Infinity : TOP - dry.y;
}

/** The first lines of a block (a table's header and first row, two items, a sentence or two): what a heading keeps with. */
function openingOf(block: DocBlock): DocBlock {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, text: block.text.slice(0, 160) };
    case 'bullets':
      return { ...block, items: block.items.slice(0, 2) };
    case 'facts':
      return { ...block, items: block.items.slice(0, 2) };
    case 'table':
      return { ...block, rows: block.rows.slice(0, 1) };
    case 'signatures':
      return { ...block, signers: block.signers.slice(0, 1) };
    default:
      return block;
  }
}

/**
 * Keep-together: a signature block stays on one page; a heading moves to the next page with what it
 * introduces rather than sit alone at the foot of a page — with its whole section when the section holds
 * signatures and fits on a page (so "Signatures" and its signers are never split), otherwise with the
 * first lines of the block after it.
 */
function keepTogether(layout: Layout, blocks: DocBlock[], i: number) {
  const block = blocks[i] as DocBlock;
  const wouldSplit = (h: number) => h <= PAGE_HEIGHT && layout.y - h < BOTTOM;
  if (block.kind === 'signatures') {
    const h = heightOf(layout.fonts, [block]);
    if (wouldSplit(h)) layout.newPage();
    return;
  }
  if (block.kind !== 'heading') return;
  let end = i + 1;
  while (end < blocks.length && !['heading', 'pageBreak'].includes((blocks[end] as DocBlock).kind)) end += 1;
  const section = blocks.slice(i, end);
  if (section.some((b) => b.kind === 'signatures')) {
    const h = heightOf(layout.fonts, section);
    if (h <= PAGE_HEIGHT) {
      if (wouldSplit(h)) layout.newPage();
      return;
    }
  }
  // A heading with the headings straight after it (a section and its first sub-section) and the first lines
  // of what they introduce.
  const chain: DocBlock[] = [block];
  let j = i + 1;
  while (j < blocks.length && (blocks[j] as DocBlock).kind === 'heading') chain.push(blocks[j++] as DocBlock);
  const next = blocks[j];
  if (next && next.kind !== 'pageBreak') chain.push(openingOf(next));
  if (chain.length > 1 && wouldSplit(heightOf(layout.fonts, chain))) layout.newPage();
}

/** All the text a document prints, to choose which fallback fonts to embed. */
const textsOf = (spec: DocSpec): string[] => [
  spec.title,
  spec.subtitle ?? '',
  spec.footer ?? '',
  'Page 0123456789 of · • — Signature Date Signed on',
  ...spec.blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'bullets':
        return b.items;
      case 'table':
        return [...b.header, ...b.rows.flat()];
      case 'facts':
        return b.items.flat();
      case 'signatures':
        return b.signers.flatMap((s) => [s.role, s.name, s.signedOn ?? '']);
      case 'pageBreak':
        return [];
    }
  }),
];

/** Renders a document spec as an A4 PDF with page numbers, in fonts that print every script. */
export async function renderPdf(spec: DocSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.title);
  doc.setCreator('Staff Development Workbench');
  doc.setProducer('Staff Development Workbench');
  const fonts = await PdfFonts.load(doc, textsOf(spec));
  const layout = new Layout(doc, fonts);
  layout.text(spec.title, { style: 'bold', size: 20, gap: 2 });
  if (spec.subtitle) layout.text(spec.subtitle, { style: 'italic', grey: true, gap: 6 });
  layout.rule(layout.y);
  layout.y -= 8;
  spec.blocks.forEach((b, i) => {
    keepTogether(layout, spec.blocks, i);
    renderBlock(layout, b);
  });
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = `${spec.footer ? `${spec.footer} · ` : ''}Page ${i + 1} of ${pages.length}`;
    const width = measureText(fonts, label, 'regular', 8);
    drawLine(page, fonts, label, { x: (A4[0] - width) / 2, y: MARGIN / 2, size: 8, style: 'regular', color: rgb(0.4, 0.4, 0.4) });
  });
  return doc.save();
}
