import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import { dispatchRanges } from '@/lib/delegations/dispatches';
import { official, summary } from './helpers/delegations';

// Written for the test: a wire bulletin whose first dispatch runs past the opening's 2000 characters; the second, a phone
// call, opens after a separator line. Read with the first dispatch blanked to spaces, its opening is still its own first
// paragraphs, not the blanks.
const background = 'وتناول الجانبان كذلك سبل تطوير التعاون في مجالات الطاقة المتجددة والزراعة والتعليم العالي والسياحة، وتبادل الخبرات في إدارة الموارد المائية.';
const first = [
  'وزير الخارجية يستقبل نظيره الكيني',
  'استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان وزيرة خارجية كينيا مونيكا جوما، وبحث الجانبان سبل تطوير التعاون.',
  ...Array.from({ length: 16 }, () => background),
  'وحضر اللقاء أمين عام الوزارة زيد الحمود.',
];
const second = [
  'تلقى وزير الخارجية أيمن الصفدي اليوم اتصالا هاتفيا من وزير خارجية بيرو لويس كاسترو، جرى خلاله بحث العلاقات الثنائية.',
  'وأعرب الوزير البيروفي عن تقدير بلاده لدور المملكة في المنطقة.',
];
const text = first.join('\n\n') + '\n\n--------\n\n' + second.join('\n\n');

describe('findDelegations: a bulletin\'s later dispatch past the first 2000 characters', () => {
  const officials = [
    official(text, 'أيمن الصفدي', 'Ayman Safadi', 'JO', 'وزير الخارجية الأردني', ['الصفدي']),
    official(text, 'مونيكا جوما', 'Monica Juma', 'KE', 'وزيرة خارجية كينيا'),
    official(text, 'زيد الحمود', 'Zaid Hammoud', 'JO', 'أمين عام الوزارة'),
    official(text, 'لويس كاسترو', 'Luis Castro', 'PE', 'وزير خارجية بيرو'),
  ];
  it('starts past the limit', () => {
    const ranges = dispatchRanges(text);
    expect(ranges).toHaveLength(2);
    expect(ranges[1]![0]).toBeGreaterThan(2000);
  });
  it('gives the call its own columns', () => {
    const got = summary(findDelegations(text, officials));
    expect(got.find((d) => d.side === 'Peru')?.members).toEqual(['*Luis Castro']);
    expect(got.filter((d) => d.side === 'Jordan').map((d) => d.members.map((m) => m.replace('*', ''))).pop()).toEqual(['Ayman Safadi']);
  });
});
