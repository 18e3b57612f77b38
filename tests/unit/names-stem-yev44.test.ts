import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('-yev on an Arabic stem that ends in a long vowel (Azerbaijan, Central Asia)', () => {
  it('reads اييف after a stem in ى or اء by that stem (Mustafayev, Vafayev), not letter by letter', () => {
    // «وزير الاقتصاد الأذربيجاني ميكاييل جباروف ونائب رئيس الوزراء شاهين مصطفاييف»: Mustafayev, not Mestvayev.
    expect(nameToEnglish('شاهين مصطفاييف', { country: 'AZ' })).toMatch(/ Mustafayev$/);
    expect(nameToEnglish('شوكت وفاييف', { country: 'UZ' })).toMatch(/ Vafayev$/);
  });
  it('reads a stem the lists spell in ا by their spelling (Mirzayev, Pashayeva)', () => {
    expect(nameToEnglish('رستم ميرزاييف', { country: 'KZ' })).toMatch(/ Mirzayev$/);
    expect(nameToEnglish('غنيرة باشاييفا', { country: 'AZ' })).toMatch(/ Pashayeva$/);
  });
  it('keeps -ov and -ev after a consonant', () => {
    expect(nameToEnglish('جمشيد سليموف', { country: 'UZ' })).toMatch(/ Salimov$/);
  });
});

describe('h for ح in the -ov names of Azerbaijan and Turkmenistan, kh elsewhere in the Russian tradition', () => {
  it('keeps h where the country’s own Latin letters write it (Hajiyev, Rahimov)', () => {
    // «وقال حكمت حاجييف مساعد الرئيس الأذربيجاني»: Hikmet Hajiyev, not Khajiyev.
    expect(nameToEnglish('حكمت حاجييف', { country: 'AZ' })).toMatch(/ Hajiyev$/);
    expect(nameToEnglish('فيبا حاجييف', { country: 'TM' })).toMatch(/ Hajiyev$/);
  });
  it('writes kh for Uzbekistan, Tajikistan and Russia (Rakhimova)', () => {
    expect(nameToEnglish('زرينة رحيموفا', { country: 'TJ' })).toMatch(/ Rakhimova$/);
    expect(nameToEnglish('مختار رحيموف', { country: 'UZ' })).toMatch(/ Rakhimov$/);
  });
});
