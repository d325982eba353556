import type { DocSpec } from './document-model';

/**
 * Renders a document spec as an A4 PDF with page numbers. pdf-lib, the fonts and the layout code load on
 * first use, so the main process does not carry them until an export.
 */
export async function renderPdf(spec: DocSpec): Promise<Uint8Array> {
  return (await import('./pdf-render')).renderPdf(spec);
}
