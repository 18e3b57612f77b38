import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';
import { westAfricanFamilyName } from '../../lib/english/west-african';

describe('a southern Nigerian or Ghanaian family name that opens with a vowel and no list holds', () => {
  it('reads ي as e and و as o, as Yoruba, Igbo and Akan spelling writes them', () => {
    expect(westAfricanFamilyName('أديبايو')).toBe('Adebayo');
    expect(westAfricanFamilyName('أوييديلي')).toBe('Oyedele');
  });
  it('reads و before another vowel as w, and a final يي as ei', () => {
    expect(westAfricanFamilyName('أديوولي')).toBe('Adewole');
    expect(westAfricanFamilyName('أبلاكوا')).toBe('Ablakwa');
    expect(westAfricanFamilyName('أوسيي')).toBe('Osei');
  });
  it('in a whole name of a Nigerian or a Ghanaian', () => {
    expect(nameToEnglish('سولا أديبايو', { country: 'NG' })).toBe('Sola Adebayo');
    expect(nameToEnglish('تايو أوييديلي', { country: 'NG' })).toBe('Tayo Oyedele');
    expect(nameToEnglish('كوفي أوسيي', { country: 'GH' })).toMatch(/ Osei$/);
  });
  it('leaves East Africa’s Bantu names and the lists’ names alone', () => {
    expect(nameToEnglish('كيمي أديوسون', { country: 'KE' })).not.toMatch(/Adeoson/);
    expect(nameToEnglish('بيتر أوبي', { country: 'NG' })).toBe('Peter Obi');
    expect(nameToEnglish('عتيق أبو بكر', { country: 'NG' })).toMatch(/Abubakar$/);
  });
});
