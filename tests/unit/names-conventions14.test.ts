import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('a foreign list’s word that misreads an Arab family name', () => {
  it('keeps the gh of غ and the letters the rules read', () => {
    expect(nameToEnglish('سلمى محمد الكواري', { country: 'QA' })).toMatch(/^Salma Mohamm?ed Al-K[au]wari$/);
    expect(nameToEnglish('فهد الغالي', { country: 'KW' })).toBe('Fahd Al-Ghali');
  });
});

describe('Morocco keeps the article of a family name as El', () => {
  it('El before the family name, none before the given name', () => {
    expect(nameToEnglish('سميرة الغالي', { country: 'MA' })).toBe('Samira El Ghali');
    expect(nameToEnglish('الحبيب الخلفي', { country: 'MA' })).toMatch(/^Habib El Kh[ae]lfi$/);
    expect(nameToEnglish('حسن الزرقي', { country: 'MA' })).toBe('Hassan Zarki'); // (not before a sun letter: Tamni, Samadi, Terrab in every gold)
  });
  it('Tunisia still drops it', () => {
    expect(nameToEnglish('سميرة الغالي', { country: 'TN' })).toMatch(/^Samira Gh[ae]li$/);
  });
});

describe('Lebanon drops the article of a family name', () => {
  it('but not before a stem that is a given name', () => {
    expect(nameToEnglish('رندة الحايك', { country: 'LB' })).toMatch(/^Randa Hayek$/);
    expect(nameToEnglish('مروان الحريري', { country: 'LB' })).toBe('Marwan Hariri');
    expect(nameToEnglish('سمر البستاني', { country: 'LB' })).toMatch(/^Samar Boustan[iy]$/);
    expect(nameToEnglish('سمير اللقيس', { country: 'LB' })).toMatch(/^Samir Al-/);
    expect(nameToEnglish('منى الحسن', { country: 'LB' })).toMatch(/^M[ou]na Al-Hassan$/);
  });
});

describe('Central Asia writes ج as J', () => {
  it('Kyrgyz, Uzbek, Tajik j; Russian zh', () => {
    expect(nameToEnglish('أزمات جاكيبوف', { country: 'KG' })).toMatch(/ Jakibov$/);
    expect(nameToEnglish('باخرام جوراييف', { country: 'UZ' })).toMatch(/ J[ou]ra/);
    expect(nameToEnglish('ديمتري جاكيبوف', { country: 'RU' })).toMatch(/ Zhakibov$/);
  });
});

describe('East African names are read by their letters, not by a near Western name', () => {
  it('Mw, not a Melo', () => {
    expect(nameToEnglish('غريس مويلو', { country: 'KE' })).toMatch(/ Mwil[ou]$/);
  });
});
