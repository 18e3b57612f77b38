import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Georgian family names in -shvili and -dze, read with the letters Russian values give (k, v, kh, dz)', () => {
  it('reads a -shvili or -dze name no country is given for', () => {
    expect(nameToEnglish('بيدزينا إيفانيشفيلي')).toMatch(/ Ivanishvili$/);
    expect(nameToEnglish('ميخائيل كافيلاشفيلي')).toMatch(/ Kavilashvili$/);
    expect(nameToEnglish('إيراكلي كوباخيدزه')).toBe('Irakli Kobakhidze');
    expect(nameToEnglish('شالفا بابواشفيلي')).toMatch(/^Shalva .*ashvili$/);
  });
  it('reads a Georgian official the same way when the article gives Georgia', () => {
    expect(nameToEnglish('إيراكلي غاريباشفيلي', { country: 'GE' })).toBe('Irakli Garibashvili');
  });
  it('leaves a short word in -dze and names of other endings alone', () => {
    expect(nameToEnglish('جوزيف ستالين')).toBe('Joseph Stalin');
    expect(nameToEnglish('علي دزه')).not.toMatch(/dze/);
  });
});
