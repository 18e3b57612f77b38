import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

describe('Wolof family names of the Sahel', () => {
  it('reads a later word as the family name, not the given name the French table holds', () => {
    expect(nameToEnglish('مامادو غي', { country: 'SN' })).toBe('Mamadou Gueye');
    expect(nameToEnglish('أمادو سيك', { country: 'SN' })).toBe('Amadou Seck');
    expect(nameToEnglish('إبراهيما انجاي', { country: 'SN' })).toMatch(/ Ndiaye$/);
    expect(nameToEnglish('مامادو ثيام', { country: 'ML' })).toBe('Mamadou Thiam');
  });
  it('leaves the first word a given name', () => {
    expect(nameToEnglish('غي مارسيل', { country: 'SN' })).toMatch(/^Guy /);
  });
  it('spells the Sahel given names the French way', () => {
    expect(nameToEnglish('عيساتا سو', { country: 'SN' })).toBe('Aissata Sow');
    expect(nameToEnglish('عبدولاي كامارا', { country: 'GN' })).toMatch(/^Abdoulaye /);
    expect(nameToEnglish('سيدو با', { country: 'SN' })).toBe('Seydou Ba');
  });
});

describe('the Bible’s names in East and Southern Africa', () => {
  it('are English beside an African family name', () => {
    expect(nameToEnglish('موسى كيبتو', { country: 'KE' })).toMatch(/^Moses /);
    expect(nameToEnglish('إيسو موانغي', { country: 'ZM' })).toMatch(/^Esau /);
    expect(nameToEnglish('إسحاق موانغي', { country: 'UG' })).toMatch(/^Isaac /);
  });
  it('are not beside an Arabic name, nor in Nigeria', () => {
    expect(nameToEnglish('موسى حسن', { country: 'KE' })).not.toMatch(/^Moses/);
    expect(nameToEnglish('موسى كيبتو', { country: 'NG' })).toMatch(/^Musa /);
  });
});
