import type { ExportedFile } from '../../shared/domains/common';

/** Hands a file made by the main process to the user (a save dialog in Electron, a download in a browser). */
export function saveFile(file: ExportedFile) {
  const bytes =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file the way the import channels want it: text for CSV/JSON, base64 for .xlsx. */
export async function readImportFile(file: File): Promise<{ fileName: string; format: 'csv' | 'xlsx' | 'json'; content: string }> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    const buffer = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < buffer.length; i += 0x8000) binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
    return { fileName: file.name, format: 'xlsx', content: btoa(binary) };
  }
  return { fileName: file.name, format: lower.endsWith('.json') ? 'json' : 'csv', content: await file.text() };
}
