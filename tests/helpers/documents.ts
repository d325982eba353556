import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/** The text of a .docx (its main document part), for asserting headings and content. */
export async function docxText(bytes: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

export const hasPdftoppm = (): boolean => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * Renders page 1 of a PDF to greyscale with poppler's pdftoppm and returns the
 * share of pixels that are not white: > 0 means something is printed on it.
 */
export function inkedShareOfFirstPage(pdf: Uint8Array): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-render-'));
  try {
    const input = path.join(dir, 'doc.pdf');
    fs.writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-gray', input, path.join(dir, 'page')]);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.pgm'));
    if (!file) throw new Error('pdftoppm produced no image');
    const pgm = fs.readFileSync(path.join(dir, file));
    // P5 header: magic, width, height, maxval, each followed by whitespace.
    const header = pgm.subarray(0, 64).toString('latin1').split(/\s+/);
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(pgm.length - width * height);
    let inked = 0;
    for (const p of pixels) if (p < 200) inked += 1;
    return inked / pixels.length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const hasPdftotext = (): boolean => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * Names and text in every script an export must print. Welsh ŵ/ŷ and Polish Ł were folded or printed "?" by
 * the old standard fonts; "الأحمد" needs Arabic joining and a lam-alef ligature; 📚 is an emoji.
 */
export const MULTILINGUAL = {
  english: 'Alex Example',
  welsh: 'Siân ap Dŵr',
  welshText: 'Llyfrgell y Tŷ Gwyn',
  irish: 'Seán Ó Briain',
  polish: 'Łukasz Żółć',
  arabic: 'سارة الأحمد',
  chinese: '王小明',
  emoji: '📚',
} as const;

/** One paragraph holding every name above, as a user might type it into a free-text box. */
export const MULTILINGUAL_TEXT =
  `Met ${MULTILINGUAL.english}, ${MULTILINGUAL.welsh} from ${MULTILINGUAL.welshText}, ${MULTILINGUAL.irish}, ` +
  `${MULTILINGUAL.polish}, ${MULTILINGUAL.arabic} and ${MULTILINGUAL.chinese} at the reading group ${MULTILINGUAL.emoji}`;

/**
 * What "gives the text back exactly" means for a PDF: the text poppler's pdftotext extracts in the order
 * it was written to the page (`-raw`: a table reads cell by cell, not across columns), with only
 * layout undone — runs of whitespace (line wraps, table columns) become one space, the embedding marks
 * pdftotext puts around right-to-left runs (U+202A–U+202E) are removed, and the space on either side of a
 * right-to-left run is set to one space (pdftotext moves the space after an Arabic phrase to before it:
 * "الأحمد and" comes back "‫ الأحمد‬and"). Every character typed must come back as typed, in order, except
 * variation selectors (U+FE0E/U+FE0F, which only choose colour or text style for an emoji and print
 * nothing), which `typedText` removes from the expected text.
 */
export function pdfText(pdf: Uint8Array, pages?: { first: number; last: number }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-text-'));
  try {
    const input = path.join(dir, 'doc.pdf');
    fs.writeFileSync(input, pdf);
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, input, '-']).toString('utf8');
    return spacedRtl(raw.replace(/[\u202a-\u202e]/g, ''));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const RTL_RUN = /\s*([\p{Script=Arabic}\p{Script=Hebrew}]+(?:\s+[\p{Script=Arabic}\p{Script=Hebrew}]+)*)\s*/gu;
const spacedRtl = (text: string): string => text.replace(/\s+/g, ' ').replace(RTL_RUN, ' $1 ').replace(/\s+/g, ' ').trim();

/** The text of each page, read as `pdfText` reads it (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-pages-'));
  try {
    const input = path.join(dir, 'doc.pdf');
    fs.writeFileSync(input, pdf);
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', input, '-']).toString('utf8');
    return raw.split('\f').slice(0, -1).map((page) => spacedRtl(page.replace(/[\u202a-\u202e]/g, '')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const typedText = (text: string): string => spacedRtl(text.replace(/[\ufe0e\ufe0f]/g, ''));

/** Number of pages, from pdfinfo (poppler-utils). */
export function pdfPageCount(pdf: Uint8Array): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-info-'));
  try {
    const input = path.join(dir, 'doc.pdf');
    fs.writeFileSync(input, pdf);
    const info = execFileSync('pdfinfo', [input]).toString('utf8');
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Words on one page with their boxes, from pdftotext -bbox (PDF points, origin top left). */
export function pdfWords(pdf: Uint8Array, page: number): { text: string; xMin: number; xMax: number; yMin: number }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-words-'));
  try {
    const input = path.join(dir, 'doc.pdf');
    fs.writeFileSync(input, pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), input, '-']).toString('utf8');
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      text: (m[4] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
