import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 48, delegations: a list announced with a colon («وهم:»، «كل من:») goes on in the frame before it.

describe('a colon after a word that announces a list', () => {
  // Written for the test (SPA's style).
  it('reads the ambassadors listed after «وهم:» as received with their credentials', () => {
    const text =
      'تسلم نائب وزير الخارجية المهندس وليد بن عبدالكريم الخريجي، في مقر الوزارة بالرياض اليوم، نسخا من أوراق اعتماد عدد من السفراء المعينين لدى المملكة، وهم: سفير جمهورية البرتغال جواو ماتوس، وسفيرة جمهورية تشيلي كارمن سولار.\n\n' +
      'ورحب نائب وزير الخارجية بالسفيرين، متمنيا لهما التوفيق.';
    const found = sides(text);
    expect(found['Saudi Arabia']).toEqual(['*وليد بن عبدالكريم الخريجي']);
    expect(sideOf(found, 'جواو ماتوس')).toBe('Portugal');
    expect(sideOf(found, 'كارمن سولار')).toBe('Chile');
  });

  // Written for the test: a colon after a verb of saying still ends the sentence; the one quoted is not a party.
  it('keeps a colon after «وقال» a sentence end', () => {
    const text =
      'استقبل وزير الخارجية المصري سامح شكري، اليوم، نظيره الأردني أيمن الصفدي.\n\n' +
      'وقال شكري: الرئيس عبد الفتاح السيسي يتابع الملف باهتمام.';
    const found = sides(text);
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
    expect(sideOf(found, 'أيمن الصفدي')).toBe('Jordan');
    expect(sideOf(found, 'عبد الفتاح السيسي')).toBeUndefined();
  });
});
