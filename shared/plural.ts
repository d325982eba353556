/**
 * Counts as English: `plural(1, 'person', 'people')` → "1 person", `plural(3, 'word')` → "3 words".
 * Numbers are grouped the UK way (1,250).
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${pluralWord(count, singular, pluralForm)}`;
}

/** Only the word: `pluralWord(1, 'item')` → "item". */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return Math.abs(count) === 1 ? singular : pluralForm;
}
