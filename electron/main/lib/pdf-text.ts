import bidiFactory from 'bidi-js';
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import type { FontStyle, PdfFonts } from './pdf-fonts';

const bidi = bidiFactory();

/**
 * Characters that print nothing: variation selectors (emoji vs text presentation), joiners, bidi controls,
 * soft hyphen, byte-order mark. They are dropped rather than drawn as an empty box.
 */
// eslint-disable-next-line no-misleading-character-class -- the class lists variation selectors on purpose, to drop them
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff\u{e0100}-\u{e01ef}]/gu;
const EMOJI = /\p{Extended_Pictographic}/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** What prints for a character no bundled font has: visible, never "?" and never nothing. */
export const replacementFor = (ch: string): string =>
  EMOJI.test(ch) ? '[emoji]' : `[U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

/** A piece of one line, in one font and one direction, in the order it is drawn from left to right. */
export interface TextRun {
  text: string;
  font: PDFFont;
  width: number;
  /** Position of the run in reading order (runs are returned in drawing order, left to right). */
  logical: number;
}

export type Direction = 'ltr' | 'rtl';

/** The paragraph's direction by its first strong letter (Unicode bidi rules P2–P3). */
export const directionOf = (text: string): Direction => (bidi.getEmbeddingLevels(text, 'auto').paragraphs[0]?.level === 1 ? 'rtl' : 'ltr');

/**
 * poppler's pdftotext (and readers built on it) reverse each right-to-left run character by character when
 * extracting, including the several characters one ligature glyph stands for (lam-alef "لا"), which would
 * come back as "ال". Such glyphs record their characters in reverse so extraction gives the typed text.
 * fontkit keeps one glyph object per glyph id, the one pdf-lib writes into the PDF's ToUnicode map.
 */
const reversedLigatures = new WeakSet<object>();
function prepareLigaturesForExtraction(font: PDFFont, text: string) {
  const face = (font as unknown as { embedder?: { font?: { layout: (t: string) => { glyphs: { codePoints: number[] }[] } } } }).embedder?.font;
  if (!face) return;
  for (const glyph of face.layout(text).glyphs) {
    if (glyph.codePoints.length > 1 && !reversedLigatures.has(glyph)) {
      glyph.codePoints.reverse();
      reversedLigatures.add(glyph);
    }
  }
}

interface Piece {
  text: string;
  font: PDFFont;
  level: number;
}

/**
 * Lays one line out for drawing: each character goes to the first font that has it, right-to-left runs are
 * put in visual order by the Unicode bidi algorithm, and Arabic is shaped by the font itself (fontkit joins
 * the letters and, for a right-to-left script, emits the glyphs right to left). The PDF keeps each glyph's
 * own characters, so copying or extracting the text gives back what was typed.
 */
export function layoutLine(fonts: PdfFonts, line: string, style: FontStyle, size: number, direction: Direction = directionOf(line)): TextRun[] {
  // NFC: a letter typed as base + combining accent prints as the font's precomposed letter.
  const clean = line.normalize('NFC').replace(/\t/g, '    ').replace(/[\r\n]/g, ' ').replace(INVISIBLE, '');
  if (!clean) return [];
  const levels = bidi.getEmbeddingLevels(clean, direction).levels;
  const pieces: Piece[] = [];
  let index = 0;
  for (const ch of clean) {
    const level = levels[index] ?? 0;
    index += ch.length;
    const codePoint = ch.codePointAt(0) ?? 0;
    let font = fonts.fontFor(codePoint, style);
    let text = ch;
    if (!font) {
      text = replacementFor(ch);
      font = fonts.face(style);
    }
    const last = pieces.at(-1);
    if (last && last.font === font && last.level === level) last.text += text;
    else pieces.push({ text, font, level });
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above.
  const highest = Math.max(...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => p.level).filter((l) => l % 2 === 1), highest + 1);
  const order = pieces.map((_, i) => i);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let i = 0; i < order.length; ) {
      if ((pieces[order[i] as number] as Piece).level < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < order.length && (pieces[order[j] as number] as Piece).level >= level) j += 1;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order.map((i) => {
    const piece = pieces[i] as Piece;
    let text = piece.text;
    // fontkit reverses a run in a right-to-left script itself; other right-to-left runs (punctuation,
    // spaces between Arabic words drawn in the Latin face) are reversed here, brackets mirrored.
    if (RTL_SCRIPT.test(text)) prepareLigaturesForExtraction(piece.font, text);
    else if (piece.level % 2 === 1) {
      text = Array.from(text)
        .reverse()
        .map((c) => bidi.getMirroredCharacter(c) ?? c)
        .join('');
    }
    return { text, font: piece.font, width: piece.font.widthOfTextAtSize(text, size), logical: i };
  });
}

export const widthOfRuns = (runs: TextRun[]): number => runs.reduce((sum, r) => sum + r.width, 0);

/** Width of a line of text as it will print. */
export const measureText = (fonts: PdfFonts, text: string, style: FontStyle, size: number): number => widthOfRuns(layoutLine(fonts, text, style, size));

/** Draws one line; `align: 'right'` ends it at x + width (right-to-left paragraphs). */
export function drawLine(
  page: PDFPage,
  fonts: PdfFonts,
  line: string,
  options: { x: number; y: number; size: number; style: FontStyle; color: Color; width?: number; align?: 'left' | 'right' | 'centre'; direction?: Direction },
): void {
  const runs = layoutLine(fonts, line, options.style, options.size, options.direction);
  const total = widthOfRuns(runs);
  let x = options.x;
  if (options.width !== undefined && options.align === 'right') x += options.width - total;
  if (options.width !== undefined && options.align === 'centre') x += (options.width - total) / 2;
  const placed = runs.map((run) => {
    const at = x;
    x += run.width;
    return { run, at };
  });
  // Placed left to right but written to the page in reading order, so text extraction and copying that
  // follow the content stream (pdftotext -raw, many viewers) read a right-to-left phrase in the typed order.
  placed.sort((a, b) => a.run.logical - b.run.logical);
  for (const { run, at } of placed) page.drawText(run.text, { x: at, y: options.y, size: options.size, font: run.font, color: options.color });
}

/**
 * Word-wraps a paragraph in reading order. Words wider than the line are cut between characters. The
 * lines keep the paragraph's direction so a right-to-left paragraph stays right-to-left when wrapped.
 */
export interface WrappedLine {
  text: string;
  direction: Direction;
}

export function wrapText(fonts: PdfFonts, text: string, style: FontStyle, size: number, width: number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const space = measureText(fonts, ' ', style, size);
  const measured = new Map<string, number>();
  const widthOf = (word: string) => {
    let w = measured.get(word);
    if (w === undefined) {
      w = measureText(fonts, word, style, size);
      measured.set(word, w);
    }
    return w;
  };
  for (const paragraph of text.replace(/\t/g, '    ').split('\n')) {
    const direction = directionOf(paragraph);
    const push = (line: string) => lines.push({ text: line, direction });
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = widthOf(word);
      const next = line ? lineWidth + space + wordWidth : wordWidth;
      if (next <= width) {
        line = line ? `${line} ${word}` : word;
        lineWidth = next;
        continue;
      }
      if (line) push(line);
      line = word;
      lineWidth = wordWidth;
      while (lineWidth > width && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let cut = chars.length - 1;
        while (cut > 1 && measureText(fonts, chars.slice(0, cut).join(''), style, size) > width) cut -= 1;
        push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
        lineWidth = measureText(fonts, line, style, size);
      }
    }
    push(line);
  }
  return lines;
}
