import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';
import { nameToEnglish } from '../../lib/english/names';

describe('a foreign name opening وو before a consonant is Wo-', () => {
  it('keeps the vowel the second و writes', () => {
    expect(transliterateWord('ووندي', 'african')).toBe('wondi');
    expect(transliterateWord('وولف', 'western')).toBe('wolf');
    expect(transliterateWord('ووتون', 'western')).toBe('woton');
  });
  it('in whole names', () => {
    expect(nameToEnglish('ووندي ألمو')).toMatch(/^Wondi /);
    expect(nameToEnglish('بول وولفويتز')).toMatch(/^Paul Wolf/);
  });
  it('leaves Arabic names and the East Asian tables alone', () => {
    expect(transliterateWord('وونغ', 'chinese')).toBe('weng');
    expect(transliterateWord('عواض', 'arab')).toBe('awad');
  });
});
