import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 39, delegations: «وشهد مراسم التوقيع A، وB» lists those present at a signing; «مع نظيريه المصري X والعراقي Y»
// names two counterparts, each his own side.

describe('«وشهد مراسم التوقيع …»: the witnesses of a ceremony were present', () => {
  // Written for the test (Al-Ahram's style).
  it('seats the minister who witnessed the signing with his country', () => {
    const text =
      'وقعت الدكتورة رانيا المشاط، وزيرة التعاون الدولي، والسفير كريستيان برجر، رئيس وفد الاتحاد الأوروبي لدى مصر، اليوم، ثلاث اتفاقيات منح تنموية.\n\n' +
      'وشهد مراسم التوقيع الدكتور هاني سويلم، وزير الموارد المائية والري المصري، فيما حضر من الجانب الأوروبي أندرياس فولتر، رئيس قسم التعاون بوفد الاتحاد الأوروبي بالقاهرة.';
    const found = sides(text);
    expect(sideOf(found, 'هاني سويلم')).toBe(sideOf(found, 'رانيا المشاط'));
    expect(sideOf(found, 'أندرياس فولتر')).toBe(sideOf(found, 'كريستيان برجر'));
  });

  it('does not read «وشهد الاجتماع نقاشا» as a list', () => {
    const text =
      'استقبل وزير الخارجية الأردني أيمن الصفدي، اليوم، نظيره المصري سامح شكري.\n\n' +
      'وشهد الاجتماع نقاشا حول الأوضاع الإقليمية، وأكد رئيس الوزراء الأردني بشر الخصاونة في بيان لاحق أهمية التنسيق.';
    expect(sideOf(sides(text), 'بشر الخصاونة')).toBeUndefined();
  });
});

describe('«نظيريه»: two counterparts', () => {
  // Written for the test.
  it('gives each of two counterparts joined by و his own side', () => {
    const text =
      'بحث وزير الخارجية الأردني أيمن الصفدي مع نظيريه المصري سامح شكري والعراقي فؤاد حسين، اليوم في عمان، سبل تعزيز التعاون الثلاثي.\n\n' +
      'وشارك في المباحثات من الجانب الأردني أمين عام وزارة الخارجية سفيان القضاة.';
    const found = sides(text);
    expect(sideOf(found, 'فؤاد حسين')).toBe('Iraq');
    expect(sideOf(found, 'سامح شكري')).toBe('Egypt');
    expect(sideOf(found, 'أيمن الصفدي')).toBe('Jordan');
  });
});
