import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatUkDate } from '../../../../shared/dates';
import { pdfSafe } from '../../lib/pdf';

export interface CertificateSpec {
  winner: string;
  schemeName: string;
  cycleLabel: string;
  category: string;
  reasonExcerpt: string;
  date: string;
  reward: string;
}

const PAGE: [number, number] = [841.89, 595.28];
const NAVY = rgb(0.11, 0.17, 0.23);
const GOLD = rgb(0.62, 0.49, 0.16);
const GREY = rgb(0.3, 0.3, 0.3);

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = NAVY) {
  const safe = pdfSafe(text);
  page.drawText(safe, { x: (PAGE[0] - font.widthOfTextAtSize(safe, size)) / 2, y, size, font, color });
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of pdfSafe(text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A one-page landscape A4 certificate: the model renderer is portrait and text-only, so this is drawn directly. */
export async function renderCertificate(spec: CertificateSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(pdfSafe(`${spec.schemeName}: ${spec.winner}`));
  doc.setAuthor('Staff Development Workbench');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(StandardFonts.TimesRomanItalic);
  const serif = await doc.embedFont(StandardFonts.TimesRomanBold);
  const page = doc.addPage(PAGE);
  const [w, h] = PAGE;

  page.drawRectangle({ x: 24, y: 24, width: w - 48, height: h - 48, borderColor: NAVY, borderWidth: 6 });
  page.drawRectangle({ x: 40, y: 40, width: w - 80, height: h - 80, borderColor: GOLD, borderWidth: 1.5 });
  page.drawRectangle({ x: 46, y: 46, width: w - 92, height: h - 92, borderColor: GOLD, borderWidth: 0.5 });

  centred(page, 'CERTIFICATE OF RECOGNITION', h - 110, bold, 30);
  page.drawLine({ start: { x: w / 2 - 120, y: h - 126 }, end: { x: w / 2 + 120, y: h - 126 }, thickness: 1.2, color: GOLD });
  centred(page, 'This certificate is presented to', h - 170, regular, 14, GREY);
  // Long names shrink to fit inside the border rather than running over it.
  const nameSize = Math.min(40, (40 * (w - 200)) / Math.max(1, serif.widthOfTextAtSize(pdfSafe(spec.winner), 40)));
  centred(page, spec.winner, h - 222, serif, nameSize);
  centred(page, `${spec.schemeName} – ${spec.cycleLabel}`, h - 262, bold, 16);
  centred(page, `Category: ${spec.category}`, h - 286, regular, 13, GREY);

  let y = h - 330;
  for (const line of wrap(`"${spec.reasonExcerpt}"`, italic, 14, w - 260).slice(0, 4)) {
    centred(page, line, y, italic, 14, GREY);
    y -= 19;
  }
  if (spec.reward) centred(page, `Reward: ${spec.reward}`, Math.min(y - 6, 150), regular, 12, GREY);

  const baseline = 100;
  page.drawLine({ start: { x: 120, y: baseline }, end: { x: 320, y: baseline }, thickness: 0.8, color: NAVY });
  page.drawText('Date', { x: 120, y: baseline - 16, size: 11, font: regular, color: GREY });
  page.drawText(formatUkDate(spec.date), { x: 120, y: baseline + 6, size: 13, font: bold, color: NAVY });
  page.drawLine({ start: { x: w - 320, y: baseline }, end: { x: w - 120, y: baseline }, thickness: 0.8, color: NAVY });
  page.drawText('Line manager', { x: w - 320, y: baseline - 16, size: 11, font: regular, color: GREY });
  return doc.save();
}
