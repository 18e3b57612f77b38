import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '../../lib/english/names';

// Names written for the test, of the shapes Nouakchott's press gives its officials.
describe("Mauritania's spelling of its officials' given names", () => {
  it('writes الأمين Lemine and the -ou names with e', () => {
    expect(nameToEnglish('محمد الأمين ولد الشيخ', { country: 'MR' })).toBe('Mohamed Lemine Ould Cheikh');
    expect(nameToEnglish('أحمدو ولد سيدي', { country: 'MR' })).toMatch(/^Ahmedou Ould /);
    expect(nameToEnglish('محمدو ولد سيدي', { country: 'MR' })).toMatch(/^Mohamedou Ould /);
  });
  it("keeps the Maghreb's Lamine elsewhere", () => {
    expect(nameToEnglish('محمد الأمين بن علي', { country: 'DZ' })).toMatch(/Lamine/);
  });
});
