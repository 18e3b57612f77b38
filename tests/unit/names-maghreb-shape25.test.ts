import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("a Maghreb family name spells a name given no country the Maghreb's way", () => {
  it('reads Bou- glued to a family name as the Maghreb writes it', () => {
    // «قال الأمين العام للمنظمة عبد الحميد بوزيان …», an official with no country in a story of Geneva.
    expect(nameToEnglish('عبد الحميد بوزيان')).toMatch(/^Abdelhamid Bouz[ai]/);
    // (Even where the story's own country, Iran, lends its press to the other names.)
    expect(nameToEnglish('مسعود بوديبة', { story: 'IR' })).toMatch(/^Mas+oud Boudiba$/);
  });

  it('reads an article-less nisba in ق by the g of Algerian speech', () => {
    expect(nameToEnglish('رشيد مرزوقي')).toBe('Rachid Merzougui');
  });

  it('leaves names of other traditions alone', () => {
    // A list spells the nisba with q: South Asia's.
    expect(nameToEnglish('محمد صديقي')).not.toMatch(/gui$/);
    // A Christian given name: not a Maghreb name.
    expect(nameToEnglish('فلاديمير بوريسوف')).not.toMatch(/^Vladimir Bou/);
    // An Arab story keeps its own press: a Lebanese glued «بو».
    expect(nameToEnglish('الياس بوصعب', { home: 'LB' })).not.toMatch(/Bou/);
  });
});
