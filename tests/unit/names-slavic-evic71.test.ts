import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('the South Slavic -ević that Arabic writes يفيتش', () => {
  it('writes it -evic, not -ivic', () => {
    // «قال وزير الداخلية الصربي دراغان كنيجيفيتش …», «وصرح النائب الكرواتي إيفو راديفيتش …»
    expect(nameToEnglish('دراغان كنيجيفيتش', { country: 'RS' })).toBe('Dragan Knijevic');
    expect(nameToEnglish('إيفو راديفيتش', { country: 'HR' })).toMatch(/ Radevic$/);
  });
  it('leaves -ović, a vowel before the ending, and Russia’s -evich alone', () => {
    expect(nameToEnglish('دراغان ماركوفيتش', { country: 'RS' })).toBe('Dragan Markovic');
    expect(nameToEnglish('ألكسندر لوكاشيفيتش', { country: 'BY' })).not.toMatch(/evic$/);
  });
});
