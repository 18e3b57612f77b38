import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { foreignNameWord } from '@/lib/vocab/names';

describe('a name word opening with و keeps its w in a look-alike', () => {
  it('finds the look-alike of a spelling variant without dropping the opening letter (وليام is William, not Liam)', () => {
    expect(foreignNameWord('وليام', true)).toBe('william');
    expect(foreignNameWord('ولسون', true)).toBe('wilson');
  });

  it('spells an official named William as William, whatever his country', () => {
    expect(nameToEnglish('وليام هانتر', { country: 'US' })).toMatch(/^William /);
    expect(nameToEnglish('وليام كاماو', { country: 'KE' })).toMatch(/^William /);
  });

  it('still drops a و inside a word when the news writes a vowel the list does not', () => {
    expect(foreignNameWord('هوتون', true)).toBeDefined();
  });
});
