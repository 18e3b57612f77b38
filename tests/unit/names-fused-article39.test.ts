import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("a list spelling that fuses the article's l to a stem opening with ع (Lamari for العماري)", () => {
  it('is the article outside the Maghreb: Al- and the stem, not Al-Lamari', () => {
    expect(nameToEnglish('أحمد العماري', { country: 'SA' })).toBe('Ahmed Al-Amari');
    expect(nameToEnglish('أحمد العموري', { country: 'IQ' })).toBe('Ahmed Al-Aamouri');
  });
  it("keeps the Maghreb press's own fused spelling", () => {
    expect(nameToEnglish('إلياس العماري', { country: 'MA' })).toBe('Ilyas Lamari');
  });
  it('leaves a stem that opens with a consonant alone', () => {
    expect(nameToEnglish('سامي العمر', { country: 'LB' })).toBe('Sami Al-Omar');
    expect(nameToEnglish('أحمد العلي', { country: 'KW' })).toBe('Ahmed Al-Ali');
  });
});
