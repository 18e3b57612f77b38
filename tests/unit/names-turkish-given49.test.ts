import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

// Names written for the test: a Turk's given name of Arabic stock in Turkey's spelling, not the Arab world's or France's.
describe("a Turk's given names of Arabic stock", () => {
  it('are spelt the Turkish way', () => {
    expect(nameToEnglish('موسى أوزدمير', { country: 'TR' })).toMatch(/^Musa /);
    expect(nameToEnglish('يونس أمره', { country: 'TR' })).toBe('Yunus Emre');
    expect(nameToEnglish('بكر بوزداغ', { country: 'TR' })).toMatch(/^Bekir /);
    expect(nameToEnglish('نهاد زيبكجي', { country: 'TR' })).toMatch(/^Nihat /);
    expect(nameToEnglish('فاطمة بتول صيان قايا', { country: 'TR' })).toMatch(/^Fatma Betul /);
  });
  it("leave an Arab's alone", () => {
    expect(nameToEnglish('موسى فقي محمد', { country: 'TD' })).not.toMatch(/^Musa /);
    expect(nameToEnglish('بكر الحكيم', { country: 'IQ' })).not.toMatch(/^Bekir/);
  });
});
