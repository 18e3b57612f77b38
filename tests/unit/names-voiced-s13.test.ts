import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { transliterateWord } from '@/lib/english/transliterate';

describe('German and Italian s, which Arabic writes ز before a vowel', () => {
  it('German ز before a vowel is s, at the end z', () => {
    expect(transliterateWord('زومر', 'german')).toBe('somer');
    expect(transliterateWord('زايلر', 'german')).toMatch(/^s/);
    expect(transliterateWord('لانز', 'german')).toMatch(/z$/);
  });
  it('Italian ز between vowels is s, but z before -io and -ia', () => {
    expect(transliterateWord('بيزاني', 'italian')).toBe('bisani');
    expect(transliterateWord('أوريزيو', 'italian')).toMatch(/zio$/);
    // Not elsewhere: a Russian or English z stays.
    expect(transliterateWord('بيزاني', 'western')).toMatch(/z/);
    expect(nameToEnglish('كلاوس زومر', { country: 'DE' })).toMatch(/ Somer$/);
  });
});
