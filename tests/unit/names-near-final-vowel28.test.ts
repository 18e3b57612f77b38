import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// A family name no list knows whose reading ends in a vowel is not the look-alike a fuzzy search finds without that
// vowel: the vowel is a syllable of the name. (Invented names.)
describe('look-alikes that drop a final vowel', () => {
  it('keeps the final vowel of a Spanish or Portuguese family name', () => {
    expect(nameToEnglish('خوسيه موراليسا', { country: 'MX' })).toMatch(/a$/);
    expect(nameToEnglish('ماريا ماتيوسا', { country: 'PE' })).toMatch(/a$/);
    expect(nameToEnglish('باولو رويسا', { country: 'BR' })).toMatch(/a$/);
  });
  it('still takes a look-alike that ends as the reading does', () => {
    expect(nameToEnglish('شاكيلا أوموتوني', { country: 'RW' })).toMatch(/^Shakila /);
  });
});
