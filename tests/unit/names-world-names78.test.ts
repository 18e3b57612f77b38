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
