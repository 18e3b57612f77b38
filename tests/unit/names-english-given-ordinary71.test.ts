import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('English given names that the word list also holds, opening an English-speaking name', () => {
  it('reads the word as the given name it spells exactly', () => {
    // «قالت وزيرة الإعلام الزيمبابوية تشاريتي موتاسا …», «وأعلن النائب الكيني جافيت أوتينو …»
    expect(nameToEnglish('تشاريتي موتاسا', { country: 'ZW' })).toMatch(/^Charity /);
    expect(nameToEnglish('جافيت أوتينو', { country: 'KE' })).toMatch(/^Japhet /);
    expect(nameToEnglish('إيس ندلوفو', { country: 'ZA' })).toMatch(/^Ace /);
    expect(nameToEnglish('بيوتي باندا', { country: 'MW' })).toMatch(/^Beauty /);
  });
  it('leaves a word that is not the opening of a name, and an Arab name, alone', () => {
    expect(nameToEnglish('جافيت', { country: 'KE' })).not.toBe('Japhet');
    expect(nameToEnglish('سامي جافيت', { country: 'LB' })).not.toMatch(/Japhet/);
  });
});
