import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';
import { arabicSpellings } from '../../lib/english/english-given';

describe('an English given name’s s between vowels, which the press writes ز', () => {
  it('is the usual spelling of the z sound', () => {
    expect(arabicSpellings('moses').get('موزيس')).toBe(0);
    expect(arabicSpellings('rosie').get('روزي')).toBe(0);
  });
  it('reads the given name of an English-speaking African or Westerner', () => {
    expect(nameToEnglish('موزيس كاريوكي', { country: 'KE' })).toMatch(/^Moses /);
    expect(nameToEnglish('موزيس براون', { country: 'US' })).toBe('Moses Brown');
  });
  it('keeps the س spelling of the name', () => {
    expect(nameToEnglish('جوزيف براون', { country: 'US' })).toBe('Joseph Brown');
    expect(nameToEnglish('ليزا مونرو', { country: 'US' })).toMatch(/^Lisa /);
  });
});
