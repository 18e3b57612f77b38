import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { transliterateWord } from '@/lib/english/transliterate';

describe('Italian e, which Arabic writes ي like i', () => {
  it('is e before r', () => {
    expect(transliterateWord('فيرو', 'italian')).toBe('fero');
    expect(nameToEnglish('ماركو سيفيري', { country: 'IT' })).toMatch(/^Marco S[ie][fv]eri$/);
    expect(transliterateWord('بيرغوليو', 'italian')).toMatch(/^berg/);
  });
  it('is e before the voiced s of -ese and -esi', () => {
    expect(transliterateWord('ميلانيزي', 'italian')).toBe('milanesi');
    expect(transliterateWord('كالابريزي', 'italian')).toBe('calabresi');
  });
  it('is e in -ella, -ello, -elli', () => {
    expect(transliterateWord('بوريلي', 'italian')).toMatch(/^bor+el+i$/);
    expect(transliterateWord('مارتيلو', 'italian')).toMatch(/el+o$/);
  });
  it('stays i elsewhere (-ini, -ino) and in other traditions', () => {
    expect(transliterateWord('فابيني', 'italian')).toBe('fabini');
    expect(transliterateWord('بيزانو', 'italian')).toBe('bisano');
    expect(transliterateWord('ميريلو', 'western')).not.toMatch(/^mer/);
  });
});
