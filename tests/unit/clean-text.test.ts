import { describe, expect, it } from 'vitest';
import { cleanText, optionalText, requiredText } from '../../shared/domains/common';

/** Free text is kept without characters that hide or reorder words, or that no document format can hold. */
describe('free text as it is kept', () => {
  it('drops a right-to-left override, so a pasted name cannot read backwards on screen or in a document', () => {
    expect(requiredText(200).parse('Siân ap Dŵr\u202e (tutor)')).toBe('Siân ap Dŵr (tutor)');
    expect(requiredText(200).parse('\u2066Łukasz\u2069 Żółć')).toBe('Łukasz Żółć');
  });

  it('keeps lines apart: a vertical tab (Word\'s manual line break), form feed or carriage return is a line break', () => {
    expect(optionalText(200).parse('Be on time\u000bask questions\u000cbell\r\nend\rnow')).toBe('Be on time\nask questions\nbell\nend\nnow');
  });

  it('drops other control characters and non-characters but keeps tab, emoji and every letter', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\ufffeg\tz 🎉 Ω')).toBe('abcdefg\tz 🎉 Ω');
  });

  it('text that is only such characters is empty, so a required field says it is required', () => {
    const result = requiredText(200).safeParse('\u0007\u202e ');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('is required');
  });
});
