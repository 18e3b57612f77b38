import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// A Turk's family name of Arabic stock, written Turkey's way. (Invented holders.)
describe('a Turkish family name only an Arabic list spells', () => {
  it('takes Turkey’s letters where every syllable has its vowel', () => {
    expect(nameToEnglish('أحمد شاهين', { country: 'TR' })).toBe('Ahmet Sahin');
  });
  it('keeps the list’s spelling where the letters leave a syllable without one', () => {
    expect(nameToEnglish('يوسف ضياء', { country: 'TR' })).not.toMatch(/Dya$/);
  });
  it('is the Arab spelling for an Arab', () => {
    expect(nameToEnglish('أحمد شاهين', { country: 'EG' })).toMatch(/Shaheen$|Shahin$/);
  });
});
