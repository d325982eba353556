import { describe, expect, it } from 'vitest';
import { asciiFragments, matchesIn, mentionPattern, mentionTerms, redactMentions } from '../../../electron/main/domains/privacy/mentions';

describe('finding a person in free text', () => {
  const sam = mentionTerms({ name: 'Sam Hill', preferredName: '', email: 'sam.hill@library.example' });
  const pattern = mentionPattern(sam) as RegExp;

  it('matches whole words in any case and spacing, never part of a longer name or address', () => {
    expect(matchesIn('Sam Hillier and SAM  HILL; also sam hill, and Samuel Hill.', pattern)).toEqual(['SAM  HILL', 'sam hill']);
    expect(matchesIn('Write to sam.hill@library.example or xsam.hill@library.example.org', pattern)).toEqual(['sam.hill@library.example']);
    expect(redactMentions('Sam Hillier covers for Sam Hill.', pattern)).toBe('Sam Hillier covers for [erased].');
  });

  it('finds a name written in decomposed Unicode (NFD) as well as composed', () => {
    const sian = mentionPattern(mentionTerms({ name: 'Siân ap Dŵr', preferredName: '', email: '' })) as RegExp;
    expect(matchesIn('Met Sia\u0302n ap Dw\u0302r today', sian)).toEqual(['Siân ap Dŵr']);
  });

  it('SQL prefilter fragments: the longest ASCII run of each term, none when a term has no Latin letters', () => {
    expect(asciiFragments(sam)).toEqual(['hill', 'library']);
    expect(asciiFragments(['Siân ap Dŵr'])).toEqual(['si']);
    expect(asciiFragments(['Łukasz Żółć'])).toEqual(['ukasz']);
    expect(asciiFragments(['Σοφία'])).toBeNull();
  });
});
