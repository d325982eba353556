import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../shared/plural';

describe('plural reads as English', () => {
  it.each([
    [0, 'person', 'people', '0 people'],
    [1, 'person', 'people', '1 person'],
    [2, 'person', 'people', '2 people'],
    [1, 'word', undefined, '1 word'],
    [5, 'word', undefined, '5 words'],
    [1250, 'hour', undefined, '1,250 hours'],
    [-1, 'day', undefined, '-1 day'],
  ])('%i %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
  it('gives the word alone', () => {
    expect(pluralWord(1, 'item')).toBe('item');
    expect(pluralWord(3, 'item')).toBe('items');
  });
});
