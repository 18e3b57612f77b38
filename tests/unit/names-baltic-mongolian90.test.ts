import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';
import { originOf } from '../../lib/english/origin';

describe('the Baltic and Finnic tradition (Estonia, Latvia, Lithuania, Finland)', () => {
  it('is the tradition of those countries', () => {
    expect(['EE', 'LV', 'LT', 'FI'].map(originOf)).toEqual(['baltic', 'baltic', 'baltic', 'baltic']);
  });
  it('writes k for ك, not an English look-alike’s c', () => {
    expect(nameToEnglish('توماس كاريس', { country: 'EE' })).toMatch(/ Karis$/);
    expect(nameToEnglish('ألار كاريس', { country: 'US' })).not.toMatch(/Karis$/);
  });
  it('ends a masculine name in -us', () => {
    expect(nameToEnglish('أندروس تامبيغوس', { country: 'LT' })).toMatch(/Tambigus$/);
  });
  it('writes ai for اي before a consonant, and v for ف', () => {
    expect(nameToEnglish('ريتا لايدينن', { country: 'FI' })).toMatch(/Laidinen|Laidinn/);
    expect(nameToEnglish('ريتا دوفيتاس', { country: 'LT' })).toMatch(/Dovitas$/);
  });
});

describe('the Mongolian tradition', () => {
  it('reads و inside a name u, ف v and اي ai', () => {
    expect(nameToEnglish('باتخورول لوفسانخو', { country: 'MN' })).toBe('Batkhurul Luvsankho');
    expect(nameToEnglish('سايخانبيلغ', { country: 'MN' })).toMatch(/^Saikhan/);
  });
});

describe('the Ethiopian tradition', () => {
  it('keeps a family name from a look-alike spelt with q, a letter Amharic romanisation never writes', () => {
    expect(nameToEnglish('يلقال كفالي', { country: 'ET' })).toMatch(/Kefale$/);
  });
});

describe('the Sudanese press’s given names', () => {
  it('spells a Sudanese’s عثمان, محمد, عبد الله and ياسر the Sudanese way', () => {
    expect(nameToEnglish('ياسر محمد عثمان', { country: 'SD' })).toBe('Yasir Mohamed Osman');
    expect(nameToEnglish('فضل عبد الله', { country: 'SD' })).toBe('Fadl Abdalla');
  });
  it('gives صديق the g of Sudanese speech', () => {
    expect(nameToEnglish('صديق حسن', { country: 'SD' })).toMatch(/^Siddig /);
  });
  it('leaves another Arab country’s names as they were', () => {
    expect(nameToEnglish('ياسر محمد عثمان', { country: 'SA' })).not.toMatch(/Yasir|Osman/);
  });
});
