import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { findOfficials } from '@/lib/officials';

describe('Armenian family names in «-يان»', () => {
  it('end in -yan, and «-ويان» in -oyan, for Armenia', () => {
    expect(nameToEnglish('أرمين سركيسيان', { country: 'AM' })).toBe('Armin Sargsyan');
    expect(nameToEnglish('إدوارد نالبانديان', { country: 'AM' })).toBe('Edward Nalbandyan');
    expect(nameToEnglish('أرارات ميرزويان', { country: 'AM' })).toMatch(/oyan$/);
    expect(nameToEnglish('روبرت كوتشاريان', { country: 'AM' })).toBe('Robert Kocharyan');
  });

  it('write Armenia\'s ك as k', () => {
    expect(nameToEnglish('زوهراب مناتساكانيان', { country: 'AM' })).toBe('Zohrab Mnatsakanyan');
  });

  it('through the nationality of the title', () => {
    const o = findOfficials('والتقى وزير الخارجية الأرميني زوهراب مناتساكانيان نظيره الروسي.');
    expect(o.map((x) => x.name_en)).toContain('Zohrab Mnatsakanyan');
  });

  it('leave other countries\' «-يان» names alone', () => {
    expect(nameToEnglish('إدوارد نالبانديان', { country: 'US' })).not.toMatch(/yan$/);
  });
});
