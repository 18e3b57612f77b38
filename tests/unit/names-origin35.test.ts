import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

describe('a Turkish -oğlu family name tells Turkey under Arabic given names', () => {
  it('reads the given name the Turkish way with no country given', () => {
    expect(nameToEnglish('أحمد داود أوغلو')).toBe('Ahmet Davutoglu');
    expect(nameToEnglish('محمد كمال أوغلو').startsWith('Mehmet ')).toBe(true);
  });
  it('leaves an Arab name with the article alone', () => {
    expect(nameToEnglish('محمد الأوغلو').startsWith('Mohammed')).toBe(true);
  });
});

describe("Russia's and Central Asia's sh for ش in a given name", () => {
  it('writes Rashid and Shamil, not the French Rachid and Chamil', () => {
    expect(nameToEnglish('رشيد نورغالييف', { country: 'RU' })).toBe('Rashid Nurgaliyev');
    expect(nameToEnglish('رشيد مريدوف', { country: 'TM' }).startsWith('Rashid ')).toBe(true);
  });
  it('leaves the Maghreb its ch', () => {
    expect(nameToEnglish('رشيد الطالبي', { country: 'MA' }).startsWith('Rachid')).toBe(true);
  });
});

describe("a Muslim's name of French-speaking Africa in a story of its country", () => {
  it('reads the Arabic given name the French way when the family name is no Arabic one', () => {
    expect(nameToEnglish('عثمان سونكو', { home: 'SN' })).toBe('Ousmane Sonko');
  });
  it('leaves an Arab visitor with an Arabic family name alone', () => {
    expect(nameToEnglish('عثمان الخطيب', { home: 'SN' })).not.toMatch(/^Ousmane/);
    expect(nameToEnglish('عثمان حسن', { home: 'SN' })).not.toMatch(/^Ousmane/);
  });
});
