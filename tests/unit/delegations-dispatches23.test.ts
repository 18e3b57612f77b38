import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { dispatchRanges } from '@/lib/delegations/dispatches';
import { official, summary } from './helpers/delegations';

// Written for the test: a wire bulletin of two dispatches, each a meeting of the same host ministry with a guest. The
// second dispatch opens with no connective on a meeting verb, or after a separator line; each keeps its own columns.
const first = [
  'وزير الخارجية يستقبل نظيره التشيلي',
  'استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان وزير خارجية تشيلي روبرتو أمبيرو، وبحث الجانبان سبل تطوير التعاون.',
  'وحضر اللقاء من الجانب الأردني أمين عام الوزارة زيد الحمود، ومن الجانب التشيلي سفير تشيلي لدى الأردن كارلوس مونتيس.',
  'وأكد الصفدي حرص المملكة على توسيع التعاون مع دول أمريكا اللاتينية.',
];
const second = [
  'اجتمع أمين عام وزارة الخارجية الأردنية زيد الحمود اليوم مع نائب وزير الخارجية البيروفي لويس كاسترو، وبحثا التحضير للجنة المشتركة.',
  'وحضر الاجتماع سفير تشيلي لدى الأردن كارلوس مونتيس.',
];

function officialsOf(text: string) {
  return [
    official(text, 'أيمن الصفدي', 'Ayman Safadi', 'JO', 'وزير الخارجية الأردني', ['الصفدي']),
    official(text, 'روبرتو أمبيرو', 'Roberto Ampuero', 'CL', 'وزير خارجية تشيلي'),
    official(text, 'زيد الحمود', 'Zaid Hammoud', 'JO', 'أمين عام الوزارة'),
    official(text, 'كارلوس مونتيس', 'Carlos Montes', 'CL', 'سفير تشيلي لدى الأردن'),
    official(text, 'لويس كاسترو', 'Luis Castro', 'PE', 'نائب وزير الخارجية البيروفي'),
  ];
}

describe('findDelegations: a bulletin of several dispatches', () => {
  for (const [label, joiner] of [['a bare meeting verb', '\n\n'], ['a separator line', '\n\n--------\n\n']] as const) {
    const text = [...first].join('\n\n') + joiner + second.join('\n\n');
    it(`splits the dispatches at ${label}`, () => {
      expect(dispatchRanges(text)).toHaveLength(2);
    });
    it(`gives each dispatch its own columns (${label})`, () => {
      const got = summary(findDelegations(text, officialsOf(text)));
      const jordan = got.filter((d) => d.side === 'Jordan').map((d) => d.members.map((m) => m.replace('*', '')).sort());
      expect(jordan).toEqual([['Ayman Safadi', 'Zaid Hammoud'], ['Zaid Hammoud']]);
      expect(got.find((d) => d.side === 'Peru')?.members.map((m) => m.replace('*', ''))).toEqual(['Luis Castro']);
    });
  }
  it('keeps one story whole: paragraphs go on with a connective', () => {
    const text = [...first, 'واستقبل الصفدي بعد ذلك سفير البيرو لدى الأردن.'].join('\n\n');
    expect(dispatchRanges(text)).toHaveLength(1);
  });
});
