import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { arabicSpellings, englishGivenName } from '@/lib/english/english-given';

describe('English given names the name lists lack, generated in their Arabic news spellings', () => {
  it('spells an English name the Arabic way, first choices cheapest', () => {
    expect(arabicSpellings('Grace').get('غريس')).toBe(0);
    expect(arabicSpellings('Patience').has('باتينس')).toBe(true);
    expect(arabicSpellings('Rosemary').has('روزماري')).toBe(true);
  });

  it('maps the Arabic spelling back to the English name', () => {
    expect(englishGivenName('بليسينغ')).toBe('Blessing');
    expect(englishGivenName('غيفت')).toBe('Gift');
    expect(englishGivenName('بيشنس')).toBe('Patience');
  });

  it('gives English-speaking Africa its officials\' English given names', () => {
    expect(nameToEnglish('بليسينغ شيبيرو', { country: 'ZW' })).toMatch(/^Blessing /);
    expect(nameToEnglish('بيشنس تشيريوا', { country: 'ZM' })).toMatch(/^Patience /);
    expect(nameToEnglish('روزماري كاروانجا', { country: 'KE' })).toMatch(/^Rosemary /);
    expect(nameToEnglish('لافنيس مويو', { country: 'ZW' })).toMatch(/^Loveness /);
  });

  it('leaves an Arab\'s name and the lists\' names alone', () => {
    expect(nameToEnglish('نادين حداد', { country: 'JO' })).toMatch(/^Nadine /);
    expect(nameToEnglish('سامي الجابر', { country: 'SA' })).toMatch(/^Sami /);
    expect(nameToEnglish('جون كيبتوم', { country: 'KE' })).toMatch(/^John /);
  });

  it('reads only the opening word as an English given name, not a Vietnamese middle name', () => {
    expect(nameToEnglish('فام داي هونغ')).not.toMatch(/Doe/);
  });
});
