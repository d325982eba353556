/**
 * Words as a word processor counts them, which is how CILIP applies its statement
 * limits: every run of non-space characters is one word. Spaced dashes ("–", "—", "-"),
 * bullet marks ("•", "*"), emoji and numbers each count; "well-being" is one word.
 * Used by the renderer's live counter and the main process's limit checks alike.
 */
export function countWords(text: string): number {
  // \s covers Unicode spaces (no-break space, em space, line and paragraph separators);
  // zero-width characters join, as they do in a word processor.
  const trimmed = text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}
