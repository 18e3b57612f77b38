import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: a headline that names the one who sent an envoy after the envoy's word without the article
// («يستقبل مبعوث بوتين»، «يلتقي موفد ماكرون»): a construct, the envoy was received, the one who sent him was not.
describe('findDelegations: the sender named after an indefinite envoy word', () => {
  it('seats the envoy, not the president the headline names after «مبعوث»', () => {
    const text = [
      'البرهان يستقبل مبعوث بوتين في بورتسودان',
      'استقبل رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان، الاثنين، في بورتسودان نائب وزير الخارجية الروسي ميخائيل بوغدانوف والوفد المرافق له.',
      'وحضر اللقاء من الجانب السوداني وزير الخارجية المكلف حسين عوض علي.',
    ].join('\n\n');
    const found = sides(text);
    expect(members(found)).not.toContain('بوتين');
    expect(sideOf(found, 'ميخائيل بوغدانوف')).toBeDefined();
    expect(sideOf(found, 'ميخائيل بوغدانوف')).not.toBe(sideOf(found, 'عبد الفتاح البرهان'));
  });
  it('does the same for «موفد»', () => {
    const text = [
      'عون يلتقي موفد ماكرون',
      'التقى الرئيس اللبناني ميشال عون اليوم في قصر بعبدا وزير الخارجية الفرنسي السابق جان إيف لودريان.',
      'وحضر اللقاء وزير الخارجية عبد الله بوحبيب.',
    ].join('\n\n');
    expect(members(sides(text))).not.toContain('ماكرون');
  });
});
