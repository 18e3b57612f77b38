import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';

describe('a French family name ending in a stop and r', () => {
  it('gets back the mute e after the r, not before it', () => {
    expect(transliterateWord('ديلاتر', 'french')).toMatch(/tre$/);
    expect(transliterateWord('ساندر', 'french')).toMatch(/dre$/);
    expect(transliterateWord('بوكوانتر', 'french')).toMatch(/ntre$/);
  });
  it('keeps the -er of the other traditions', () => {
    expect(transliterateWord('ساندر', 'western')).toMatch(/der$/);
    expect(transliterateWord('ساندر', 'german')).toMatch(/der$/);
  });
  it('leaves a vowel before the r alone', () => {
    expect(transliterateWord('بونار', 'french')).toMatch(/ar$/);
  });
});

describe('a Turkish name opening أر before a consonant', () => {
  it('opens with Er', () => {
    expect(transliterateWord('أرسوي', 'turkish')).toMatch(/^er/);
    expect(transliterateWord('أردال', 'turkish')).toMatch(/^er/);
  });
  it('keeps A before a vowel letter and in other traditions', () => {
    expect(transliterateWord('أرينتش', 'turkish')).toMatch(/^ar/);
    expect(transliterateWord('أرمان', 'russian')).toMatch(/^ar/);
  });
});
