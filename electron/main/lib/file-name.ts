/**
 * A part of an export's file name made from a person's name or a label ("certificate-łukasz-żółć-…"):
 * letters, marks and digits of every script are kept as typed (NFC, lower case); anything else, including
 * every character that is unsafe in a file name on Windows, macOS or Linux (/ \ : * ? " < > | and control
 * characters), becomes one hyphen.
 */
export function fileNamePart(text: string, fallback = 'document'): string {
  const part = text
    .normalize('NFC')
    .toLocaleLowerCase('en-GB')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Long labels are cut at a whole character, so a name never ends in half a letter.
  const cut = Array.from(part).slice(0, 80).join('').replace(/-+$/, '');
  return cut || fallback;
}
