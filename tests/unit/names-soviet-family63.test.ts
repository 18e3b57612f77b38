import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// A Soviet-era family name tells the tradition of a name whose given names are of Arabic stock, for a person the article
// gives no country (Azerbaijan's, Central Asia's, the Caucasus's officials). (Invented names.)
describe('a Soviet family name under given names of Arabic stock, no country given', () => {
  it('reads the family name in -ov, -ova and -yev the Russian way, not as an Arab name', () => {
    expect(nameToEnglish('حكمت سليموف')).toMatch(/ Salimov$/);
    expect(nameToEnglish('عليخان بيراموف')).toBe('Alikhan Bayramov');
    expect(nameToEnglish('فريد عزيزييف')).toMatch(/yev$/);
  });
  it('opens a word of Arabic stock with its a where the Soviet reading dropped the ع', () => {
    expect(nameToEnglish('عليخان كريموف', { country: 'KZ' })).toMatch(/^Alikhan /);
  });
  it('leaves an Arab family name in وف on a stem of three alone', () => {
    expect(nameToEnglish('أمين معلوف')).toBe('Amin Maalouf');
    expect(nameToEnglish('جورج مخلوف')).toMatch(/ Makhlouf$/);
  });
});
