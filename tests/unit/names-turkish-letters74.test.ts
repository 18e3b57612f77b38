import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { turkishLookAlike } from '@/lib/english/turkish-look-alike';

describe('Turkish name words no list spells, in Turkish letters', () => {
  it('keeps the letter reading where a foreign look-alike changes a consonant or drops a vowel Arabic wrote', () => {
    // «وقال وزير الداخلية التركي أحمد كوروم …»: Kurum, not the English Crum; «يوروك» Yürük, not York.
    expect(nameToEnglish('أحمد كوروم', { country: 'TR' })).toBe('Ahmet Kurum');
    expect(nameToEnglish('حسن يوروك', { country: 'TR' })).toMatch(/ Yuruk$/);
  });
  it('gives no e to a word written with the back-vowel letters ط ق ص ض ظ (Altun, Kıran; not Elton, Kieran)', () => {
    expect(nameToEnglish('أمره ألطون', { country: 'TR' })).toMatch(/ Altun$/);
    expect(nameToEnglish('علي قيران', { country: 'TR' })).toMatch(/ Kiran$/);
  });
  it('writes ف after a word\'s first letter v (Yavaş, Güven, Avsever)', () => {
    expect(nameToEnglish('عمر غوفن', { country: 'TR' })).toMatch(/ Guven$/);
    expect(nameToEnglish('خليل يافاش', { country: 'TR' })).toMatch(/ Yavas$/);
  });
  it('accepts a look-alike that only adds the vowels Arabic leaves out or spells a vowel y', () => {
    expect(turkishLookAlike('Kahraman', 'khrman', 'قهرمان')).toBe(true);
    expect(turkishLookAlike('Soylu', 'soilu', 'صويلو')).toBe(true);
    expect(turkishLookAlike('Crum', 'kurum', 'كوروم')).toBe(false);
    expect(turkishLookAlike('Taurus', 'turus', 'طوروس')).toBe(false);
  });
  it('leaves an Arab\'s name with the same letters alone', () => {
    expect(nameToEnglish('محمد يافاش', { country: 'SA' })).not.toMatch(/Yavas/);
  });
});
