import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('a name of an official of India, Nepal, Sri Lanka or Bhutan that no list holds', () => {
  it('reads ف as v, which those languages write where Arabic has its f (Vijay, Shivani, Viramantri)', () => {
    expect(nameToEnglish('شيفاني بوشكار', { country: 'NP' })).toMatch(/^Shivani /);
    expect(nameToEnglish('كوسوم فيرامانتري', { country: 'LK' })).toMatch(/ Viramantri$/);
  });

  it('reads ك as k and a و between consonants as their short u (Kundurkar, not Condorcar)', () => {
    expect(nameToEnglish('فيجاي كوندوركار', { country: 'IN' })).toBe('Vijay Kundurkar');
  });

  it('leaves the words a list spells, and the names of other countries, as they were', () => {
    expect(nameToEnglish('رانيل ويكريمسينغه', { country: 'LK' })).toBe('Ranil Wickremesinghe');
    expect(nameToEnglish('محمد فاروق', { country: 'IN' })).toBe('Mohamed Farouk');
    expect(nameToEnglish('فيجاي كوندوركار', { country: 'ZA' })).toBe('Vijay Condorcar');
  });

  it("leaves a Muslim's name alone, whose Arabic and Persian words keep their f (Shafiq, Aref)", () => {
    expect(nameToEnglish('عارف محمد خان', { country: 'IN' })).toMatch(/^Aref /);
    expect(nameToEnglish('شفيق الرحمن برق', { country: 'IN' })).toMatch(/^Shafiq /);
  });
});
