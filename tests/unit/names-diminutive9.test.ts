import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { diminutive } from '@/lib/english/transliterate';

describe('an Arab family name no list knows, of the diminutive fuʿayl, is read as one', () => {
  it('CCيC, with ة or the nisba ي', () => {
    expect(diminutive('دميس')).toBe('dumais');
    expect(diminutive('خفيجه')).toBe('khufaija');
    expect(diminutive('ظفيري')).toBe('zufairi');
    expect(diminutive('طريوي')).toBe('turaiwi');
    // Not other shapes.
    expect(diminutive('سلمان')).toBeNull();
    expect(diminutive('عبيد')).toBeNull();
  });
  it('in a family name (last word, or with the article), not a given name', () => {
    expect(nameToEnglish('سالم الدميس', { country: 'KW' })).toBe('Salem Al-Dumais');
    expect(nameToEnglish('سالم دميس', { country: 'IQ' })).toBe('Salem Dumais');
    expect(nameToEnglish('دميس سالم', { country: 'IQ' })).not.toMatch(/^Dumais/);
  });
});

describe('an Arab family name the rules spell is not given the Maghreb’s glued article', () => {
  it('الشريف is al-Sharif in the Mashriq, where Wikidata’s spelling is Acherif', () => {
    expect(nameToEnglish('حسين الشريف', { country: 'IQ' })).toBe('Hussein Al-Sharif');
    expect(nameToEnglish('حسين الشريف', { country: 'JO' })).not.toMatch(/Acherif/);
  });
});
