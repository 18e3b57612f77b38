import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

// Names written for the test, of the shapes the Senegalese, Guinean and Malian press gives its officials.
describe('the one-syllable family names of the French-speaking Sahel', () => {
  it('doubles the l of a closed -al and keeps Pulaar -ow', () => {
    expect(nameToEnglish('خليفة سال', { country: 'SN' })).toBe('Khalifa Sall');
    expect(nameToEnglish('عيسى فال', { country: 'GN' })).toBe('Issa Fall');
    expect(nameToEnglish('عائشة سو', { country: 'SN' })).toMatch(/ Sow$/);
    expect(nameToEnglish('مريم تال سال', { country: 'SN' })).toMatch(/ Tall Sall$/);
    expect(nameToEnglish('آمادو با', { country: 'ML' })).toBe('Amadou Ba');
  });
  it('leaves the same letters alone elsewhere', () => {
    expect(nameToEnglish('لي تشانغ لين', { country: 'CN' })).toMatch(/^Li /);
    expect(nameToEnglish('محمد فال ولد بلال', { country: 'MR' })).not.toMatch(/Fall/);
    expect(nameToEnglish('سال', { country: 'SN' })).toBe('Sall');
  });
});
