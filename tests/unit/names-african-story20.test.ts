import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("a story of East or Southern Africa lends its letters to a name no list can place", () => {
  it('reads a family name no list knows, ending in a vowel, by the story country (u inside the name)', () => {
    const lent = nameToEnglish('كودزاي موتيمبو', { story: 'ZW' });
    expect(lent).toBe(nameToEnglish('كودزاي موتيمبو', { country: 'ZW' }));
    expect(lent).not.toBe(nameToEnglish('كودزاي موتيمبو'));
    expect(nameToEnglish('تشيبو موكاندو', { story: 'KE' })).toMatch(/ Mukando$/);
  });

  it("keeps the world's reading for names the lists place, Scottish Mc names and West Africa's stories", () => {
    expect(nameToEnglish('جيمس ماكلويد', { story: 'ZW' })).toBe(nameToEnglish('جيمس ماكلويد'));
    expect(nameToEnglish('أديولا أوكونلادي', { story: 'NG' })).toBe(nameToEnglish('أديولا أوكونلادي'));
    expect(nameToEnglish('رافاييل غروسي', { story: 'ZW' })).toBe(nameToEnglish('رافاييل غروسي'));
  });

  it("spells an African's listed given name as the world does, only the family name by the African letters", () => {
    expect(nameToEnglish('كونستانتينو موتاسا', { country: 'ZW' })).toMatch(/^Constantino /);
    expect(nameToEnglish('ديفيد موتاسا', { country: 'KE' })).toMatch(/^David /);
    // (A look-alike that ends otherwise is another name: شاكيلا is not Shaquille.)
    expect(nameToEnglish('شاكيلا موتاسا', { country: 'RW' })).toMatch(/^Shakila /);
  });
});
