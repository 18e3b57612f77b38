import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { transliterateWord } from '@/lib/english/transliterate';
import { originOf } from '@/lib/english/origin';

describe('Pakistan and Bangladesh: Urdu and Bengali spellings of Arabic and Persian names', () => {
  it('the countries have a tradition of their own', () => {
    expect(originOf('PK')).toBe('southAsian');
    expect(originOf('BD')).toBe('southAsian');
  });
  it('common names as their press writes them (Muhammad, Mahmood, Ishaq, Arif, Asim)', () => {
    expect(nameToEnglish('شاه محمود قريشي', { country: 'PK' })).toBe('Shah Mahmood Qureshi');
    expect(nameToEnglish('إسحاق دار', { country: 'PK' })).toBe('Ishaq Dar');
    expect(nameToEnglish('خواجة محمد آصف', { country: 'PK' })).toBe('Khawaja Muhammad Asif');
    expect(nameToEnglish('عاصم منير', { country: 'PK' })).toBe('Asim Munir');
    expect(nameToEnglish('بلاول بوتو زرداري', { country: 'PK' })).toBe('Bilawal Bhutto Zardari');
    // The same names for an Arab keep the Arab press's spelling.
    expect(nameToEnglish('عاصم منير', { country: 'JO' })).not.toBe('Asim Munir');
  });
  it('Abdul apart, whether the Arabic joins it or not', () => {
    expect(nameToEnglish('عبد الحفيظ شيخ', { country: 'PK' })).toBe('Abdul Hafeez Sheikh');
    expect(nameToEnglish('عبدالستار أحمد', { country: 'BD' })).toMatch(/^Abdul Sattar /);
    expect(nameToEnglish('عبد الله شاه', { country: 'PK' })).toBe('Abdullah Shah');
  });
  it('the letter rules: the vowel after a long a is i, the nisba -vi, ث is s and ذ is z', () => {
    expect(transliterateWord('ناظم', 'southAsian')).toBe('nazim');
    expect(nameToEnglish('محسن نقوي', { country: 'PK' })).toBe('Mohsin Naqvi');
    expect(nameToEnglish('ثاقب نثار', { country: 'PK' })).toMatch(/^Saqib /);
    expect(nameToEnglish('نذير أحمد', { country: 'PK' })).toBe('Nazir Ahmed');
  });
});

describe('Nigeria and Ghana: Muslim names in their Hausa form', () => {
  it('Yakubu, Abubakar, Usman, Mahmood for a Nigerian or a Ghanaian; not for a Kenyan or an Arab', () => {
    expect(nameToEnglish('محمود يعقوب', { country: 'NG' })).toBe('Mahmood Yakubu');
    expect(nameToEnglish('أبو بكر مالامي', { country: 'NG' })).toBe('Abubakar Malami');
    expect(nameToEnglish('عثمان علي بيلو', { country: 'GH' })).toBe('Usman Ali Bello');
    expect(nameToEnglish('يعقوب حسن', { country: 'KE' })).not.toMatch(/^Yakubu/);
    expect(nameToEnglish('يعقوب حسن', { country: 'SA' })).not.toMatch(/^Yakubu/);
  });
});

describe('Iran: Abdol compounds and the letters Arabic writes for Persian ones', () => {
  it('عبد + the attribute is one word, Abdollah and Abdolreza', () => {
    expect(nameToEnglish('عبد الله نوري', { country: 'IR' })).toBe('Abdollah Nouri');
    expect(nameToEnglish('عبد الرضا أحمدي', { country: 'IR' })).toMatch(/^Abdolreza /);
  });
  it('-vand family names and a final -ang written نك', () => {
    expect(nameToEnglish('علي رضا بيرانوند', { country: 'IR' })).toMatch(/ Biranvand$/);
    expect(transliterateWord('دلوند', 'persian')).toMatch(/^d[ae]lvand$/);
    expect(transliterateWord('فرهنك', 'persian')).toBe('farhang');
    expect(nameToEnglish('هوشنك أحمدي', { country: 'IR' })).toMatch(/^Hushang /);
    // An Arab name ending so keeps its k.
    expect(transliterateWord('فرهنك', 'arab')).not.toBe('farhang');
  });
});

describe('An Iranian or Pakistani story: a name no dictionary knows is read as the home country writes it', () => {
  it('with no country given, the home decides for a name of unknown words, not for a Western one', () => {
    expect(nameToEnglish('هوشنك بازوند', { home: 'IR' })).toBe('Hushang Bazvand');
    expect(nameToEnglish('روبرت كولفيل', { home: 'IR' })).toMatch(/^Robert /);
    expect(nameToEnglish('محمد عبد الكلام', { home: 'BD' })).toBe('Muhammad Abdul Kalam');
  });
});

describe('a final -اة is -at (Najat, Hayat), -et in Tunisia and Algeria', () => {
  it('the ta marbuta after a long a is heard as t', () => {
    expect(transliterateWord('حياة', 'arab')).toBe('hayat');
    expect(nameToEnglish('نجاة حداد', { country: 'LB' })).toMatch(/^Najat /);
    expect(nameToEnglish('حياة الجبوري', { country: 'IQ' })).toMatch(/^Hayat /);
    expect(nameToEnglish('نجاة العلوي', { country: 'MA' })).toMatch(/^Najat /);
  });
  it('the Tunisian and Algerian press write -et', () => {
    expect(nameToEnglish('نجاة الطرابلسي', { country: 'TN' })).toMatch(/^Najet /);
    expect(nameToEnglish('حياة بلعيد', { country: 'DZ' })).toMatch(/^Hayet /);
  });
});
