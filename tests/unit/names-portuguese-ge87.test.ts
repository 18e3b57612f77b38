import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';

describe('a Portuguese ج before ي', () => {
  it('is the g of ge and gi', () => {
    expect(transliterateWord('روجيليو', 'portuguese')).toMatch(/^rog/);
    expect(transliterateWord('ماليجي', 'portuguese')).toMatch(/g[ie]$/);
  });
  it('stays j before a and o', () => {
    expect(transliterateWord('جاسينتو', 'portuguese')).toMatch(/^j/);
    expect(transliterateWord('جواو', 'portuguese')).toMatch(/^j/);
  });
  it('stays j in the English reading', () => {
    expect(transliterateWord('روجيليو', 'western')).toMatch(/^roj/);
  });
});
