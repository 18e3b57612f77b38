import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("a list's soft c is the s the letters of an African family name read", () => {
  it('keeps the French spelling a list gives a Rwandan family name', () => {
    // «وزير الدولة الرواندي إيغور سيزار»: Igor César, not Sizar.
    expect(nameToEnglish('إيغور سيزار', { country: 'RW' })).toBe('Igor Cesar');
  });

  it('still reads by the letters a list spelling far from them', () => {
    expect(nameToEnglish('فنسنت بيروتا', { country: 'RW' })).toBe('Vincent Biruta');
  });

  it("leaves Turkey's c, another sound, alone", () => {
    expect(nameToEnglish('أحمد كوتش', { country: 'TR' })).toMatch(/ Ku[cç]$/);
  });
});
