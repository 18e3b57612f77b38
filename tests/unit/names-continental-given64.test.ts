import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// Continental Europe's and Latin America's names against the foreign list's spellings of another language
// (invented names).
describe('a continental given name the foreign list writes in another language', () => {
  it('keeps the spelling the English list shares with Spanish, Italian and German (Nadia, not Nadja)', () => {
    expect(nameToEnglish('ناديا مورينو', { country: 'ES' })).toBe('Nadia Moreno');
    expect(nameToEnglish('ناديا فيراري', { country: 'IT' })).toBe('Nadia Ferrari');
    expect(nameToEnglish('ناديا شميت', { country: 'DE' })).toMatch(/^Nadia /);
  });
  it('leaves a given name that is English already alone', () => {
    expect(nameToEnglish('كارين لوبيز', { country: 'MX' })).toBe('Karen Lopez');
  });
});

describe('a continental family name whose spelling variant is an English given name', () => {
  it('reads the family name by its letters, not as the given name (Carion, not Karen)', () => {
    expect(nameToEnglish('خوسيه كاريون', { country: 'ES' })).toBe('Jose Carion');
  });
});
