import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { findOfficials } from '@/lib/officials';

describe('Scottish and Irish Mc', () => {
  it('writes ماك before a consonant as Mc with the rest capitalised', () => {
    expect(nameToEnglish('شون ماكدونا', { country: 'US' })).toBe('Sean McDonagh');
    expect(nameToEnglish('جون ماكين', { country: 'US' })).toBe('John McCain');
  });

  it('leaves names that only start like it (Macron, Maxim, Macky)', () => {
    expect(nameToEnglish('إيمانويل ماكرون', { country: 'FR' })).toBe('Emmanuel Macron');
    expect(nameToEnglish('ماكي سال', { country: 'SN' })).not.toMatch(/^Mc/);
  });
});

describe('Somali names', () => {
  it('spells common names as the Somali press does', () => {
    expect(nameToEnglish('محمد حسن فارح', { country: 'SO' })).toBe('Mohamed Hassan Farah');
    expect(nameToEnglish('عبد الله يوسف ورسمي', { country: 'SO' })).toBe('Abdullahi Yusuf Warsame');
  });

  it('joins the compounds of عبد with Abdi, spaced or glued', () => {
    expect(nameToEnglish('عبد الرحمن علي', { country: 'SO' })).toBe('Abdirahman Ali');
    expect(nameToEnglish('عبدالقادر عثمان', { country: 'SO' })).toBe('Abdikadir Osman');
  });

  it('keeps the Gulf spelling for the same names elsewhere', () => {
    expect(nameToEnglish('عبد الرحمن علي', { country: 'SA' })).not.toMatch(/^Abdi/);
  });

  it('spells a Somali minister with no nationality in a Somali story the Somali way', () => {
    const text = 'استقبل الرئيس الصومالي محمد عبد الله فرماجو في مقديشو وفدا، وحضر اللقاء وزير الداخلية عبد الرحمن حسين عمر.';
    expect(findOfficials(text).find((o) => o.name_ar === 'عبد الرحمن حسين عمر')?.name_en).toBe('Abdirahman Hussein Omar');
  });
});

describe('Ethiopian names in an Ethiopian story', () => {
  it('reads a name no dictionary knows by Ethiopian letter values when the article is about Ethiopia', () => {
    expect(nameToEnglish('تسفاي غبريميسكل', { home: 'ET' })).toBe(nameToEnglish('تسفاي غبريميسكل', { country: 'ET' }));
  });

  it('does not apply them to an Arabic name in the same story', () => {
    expect(nameToEnglish('محمد سعيد', { home: 'ET' })).toBe(nameToEnglish('محمد سعيد'));
  });
});
