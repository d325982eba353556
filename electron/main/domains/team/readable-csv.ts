import { AppError } from '../../../../shared/result';

const SAMPLE = 64 * 1024;
// C0 controls other than tab, line feed, form feed and carriage return; and U+FFFD, which is
// what a browser's file.text() puts where the bytes are not UTF-8.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREADABLE = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/g;

/**
 * A binary file renamed .csv (a workbook, an image, a PDF) reaches the import as text full of
 * replacement and control characters. Say so, instead of parsing nonsense into one odd column and
 * then asking which column holds the name. A CSV saved in an old Windows code page has a few
 * unreadable accents, not a page of them, and still goes through.
 */
export function assertReadableCsv(text: string): void {
  const sample = text.slice(0, SAMPLE);
  const unreadable = sample.match(UNREADABLE)?.length ?? 0;
  const binary = sample.includes('\u0000') || unreadable > Math.max(8, sample.length * 0.02);
  if (!binary) return;
  const workbook = sample.startsWith('PK\u0003\u0004');
  throw new AppError(
    'VALIDATION',
    workbook
      ? 'This file is not a readable CSV: it looks like an Excel workbook saved with a .csv name. Rename it to .xlsx, or save it from Excel as "CSV UTF-8", and choose it again.'
      : 'This file is not a readable CSV: it looks like a binary file (such as a workbook, an image or a PDF) with a .csv name. Save the staff list as "CSV UTF-8" or Excel (.xlsx) and choose it again.',
    'content',
  );
}
