import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// Bangladesh's press joins a given name to the ال-word of its compound. (Invented holders of common names.)
describe('a Bangladeshi compound given name', () => {
  it('joins with -ul, or the sun letter the article takes', () => {
    expect(nameToEnglish('شفيق الإسلام', { country: 'BD' })).toBe('Shafiqul Islam');
    expect(nameToEnglish('عبيد القادر', { country: 'BD' })).toMatch(/^Obaidul Q/);
    expect(nameToEnglish('حبيب الرحمن', { country: 'BD' })).toBe('Habibur Rahman');
  });
  it('glues الزمان whole and leaves الدين to its own join', () => {
    expect(nameToEnglish('أسد الزمان خان', { country: 'BD' })).toBe('Asaduzzaman Khan');
    expect(nameToEnglish('محمد شهاب الدين', { country: 'BD' })).toMatch(/^Muhammad Sh[ae]habuddin$/);
  });
  it('is not applied to an Arab name with the article', () => {
    expect(nameToEnglish('عبيد القادر', { country: 'SA' })).toMatch(/ Al-Qadir$/);
  });
});
