import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';
import { nameToEnglish } from '../../lib/english/names';

describe('a Greek family name in the genitive', () => {
  it('reads a final و as -ou', () => {
    expect(transliterateWord('ستافرو', 'greek')).toBe('stavrou');
    expect(transliterateWord('نيكولاو', 'greek')).toBe('nikolaou');
    expect(nameToEnglish('يانيس ديميتريو', { country: 'GR' })).toBe('Yannis Demetriou');
  });
  it('leaves -os, -is and -opoulou as they were', () => {
    expect(transliterateWord('نيكوس', 'greek')).toBe('nikos');
    expect(transliterateWord('بابادوبولو', 'greek')).toBe('papadopoulou');
  });
});

describe('Greek ξ and the Alex- stem', () => {
  it('reads كس as x and puts back the vowels of Alex-', () => {
    expect(transliterateWord('ألكسيو', 'greek')).toBe('alexiou');
    expect(transliterateWord('ألكسندروبولوس', 'greek')).toBe('alexandropoulos');
  });
  it('leaves كس of other traditions', () => {
    expect(transliterateWord('ألكسيو', 'italian')).not.toMatch(/x/);
  });
});
