import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';

describe('Turkish و', () => {
  it('after a is v: Turkish has no au', () => {
    expect(transliterateWord('طاوشان', 'turkish')).toMatch(/^tav/);
    expect(transliterateWord('ساوجي', 'turkish')).toMatch(/^sav/);
  });
  it('is o in the first syllable and u after it', () => {
    expect(transliterateWord('بوزكورت', 'turkish')).toBe('bozkurt');
    expect(transliterateWord('يوروك', 'turkish')).toBe('yoruk');
  });
  it('is u at the end of a word', () => {
    expect(transliterateWord('سويلو', 'turkish')).toMatch(/u$/);
  });
  it('keeps the other traditions’ readings', () => {
    expect(transliterateWord('بوزكورت', 'arab')).not.toBe('bozkurt');
    expect(transliterateWord('ساوجي', 'western')).not.toMatch(/^sav/);
  });
});
