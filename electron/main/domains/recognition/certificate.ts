import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { formatUkDate } from '../../../../shared/dates';
import { PdfFonts, type FontStyle } from '../../lib/pdf-fonts';
import { drawLine, measureText, wrapText } from '../../lib/pdf-text';

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

/** Centred on the page, in fonts that print every script (right-to-left text in visual order). */
function centred(page: PDFPage, fonts: PdfFonts, text: string, y: number, style: FontStyle, size: number, color = NAVY) {
  drawLine(page, fonts, text, { x: 0, width: PAGE[0], align: 'centre', y, size, style, color });
}

/** A one-page landscape A4 certificate: the model renderer is portrait and text-only, so this is drawn directly. */
export async function renderCertificate(spec: CertificateSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${spec.schemeName}: ${spec.winner}`);
  doc.setAuthor('Staff Development Workbench');
  const texts = [...Object.values(spec), 'CERTIFICATE OF RECOGNITION This certificate is presented to Category: Reward: Date Line manager – "'];
  const fonts = await PdfFonts.load(doc, texts, ['regular', 'bold', 'serifBold', 'serifItalic']);
  const page = doc.addPage(PAGE);
  const [w, h] = PAGE;

  page.drawRectangle({ x: 24, y: 24, width: w - 48, height: h - 48, borderColor: NAVY, borderWidth: 6 });
  page.drawRectangle({ x: 40, y: 40, width: w - 80, height: h - 80, borderColor: GOLD, borderWidth: 1.5 });
  page.drawRectangle({ x: 46, y: 46, width: w - 92, height: h - 92, borderColor: GOLD, borderWidth: 0.5 });

  centred(page, fonts, 'CERTIFICATE OF RECOGNITION', h - 110, 'bold', 30);
  page.drawLine({ start: { x: w / 2 - 120, y: h - 126 }, end: { x: w / 2 + 120, y: h - 126 }, thickness: 1.2, color: GOLD });
  centred(page, fonts, 'This certificate is presented to', h - 170, 'regular', 14, GREY);
  // Long names shrink to fit inside the border rather than running over it.
  const nameSize = Math.min(40, (40 * (w - 200)) / Math.max(1, measureText(fonts, spec.winner, 'serifBold', 40)));
  centred(page, fonts, spec.winner, h - 222, 'serifBold', nameSize);
  centred(page, fonts, `${spec.schemeName} – ${spec.cycleLabel}`, h - 262, 'bold', 16);
  centred(page, fonts, `Category: ${spec.category}`, h - 286, 'regular', 13, GREY);

  let y = h - 330;
  for (const line of wrapText(fonts, `"${spec.reasonExcerpt}"`, 'serifItalic', 14, w - 260).slice(0, 4)) {
    drawLine(page, fonts, line.text, { x: 0, width: w, align: 'centre', y, size: 14, style: 'serifItalic', color: GREY, direction: line.direction });
    y -= 19;
  }
  if (spec.reward) centred(page, fonts, `Reward: ${spec.reward}`, Math.min(y - 6, 150), 'regular', 12, GREY);

  const baseline = 100;
  page.drawLine({ start: { x: 120, y: baseline }, end: { x: 320, y: baseline }, thickness: 0.8, color: NAVY });
  drawLine(page, fonts, 'Date', { x: 120, y: baseline - 16, size: 11, style: 'regular', color: GREY });
  drawLine(page, fonts, formatUkDate(spec.date), { x: 120, y: baseline + 6, size: 13, style: 'bold', color: NAVY });
  page.drawLine({ start: { x: w - 320, y: baseline }, end: { x: w - 120, y: baseline }, thickness: 0.8, color: NAVY });
  drawLine(page, fonts, 'Line manager', { x: w - 320, y: baseline - 16, size: 11, style: 'regular', color: GREY });
  return doc.save();
}
