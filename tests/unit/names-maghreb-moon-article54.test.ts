import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("Tunisia's and Algeria's press drop the article before a moon consonant and write a final ي as i", () => {
  it("drops the article a list glues to a short family name opening with a moon consonant", () => {
    // A list's glued «elfiky» is Egypt's print; a Tunisian minister الفقي is Feki or Fiki, not Elfiky.
    expect(nameToEnglish('محمد الفقي', { country: 'TN' })).toMatch(/^Mohamed F[ie]k[iy]$/);
    expect(nameToEnglish('حمادي الجبالي', { country: 'TN' })).toMatch(/ Jebali$/);
  });

  it('keeps the article a stem fuses or assimilates (ع, ل, a sun letter)', () => {
    expect(nameToEnglish('الحبيب الصيد', { country: 'TN' })).toMatch(/ Essid$/);
    expect(nameToEnglish('أحمد العلوي', { country: 'MA' })).toMatch(/ Alaoui$/);
  });

  it("writes Egypt's final y after a consonant as i", () => {
    expect(nameToEnglish('فتحي بن سالم', { country: 'TN' })).toMatch(/^Fet?hi /);
    expect(nameToEnglish('شكري حمدي', { country: 'DZ' })).not.toMatch(/y\b/);
  });

  it("leaves Morocco's glued spellings and Egypt's own print alone", () => {
    expect(nameToEnglish('محمد الفقي', { country: 'EG' })).toMatch(/Fiqi|Fiky|Feki|Fiki/);
    expect(nameToEnglish('محمد الفقي', { country: 'MA' })).toMatch(/El ?fik[iy]$/i);
  });
});
