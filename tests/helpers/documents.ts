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
