import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { analyze } from '@/lib/analyze';

const spans = (text: string, name: string) => {
  const o = findOfficials(text).find((x) => x.name_ar === name);
  return (o?.mentions ?? []).map(([a, b]) => text.slice(a, b));
};

describe('a preposition written with a final ى', () => {
  it('is no mention of a name that ends in ي («على» is not «علي»)', () => {
    const text = 'قال وزير المالية الأردني سامي علي إن الحكومة ستعرض الموازنة على البرلمان قريبا، مشددا على أهمية الإصلاح.';
    const found = spans(text, 'سامي علي');
    expect(found).toContain('سامي علي');
    expect(found).not.toContain('على');
  });

  it('does not seat the bearer of the name with whoever stands before the preposition', () => {
    const text = 'استقبل وزير الخارجية سامر الخوري سفير اليابان في بيروت تاكيشي موري، بحضور مديرة المراسم السفيرة ليلى علي.\n\nوأكد الخوري أن الاعتداءات الإسرائيلية اليومية على القرى الحدودية خطيرة.';
    const dels = analyze(text).delegations.map((d) => `${d.side_en}: ${d.members.map((m) => m.name_ar).join('، ')}`);
    expect(dels.some((d) => d.startsWith('Israel'))).toBe(false);
  });
});
