import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Central Asian family names made on Arabic names, as the Russian-language press writes them', () => {
  it('reads a family name in -ov on an Arabic stem by that stem (Karimov, Rakhimova), not letter by letter', () => {
    // «وقال وزير الاقتصاد الأوزبكي جمشيد كريموف إن …»: Karimov, not Krimov.
    expect(nameToEnglish('جمشيد سليموف', { country: 'UZ' })).toMatch(/ Salimov$/);
    expect(nameToEnglish('زرينة رحيموفا', { country: 'TJ' })).toMatch(/ Rakhimova$/);
  });
  it('writes -bayev and -iyev whole (Arabic writes them ايف, اييف)', () => {
    expect(nameToEnglish('نورلان تولجانبايف', { country: 'KZ' })).toMatch(/bayev$/);
    expect(nameToEnglish('أسيل موساباييف', { country: 'KZ' })).toMatch(/bayev$/);
  });
  it('joins عبد to the name it makes a family name of (Abdurakhmanov) and reads a glued عبدالعزيز as Abdulaziz', () => {
    expect(nameToEnglish('تيمور عبد الرحمنوف', { country: 'KG' })).toMatch(/ Abdurakhmanov$/);
    expect(nameToEnglish('عبدالعزيز تاشكينوف', { country: 'UZ' })).toMatch(/^Abdulaziz /);
  });
  it('leaves Russian family names the lists know alone', () => {
    expect(nameToEnglish('سيرغي لافروف', { country: 'RU' })).toBe('Sergey Lavrov');
  });
});
