import type { DocSpec } from './document-model';

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The standard PDF fonts only know Windows-1252: fold anything else to its base letter, or '?'. */
export function pdfSafe(text: string): string {
  return Array.from(text.replace(/\t/g, '    '))
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if ((code >= 32 && code <= 126) || (code >= 160 && code <= 255) || WIN_ANSI_EXTRAS.has(ch)) return ch;
      if (ch === '\n') return ch;
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return base.length === 1 && base.charCodeAt(0) < 256 ? base : '?';
    })
    .join('');
}

/**
 * Renders a document spec as an A4 PDF with page numbers. pdf-lib (and the layout
 * code) load on first use, so the main process does not carry them until an export.
 */
export async function renderPdf(spec: DocSpec): Promise<Uint8Array> {
  return (await import('./pdf-render')).renderPdf(spec);
}
