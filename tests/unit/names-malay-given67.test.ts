import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("the Malay world's given names, not the English names the world's list writes alike", () => {
  it('ends such a given name in -i and doubles no consonant', () => {
    // «وقال وزير الصحة الإندونيسي بودي غونادي …», «التقى السفير الإندونيسي تري …»
    expect(nameToEnglish('بودي غونادي', { country: 'ID' })).toMatch(/^Budi /);
    expect(nameToEnglish('تري سوكامتو', { country: 'ID' })).toMatch(/^Tri /);
    expect(nameToEnglish('روني هيرمان', { country: 'ID' })).toMatch(/^Roni /);
    expect(nameToEnglish('هاري سوبرابتو', { country: 'MY' })).toMatch(/^Hari /);
  });
  it('reads the honorific سري opening a name as Sri', () => {
    expect(nameToEnglish('سري مولياني إندراواتي', { country: 'ID' })).toMatch(/^Sri /);
    expect(nameToEnglish('سري ويهارتو', { story: 'ID' })).toMatch(/^Sri /);
  });
  it('leaves the Arab press its Sari and an Arab its listed name', () => {
    expect(nameToEnglish('سري الدين', { country: 'EG' })).not.toMatch(/^Sri/);
    expect(nameToEnglish('هاني شاكر', { country: 'EG' })).toBe('Hani Shaker');
  });
  it('leaves an Englishman his English given name', () => {
    expect(nameToEnglish('روني سميث', { country: 'GB' })).toMatch(/^Ronnie /);
  });
});
