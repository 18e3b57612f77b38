import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("the Maghreb's press spells its people's names the French way, not by an English look-alike of a foreign list", () => {
  it('reads a family name a foreign list spells the English way by its letters', () => {
    // «صرّح والي الولاية حسين تومي …»: Toumi, not Tommy.
    expect(nameToEnglish('حسين تومي', { country: 'DZ' })).toMatch(/ Toumi$/);
    // A Moroccan official: Sebik/Sabik, not Speke.
    expect(nameToEnglish('كمال سبيك', { country: 'MA' })).toMatch(/ S[ae]bik$/);
  });

  it('reads a given name with the feminine ending with its final vowel', () => {
    // «أعلنت الوزيرة مونية الحمدي …» in Tunis: Mounia/Mouniya, not Monet.
    expect(nameToEnglish('مونية بن علي', { country: 'TN' })).toMatch(/^Mouni/);
  });

  it("keeps a West African's name the list spells near its letters", () => {
    expect(nameToEnglish('أمادو ديالو', { country: 'DZ' })).toMatch(/Diallo$/);
  });
});
