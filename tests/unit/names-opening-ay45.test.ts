import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('a name opening أي, whatever its tradition', () => {
  it('opens with a, as the press writes Ayaz, Ayalew, Aidar (a foreign I is written إي)', () => {
    expect(nameToEnglish('عبد الله أياز', { country: 'TR' })).toBe('Abdullah Ayaz');
    expect(nameToEnglish('سردار أياز صادق', { country: 'PK' })).toMatch(/^Sardar Ayaz /);
    expect(nameToEnglish('أمديي أيالو فانتا', { country: 'ET' })).toMatch(/ Ayal/);
  });

  it('leaves the Arab Ayman and a name the lists know (Ivanka) as they were', () => {
    expect(nameToEnglish('أيمن الصفدي', { country: 'JO' })).toMatch(/^Ayman /);
    expect(nameToEnglish('أيفانكا ترامب', { country: 'US' })).toBe('Ivanka Trump');
  });
});
