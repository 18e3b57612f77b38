import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

describe('French le glued to a family name', () => {
  it('is Le before a name the lists know, whatever look-alike the whole has', () => {
    expect(nameToEnglish('جان إيف لودريان', { country: 'FR' })).toBe('Jean-Yves Le Drian');
    expect(nameToEnglish('مارين لوبان', { country: 'FR' })).toMatch(/ Le [A-Z]/);
  });
  it('is glued Le before a rest no list knows, not the o or u of the letters', () => {
    expect(nameToEnglish('بيار لوفيفر', { country: 'FR' })).toMatch(/ Le[a-z]+$/);
    expect(nameToEnglish('بيار لوفيفر', { country: 'FR' })).not.toMatch(/ L[ou]/);
  });
  it('keeps a whole family name a list knows', () => {
    expect(nameToEnglish('إميل لوبيه', { country: 'FR' })).toBe('Emile Loubet');
    expect(nameToEnglish('ميشال لوران', { country: 'FR' })).toBe('Michel Laurent');
  });
});
