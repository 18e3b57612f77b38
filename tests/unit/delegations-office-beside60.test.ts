import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: two list items the lists lost. One titled by the office of the king or president whose
// delegation it is («ومدير مكتب الملك X»: X heads the office, he is not the king), and one added by «، إلى جانب …»
// whose title names a country («والي ولاية …»: «جانب» there is the preposition, not a side).
describe('findDelegations: the head of a leader\'s office, and «إلى جانب» in a list', () => {
  it('seats the director of the king\'s office who ends a list', () => {
    const text = [
      'قمة ثنائية في العقبة',
      'عقد العاهل الأردني الملك عبدالله الثاني والرئيس المصري عبد الفتاح السيسي قمة في العقبة اليوم.',
      'ويرافق العاهل الأردني وزير الخارجية أيمن الصفدي، ومدير مكتب الملك يوسف العيسوي.',
      'ويرافق الرئيس المصري وزير الخارجية سامح شكري.',
    ].join('\n\n');
    const found = sides(text);
    expect(members(found)).toContain('يوسف العيسوي');
    expect(sideOf(found, 'يوسف العيسوي')).toBe(sideOf(found, 'أيمن الصفدي'));
  });
  it('reads on past «، إلى جانب» when the title after it names the country', () => {
    const text = [
      'الرئيس التونسي يصل إلى الجزائر',
      'وصل الرئيس التونسي قيس سعيد إلى الجزائر اليوم في زيارة رسمية تستغرق يومين.',
      'وكان في استقباله بالمطار الرئيس الجزائري عبد المجيد تبون، ووزير الداخلية إبراهيم مراد، إلى جانب وزير الخارجية الجزائري أحمد عطاف.',
    ].join('\n\n');
    const found = sides(text);
    expect(members(found)).toContain('أحمد عطاف');
    expect(sideOf(found, 'أحمد عطاف')).toBe(sideOf(found, 'عبد المجيد تبون'));
    expect(sideOf(found, 'أحمد عطاف')).not.toBe(sideOf(found, 'قيس سعيد'));
  });
});
