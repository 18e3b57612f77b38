import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Maghreb names: the French letters of its press on names a dictionary spells the Gulf way', () => {
  it('ch for ش and k for ق in Tunisia, Morocco, Algeria and Mauritania', () => {
    // (Its و inside a name is ou since round 67: Chaouki.)
    expect(nameToEnglish('شوقي العبيدي', { country: 'TN' })).toMatch(/^Chaouki /);
    expect(nameToEnglish('هشام الفراتي', { country: 'MA' })).toMatch(/^Hichem |^Hicham /);
    expect(nameToEnglish('عبد القادر بلقاسم', { country: 'DZ' })).not.toMatch(/q/i);
    // The Gulf keeps its own.
    expect(nameToEnglish('شوقي العبيدي', { country: 'SA' })).toMatch(/^Shawki /);
  });
  it('a single s between vowels is ss, ee is i', () => {
    expect(nameToEnglish('موسى الحبيب', { country: 'TN' })).toMatch(/^Moussa /);
    expect(nameToEnglish('شكيب العلوي', { country: 'MA' })).toMatch(/^Chakib /);
  });
  it("Algeria's press writes ج dj", () => {
    expect(nameToEnglish('جمال بلحاج', { country: 'DZ' })).toMatch(/^Djamel /);
    expect(nameToEnglish('عبد المجيد سلال', { country: 'DZ' })).toMatch(/^Abdelmadjid /);
    // Tunisia's writes j.
    expect(nameToEnglish('جمال بلحاج', { country: 'TN' })).toMatch(/^Jamel /);
  });
});

describe("Mauritania's and the Maghreb's own forms", () => {
  it('Mint for بنت and Abdallahi in Mauritania', () => {
    expect(nameToEnglish('خديجة بنت محمد', { country: 'MR' })).toMatch(/ Mint Mohamed$/);
    expect(nameToEnglish('محمدو ولد عبد الله', { country: 'MR' })).toMatch(/ Ould Abdallahi$/);
    // Elsewhere bint stays, and the Gulf keeps Abdullah.
    expect(nameToEnglish('خديجة بنت محمد', { country: 'SA' })).toMatch(/ bint /);
    expect(nameToEnglish('عبد الله الزهراني', { country: 'SA' })).toMatch(/^Abdullah /);
  });
  it('عبد الله is Abdallah in Tunisia, Algeria and Morocco', () => {
    expect(nameToEnglish('عبد الله الجبالي', { country: 'TN' })).toMatch(/^Abdallah /);
    expect(nameToEnglish('عبدالله بلقاسم', { country: 'DZ' })).toMatch(/^Abdallah /);
  });
});

describe("Mauritania's final ou", () => {
  it('a name a dictionary ends in u ends in ou', () => {
    expect(nameToEnglish('أحمدو ولد سالم', { country: 'MR' })).toMatch(/^Ahm[ae]dou /);
  });
});
