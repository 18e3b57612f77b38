import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("Afghanistan's names, which English writes as Pakistan's (Abdul apart, q, u), not Iran's", () => {
  it('writes عبد apart as Abdul and ق as q', () => {
    expect(nameToEnglish('عبد الغني برادر', { country: 'AF' })).toBe('Abdul Ghani Baradar');
    expect(nameToEnglish('عبد السلام حنفي', { country: 'AF' })).toBe('Abdul Salam Hanafi');
    expect(nameToEnglish('عبد القهار بلخي', { country: 'AF' })).toBe('Abdul Qahar Balkhi');
    expect(nameToEnglish('أمير خان متقي', { country: 'AF' })).toMatch(/ Matqi$/);
  });
  it('reads و between consonants as u, not the Persian v', () => {
    expect(nameToEnglish('محمد حسن آخوند', { country: 'AF' })).toMatch(/ Akhund$/);
  });
  it("leaves Iran's names to Persian letters", () => {
    expect(nameToEnglish('عبد الرضا رحماني فضلي', { country: 'IR' })).toMatch(/^Abdol/);
  });
});
