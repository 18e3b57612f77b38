import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: a host whose title names no country meets an organisation's director «بمكتبه اليوم» (at his
// office, today). What comes after «بمكتبه» or «اليوم» names the one met, never the host's own body.
describe('findDelegations: «بمكتبه» and «اليوم» after the host\'s name', () => {
  for (const between of ['بمكتبه اليوم', 'اليوم']) {
    it(`keeps the host off the guest's organisation (${between})`, () => {
      const text = [
        'وزير الزراعة يلتقي ممثل منظمة الأغذية والزراعة',
        `الخرطوم (سونا)- التقى وزير الزراعة والغابات الدكتور حسن عمر بشير ${between} ممثل منظمة الأغذية والزراعة بالسودان السيد بيتر مارتنز والوفد المرافق له.`,
      ].join('\n\n');
      const found = sides(text);
      expect(sideOf(found, 'بيتر مارتنز')).toBeDefined();
      expect(sideOf(found, 'حسن عمر بشير')).not.toBe(sideOf(found, 'بيتر مارتنز'));
    });
  }
});
