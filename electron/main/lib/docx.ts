import type { DocSpec } from './document-model';

/** Renders a document spec as a .docx file; the docx library loads on first use. */
export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  return (await import('./docx-render')).renderDocx(spec);
}
