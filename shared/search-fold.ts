/**
 * One way to compare text for search, on both sides: case folded for every script (not only A–Z, as
 * SQLite's LIKE does), accents dropped ("Sian" finds "Siân", "zolc" finds "Żółć"), and the few Latin
 * letters that Unicode does not decompose mapped by hand (ł, ø, đ, ß, æ, œ).
 */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

export function searchFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[łøđßæœı]/g, (c) => LETTERS[c] ?? c);
}

/**
 * Name order as people expect it, the same as SQL's `ORDER BY fold(name), name`: accents and case do not move a
 * name away from its letter, so Łukasz sorts among the Ls and Żółć among the Zs, not after every plain Z.
 */
export function byFoldedName(a: string, b: string): number {
  const x = searchFold(a);
  const y = searchFold(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
