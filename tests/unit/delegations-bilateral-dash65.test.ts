import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: a delegation led by the chair of a bilateral body whose two nationality adjectives are joined by
// a dash («لجنة الصداقة البرلمانية المغربية - الأردنية»). The dash joins the pair inside the title; it is no pause, so
// «برئاسة» still reaches the leader and those the delegation «ضم» are of his side.
describe('findDelegations: a dash between two nationality adjectives is no pause', () => {
  it('seats the members of a delegation led by the chair of a bilateral friendship committee on his side', () => {
    const text = [
      'رئيس مجلس النواب يستقبل وفدا برلمانيا مغربيا',
      'استقبل رئيس مجلس النواب الأردني أحمد الصفدي في مكتبه اليوم وفدا من مجلس النواب المغربي برئاسة رئيس لجنة الصداقة البرلمانية المغربية - الأردنية النائب كريم بنعلي، وضم النواب سعيد الوزاني ومنير الفاسي وليلى بناني، في حضور سفير المغرب في عمان خالد الناصري.',
      'وجرى خلال اللقاء بحث العلاقات الثنائية وسبل تعزيز التعاون البرلماني بين البلدين.',
    ].join('\n\n');
    const found = sides(text);
    const leader = sideOf(found, 'كريم بنعلي');
    expect(leader).toBeTruthy();
    expect(sideOf(found, 'سعيد الوزاني')).toBe(leader);
    expect(sideOf(found, 'ليلى بناني')).toBe(leader);
    expect(sideOf(found, 'أحمد الصفدي')).not.toBe(leader);
  });
  it('still reads a dash between a place and an outlet as a pause', () => {
    const text = [
      'وزير الخارجية الكويتي يستقبل نظيره الأردني',
      'الكويت - كونا: استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم نظيره الأردني أيمن الصفدي، وبحث معه العلاقات الثنائية.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عبدالله اليحيا')).not.toBe(sideOf(found, 'أيمن الصفدي'));
  });
});
