import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocBlock, DocSpec } from './document-model';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function table(header: string[], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function render(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level ?? 2] })];
    case 'paragraph':
      return block.text.split(/\n{2,}/).map(
        (p) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: p, italics: block.muted })] }),
      );
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'table':
      return [table(block.header, block.rows), new Paragraph('')];
    case 'facts':
      return block.items.map(
        ([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value || '—')] }),
      );
    case 'signatures':
      return block.signers.flatMap((s) => [
        new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: `${s.role}: ${s.name}`, bold: true })] }),
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          spacing: { before: 480 },
          children: [new TextRun(s.signedOn ? `Signed on ${s.signedOn}` : 'Signature')],
        }),
        ...(s.signedOn ? [] : [new Paragraph({ spacing: { after: 120 }, children: [new TextRun('Date:')] })]),
      ]);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a document spec as a .docx file (opens in Word and LibreOffice). */
export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const doc = new Document({
    title: spec.title,
    creator: 'Staff Development Workbench',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: spec.footer ? `${spec.footer} · ` : '', size: 16 }),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: spec.title, heading: HeadingLevel.TITLE }),
          ...(spec.subtitle ? [new Paragraph({ children: [new TextRun({ text: spec.subtitle, italics: true })] })] : []),
          ...spec.blocks.flatMap(render),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
