import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("A name of the world's common names in a story of a country with its own letters is the world's spelling", () => {
  it("does not read a visitor's Jerry or Rice by the Malay world's letters", () => {
    expect(nameToEnglish('ريتشارد رايس', { story: 'ID' })).toBe('Richard Rice');
    expect(nameToEnglish('جيري رايس', { home: 'MY' })).toBe('Jerry Rice');
  });
  it("leaves a name the country's own convention spells (Luis, not the world's Louis) to that convention", () => {
    expect(nameToEnglish('لويس غارسيا', { home: 'PE' })).toBe('Luis Garcia');
  });
});

describe('A single Wikidata sighting of a foreign-looking word that the western rules nearly read', () => {
  it('keeps the sighting where the rules miss a vowel or a letter', () => {
    expect(nameToEnglish('نغوزي تشينيدو', { country: 'NG' })).toBe('Ngozi Chinedu');
    expect(nameToEnglish('كريستيان توبيرا', { country: 'FR' })).toBe('Christian Taubira');
  });
  it("leaves a word with Arabic letters to the Arabic rules: one bearer's spelling is no name's", () => {
    expect(nameToEnglish('الحبيب بورقيبة', { country: 'TN' })).toBe('Habib Bourguiba');
  });
  it('leaves a sighting that doubles a letter the Arabic writes once to the rules', () => {
    expect(nameToEnglish('ساريتا', { country: 'ID' })).not.toBe('Saretta');
  });
});
