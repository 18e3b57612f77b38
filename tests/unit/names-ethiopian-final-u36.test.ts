import { describe, expect, it } from 'vitest';
import { transliterateWord } from '../../lib/english/transliterate';
import { nameToEnglish } from '../../lib/english/names';

describe('an Amharic or Tigrinya name ends in -u after a consonant', () => {
  it('reads the final و as u', () => {
    expect(transliterateWord('غيدو', 'ethiopian')).toBe('gedu');
    expect(transliterateWord('ألمو', 'ethiopian')).toBe('almu');
    expect(transliterateWord('هايلو', 'ethiopian')).toBe('haylu');
  });
  it('in a whole name of an Ethiopian story', () => {
    expect(nameToEnglish('غيدو أندارغاشيو', { country: 'ET' })).toMatch(/^Gedu /);
    expect(nameToEnglish('مولاتو تيشومي', { country: 'ET' })).toBe('Mulatu Teshome');
  });
  it('keeps the -o of other traditions and a final و after a vowel', () => {
    expect(transliterateWord('غيدو', 'somali')).toMatch(/o$/);
    expect(transliterateWord('أوبوندو', 'african')).toMatch(/o$/);
  });
});

describe('a Tigrinya or Amharic name’s ع after a consonant', () => {
  it('is the vowel a, as in an English-speaking African’s name', () => {
    expect(transliterateWord('سعري', 'ethiopian')).toBe('sare');
    expect(nameToEnglish('سعري مكونن', { country: 'ER' })).toMatch(/^Sare /);
  });
  it('leaves an Eritrean’s Arabic name to the Arabic rules', () => {
    expect(nameToEnglish('عثمان صالح', { country: 'ER' })).toBe('Osman Saleh');
  });
});
