import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';
import { nameToEnglish } from '../../lib/english/names';

describe('a Bantu name opening with a nasal and a stop, given no African tradition', () => {
  it('keeps the pair as its onset', () => {
    expect(transliterateWord('مبيكي', 'western')).toBe('mbiki');
    expect(transliterateWord('مبالولا', 'western')).toMatch(/^mbal/);
    expect(transliterateWord('نكوسازانا', 'western')).toBe('nkosazana');
    expect(nameToEnglish('نكوسازانا دلاميني زوما', { country: 'ZA' })).toBe('Nkosazana Dlamini Zuma');
  });
  it('reads the k of a French-speaking African story the same', () => {
    expect(transliterateWord('نكويتا', 'africanFrench')).toMatch(/^nk/);
  });
  it('leaves nt, which is Netanyahu, and Arabic names', () => {
    expect(transliterateWord('نتنياهو', 'western')).toMatch(/^net/);
    expect(nameToEnglish('حسني مبارك')).toBe('Hosni Mubarak');
  });
});
