import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Persian family names in -pour and given names opening with الله', () => {
  it('reads -pour, glued or apart, as one family name, and says Persian even with no country', () => {
    // «وقال المتحدث كاوه قاسم بور …»: Ghasempour.
    expect(nameToEnglish('كاوه قاسم بور', { country: 'IR' })).toMatch(/ \w+pour$/);
    expect(nameToEnglish('مهدي رضائي بور')).toMatch(/ \w+pour$/);
    expect(nameToEnglish('سيامك نعمتبور')).toMatch(/pour$/);
  });
  it('joins الله to the word after it in an Iranian given name (Allahverdi, Allahmorad)', () => {
    expect(nameToEnglish('الله وردي رضائي', { country: 'IR' })).toMatch(/^Allah[a-z]+ /);
  });
  it('leaves short names ending in بور alone (Jabbour, Kapoor)', () => {
    expect(nameToEnglish('جون جبور')).not.toMatch(/pour/);
    expect(nameToEnglish('أنيل كابور', { country: 'IN' })).not.toMatch(/pour/);
  });
});
