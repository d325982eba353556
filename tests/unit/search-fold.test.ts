import { describe, expect, it } from 'vitest';
import { searchFold } from '../../shared/search-fold';

describe('searchFold', () => {
  it('folds case in every script and drops accents, so a search finds names however they were typed', () => {
    expect(searchFold('Łukasz Żółć')).toBe('lukasz zolc');
    expect(searchFold('Siân ap Dŵr')).toBe('sian ap dwr');
    expect(searchFold('ØRSTED Straße')).toBe('orsted strasse');
    expect(searchFold('ΣΟΦΊΑ')).toBe('σοφια');
    expect(searchFold('Ｆｕｌｌ-width')).toBe('full-width');
  });
  it('leaves text with nothing to fold as it is, including wildcards a caller escapes', () => {
    expect(searchFold('50% off_site')).toBe('50% off_site');
    expect(searchFold('')).toBe('');
  });
});
