import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("the Maghreb's press writes its people's family names the French way", () => {
  it('reads a consonant + وي before a consonant as oui', () => {
    // «النائب أحمد التويزي» in a Moroccan story: Touizi, not the Gulf's Tawizi.
    expect(nameToEnglish('أحمد التويزي', { home: 'MA' })).toMatch(/Touizi$/);
    expect(nameToEnglish('كريم تويزي', { country: 'TN' })).toMatch(/ Touizi$/);
  });

  it("keeps the Gulf's reading of the same letters", () => {
    expect(nameToEnglish('أحمد التويزي', { country: 'SA' })).not.toMatch(/oui/);
  });

  it('reads a ف a foreign list spells ph by its letters', () => {
    // «وزيرة التعليم العالي هدى إيمان فرعون» in an Algerian story: Feraoun, not the French pharaon.
    expect(nameToEnglish('هدى إيمان فرعون', { country: 'DZ' })).toMatch(/ Feraoun$/);
    // Outside the Maghreb, the list's spelling stands (Lebanon's Pharaon family).
    expect(nameToEnglish('هنري فرعون', { country: 'LB' })).toMatch(/ Pharaon$/);
  });
});
