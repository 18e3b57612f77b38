import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: the article's meeting told a second time in the pluperfect («وكان X قد استقبل …»), between the
// same people or sides, with those present at it: they are members of the sides. A meeting of the visit with someone
// new, or one dated long before, adds no one.
const lead = [
  'الأردن والمغرب يوقعان أربع اتفاقيات في عمان',
  'وقع الأردن والمغرب، الثلاثاء، أربع اتفاقيات للتعاون في مجالات الزراعة والنقل والسياحة، في ختام أعمال اللجنة المشتركة بين البلدين في عمان.',
  'ووقع الاتفاقيات عن الجانب الأردني وزير الخارجية أيمن الصفدي، وعن الجانب المغربي وزير الخارجية ناصر بوريطة.',
];

describe('findDelegations: the meeting told again in the pluperfect', () => {
  it('seats those present at «وكان X قد استقبل Y، بحضور …» between the same parties', () => {
    const text = [
      ...lead,
      'وكان الصفدي قد استقبل في مكتبه بعمان نظيره المغربي ناصر بوريطة، بحضور أمين عام وزارة الخارجية الأردنية يوسف البطاينة، وسفير المغرب لدى الأردن خالد الناصري.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'خالد الناصري')).toBe('Morocco');
    expect(sideOf(found, 'يوسف البطاينة')).toBe('Jordan');
  });
  it('seats the head of a side named before without him, and those present', () => {
    const text = [
      'كيري يعلن هدنة بعد محادثات مع وفد الحوثيين في مسقط',
      'أعلن وزير الخارجية الأمريكي جون كيري، الثلاثاء، أن جماعة الحوثي وافقت على هدنة، وذلك بعد محادثات أجراها في مسقط بوساطة عمانية.',
      'وكان كيري قد وصل إلى مسقط، الاثنين، قبل أن يلتقي وفدا من جماعة الحوثي برئاسة المتحدث باسم الجماعة محمد عبدالسلام، بحضور وزير الخارجية العماني يوسف بن علوي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'محمد عبدالسلام')).toBe('Houthis');
    expect(sideOf(found, 'يوسف بن علوي')).toBe('Oman');
  });
  it('adds no one from a pluperfect meeting with someone new, nor from one dated last month', () => {
    const text = [
      ...lead,
      'وكان بوريطة قد التقى أمس الاثنين وزير الزراعة الأردني خالد الحنيفات، بحضور سفير المغرب لدى الأردن خالد الناصري.',
      'وكان الصفدي قد استقبل بوريطة في الرباط في مارس الماضي، بحضور وزير الداخلية المغربي عبد الوافي لفتيت.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'خالد الحنيفات')).toBeUndefined();
    expect(sideOf(found, 'عبد الوافي لفتيت')).toBeUndefined();
  });
});
