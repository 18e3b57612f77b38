import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { official, summary } from './helpers/delegations';

describe('findDelegations: a sponsor named in an aside sponsored another event', () => {
  // Written for the test: the news is a meeting; a sentence opening «ويذكر أن» / «يشار إلى أن» tells of a forum or a
  // conference held under a leader's sponsorship. The sponsor is no member of either side.
  const cases = [
    'ويذكر أن منتدى الاستثمار الذي عقد في عمان الشهر الماضي برعاية العاهل الأردني الملك عبد الله الثاني أسفر عن اتفاقات بقيمة ملياري دولار.',
    'يشار إلى أن مؤتمر المانحين انطلق أمس برعاية الرئيس الأردني عبد الله الثاني، بمشاركة عشرات الدول.',
    'وتجدر الإشارة إلى أن معرض الطاقة افتتح الأحد برعاية الملك عبد الله الثاني.',
  ];
  for (const aside of cases) {
    const text = [
      'استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان نظيره البرتغالي جواو غوميش، وبحث معه سبل تعزيز العلاقات الثنائية.',
      'وحضر اللقاء سفير البرتغال لدى الأردن ميغيل سيلفا.',
      aside,
    ].join('\n\n');
    const officials = [
      official(text, 'أيمن الصفدي', 'Ayman Safadi', 'JO'),
      official(text, 'جواو غوميش', 'Joao Gomes', 'PT'),
      official(text, 'ميغيل سيلفا', 'Miguel Silva', 'PT'),
      official(text, 'عبد الله الثاني', 'Abdullah II', 'JO'),
    ];
    it(`leaves the sponsor out: ${aside.slice(0, 30)}`, () => {
      const got = summary(findDelegations(text, officials));
      expect(got.flatMap((d) => d.members)).not.toContain('Abdullah II');
      expect(got.flatMap((d) => d.members).map((m) => m.replace('*', ''))).toEqual(expect.arrayContaining(['Ayman Safadi', 'Joao Gomes']));
    });
  }
});
