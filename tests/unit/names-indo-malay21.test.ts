import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Sri Lankan, Indonesian and Malaysian names, spelt by their own romanisations', () => {
  it('reads و inside a name as u, and at its end as o', () => {
    // «وقال وزير الزراعة الإندونيسي أغوس سانتوسو …»
    expect(nameToEnglish('أغوس سانتوسو', { country: 'ID' })).toBe('Agus Santoso');
    // «أعلن المتحدث باسم الشرطة السريلانكية سوميث جايارونا …»
    expect(nameToEnglish('سوميث جايارونا', { country: 'LK' })).toMatch(/ Jayaruna$/);
  });
  it('keeps the Javanese o of the syllable before a final o (Widodo, Pramono)', () => {
    expect(nameToEnglish('بامبانغ سوسانتونو', { country: 'ID' })).toMatch(/ Susantono$/);
    expect(nameToEnglish('جوكو سوبروتو', { country: 'ID' })).toMatch(/^Joko /);
  });
  it('reads an opening بر as Pr, ي before a vowel as i, و after a as w', () => {
    expect(nameToEnglish('براتيكنو سوبيانتو', { country: 'ID' })).toBe('Pratikno Subianto');
    expect(nameToEnglish('سري مولياني إندراواتي', { country: 'ID' })).toMatch(/ Indrawati$/);
  });
  it('spells a name of no country by the story, when the story is Indonesian or Sri Lankan', () => {
    expect(nameToEnglish('أغوس سوبرابتو', { story: 'ID' })).toBe('Agus Subrabto');
    expect(nameToEnglish('روهان كوروناتيلاكا', { story: 'LK' })).toBe('Rohan Kurunatilaka');
  });
  it('writes Abdul apart in a Malaysian Muslim name, the story giving the country', () => {
    expect(nameToEnglish('أحمد فائز عبد الحليم', { story: 'MY' })).toMatch(/ Abdul Halim$/);
  });
  it('leaves a Western name in such a story, and India, alone', () => {
    expect(nameToEnglish('جون سميث', { story: 'ID' })).toBe('John Smith');
  });
});

import { analyze } from '@/lib/analyze';

describe('a lone foreign official does not decide how a story\'s own people are spelt', () => {
  it('spells the Indonesians of a Jakarta story by Indonesia, though a Saudi minister alone is given a country', () => {
    const text = 'أعلنت السلطات الإندونيسية في جاكرتا ارتفاع عدد ضحايا الفيضانات في إندونيسيا. ' +
      'وقال المتحدث باسم الوكالة الوطنية للكوارث أغوس سوبرابتو إن فرق الإنقاذ تواصل البحث في جزيرة جاوة الإندونيسية. ' +
      'وأعرب وزير الخارجية السعودي فيصل بن فرحان عن تعازيه لإندونيسيا.';
    const names = analyze(text).officials.map((o) => o.name_en);
    expect(names).toContain('Agus Subrabto');
  });
});
