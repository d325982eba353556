import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/word-count';

// Each case is what Word/LibreOffice report for the same text: every run of non-space characters is a word.
describe('countWords counts as a word processor does', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['  leading and trailing  ', 3],
    ['I ran a well-being session – twice.', 7],
    ['spaced en dash – counts', 5],
    ['spaced em dash — counts', 5],
    ['spaced hyphen - counts', 4],
    ['unspaced—dash is one', 3],
    ['• first point\n• second point', 6],
    ['* starred item', 3],
    ['- hyphen bullet', 3],
    ['1. numbered item', 3],
    ['Great session 🎉', 3],
    ['🎉 👍', 2],
    ['20 hours of CPD in 2026', 6],
    ['Línea  one\ntwo — 3', 5],
    ['Łukasz Żółć led it', 4],
    ['Siân ap Dŵr', 3],
    ['e.g. this, that; and (the other)', 6],
    ['“quoted” words', 2],
    ['tabs\tand\nnewlines\r\nand\u2028separators', 5],
    ['no\u00A0break space', 3],
    ['em\u2003space', 2],
    ['zero\u200Bwidth joins', 2],
    ['http://example.org/a b', 2],
    ['مرحبا بالعالم', 2],
    ['中文', 1],
    ['...', 1],
    [' – ', 1],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts a 1,000-word statement exactly at the limit', () => {
    expect(countWords(Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? '–' : 'word')).join(' '))).toBe(1000);
  });
});
