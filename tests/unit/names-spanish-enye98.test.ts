import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('ي between ن and a long vowel is the ñ of a Spanish name', () => {
  it('writes ñ in a family name', () => {
    // h35/3624-alquds-ramallah-maliki-munoz.txt: «وزير خارجية تشيلي إيرالدو مونيوث» (Heraldo Muñoz; the و stays o).
    expect(nameToEnglish('إيرالدو مونيوث', { country: 'CL' })).toMatch(/ M.ñoz$/);
    // The Ecuadorian commander «نيلسون بروانيو» (Nelson Proaño) of the readable sets.
    expect(nameToEnglish('نيلسون بروانيو', { country: 'EC' })).toMatch(/ Bruaño$/);
    expect(nameToEnglish('ناديا كالفينيو', { country: 'ES' })).toBe('Nadia Calfiño');
  });
  it('leaves given names from the lists, another tradition and a word-initial ني', () => {
    expect(nameToEnglish('خوان أنطونيو كولوما', { country: 'CL' })).toBe('Juan Antonio Coloma');
    expect(nameToEnglish('ماريا يوجينيا لوبيز', { country: 'PA' })).toMatch(/^Maria Eugenia /);
    expect(nameToEnglish('دانيال نوبوا', { country: 'EC' })).toBe('Daniel Noboa');
    expect(nameToEnglish('ماريو مونتي', { country: 'IT' })).not.toMatch(/ñ/);
    expect(nameToEnglish('أنطونيو غوتيريش')).not.toMatch(/ñ/);
  });
});
