import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';

describe('Turkish و after a', () => {
  it('is v: Turkish has no au', () => {
    expect(transliterateWord('طاوشان', 'turkish')).toMatch(/^tav/);
    expect(transliterateWord('ساوجي', 'turkish')).toMatch(/^sav/);
    expect(transliterateWord('كاوجي', 'turkish')).toBe('kavci');
  });
  it('keeps the other traditions’ readings', () => {
    expect(transliterateWord('ساوجي', 'western')).not.toMatch(/^sav/);
    expect(transliterateWord('ساوجي', 'arab')).not.toMatch(/^sav/);
  });
});
