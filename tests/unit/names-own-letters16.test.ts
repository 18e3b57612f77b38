import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('a family name of a tradition with its own letters is not a foreign list’s look-alike', () => {
  it('reads a Kenyan or Ugandan family name by its letters, not as a French or English name', () => {
    expect(nameToEnglish('جوزيف كامو', { country: 'KE' })).not.toMatch(/Camus/);
    expect(nameToEnglish('جوزيف كامو', { country: 'KE' })).toMatch(/^Joseph Kam/);
    expect(nameToEnglish('إيستر كامو', { country: 'UG' })).not.toMatch(/Camus/);
  });
  it('reads a Turkish family name by Turkish letters', () => {
    expect(nameToEnglish('مراد كوتش', { country: 'TR' })).not.toMatch(/Couch/);
    expect(nameToEnglish('مراد كوتش', { country: 'TR' })).toMatch(/ Kuc$|Koç$/);
  });
  it('keeps a list spelling close to what the letters read (Museveni, Kenyatta, Kutesa)', () => {
    expect(nameToEnglish('يويري موسيفيني', { country: 'UG' })).toMatch(/Museveni$/);
    expect(nameToEnglish('أوهورو كينياتا', { country: 'KE' })).toBe('Uhuru Kenyatta');
    expect(nameToEnglish('سام كوتيسا', { country: 'UG' })).toMatch(/Kutesa$/);
  });
  it('leaves a Western country’s names to the list', () => {
    expect(nameToEnglish('ألبير كامو', { country: 'FR' })).toMatch(/Camus$/);
  });
});
