import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// A list of those present («بمشاركة …») told after the guest is named: when it opens with an official of the other side
// (by his nisba) and no member of known country is of another side, the members of unsaid country are of that side,
// not the guest's. (Invented sentences; the class is from talks whose host's staff followed his deputy in the list.)
const members = (text: string) =>
  Object.fromEntries(analyze(text).delegations.map((d) => [d.side_en, d.members.map((m) => m.name_ar)]));

describe('a list of those present takes the side of its opening member', () => {
  it('seats the host ministry staff named after the host deputy minister with the host', () => {
    const sides = members(
      'برازيليا- عقد وزير الخارجية البرازيلي ماورو فييرا، اليوم الثلاثاء، جلسة مباحثات مع وزير الدولة بوزارة الخارجية الكويتية خالد الجار الله، الذي يزور البرازيل في إطار جولة في أميركا الجنوبية.\n' +
        'وعقدت الجلسة في قصر إيتاماراتي، بمشاركة نائبة وزير الخارجية البرازيلية ماريا لاورا روشا، ومدير إدارة الشرق الأوسط في الوزارة باولو سواريس.\n' +
        'وبحث الجانبان سبل تعزيز التعاون.',
    );
    expect(sides['Brazil']).toContain('باولو سواريس');
    expect(sides['Kuwait'] ?? []).not.toContain('باولو سواريس');
  });
});

// One titled by the bare short name of a body («ممثل المفوضية»، «مدير مكتب الصندوق») in the host's list of those present is
// of the one organisation at the table; a full name of another body («محافظ البنك المركزي») keeps him the host's.
describe('a member titled by the short name of the organisation at the table', () => {
  it("seats the agency's representative with the agency, the central bank governor with the host", () => {
    const sides = members(
      'التقى وزير التخطيط العراقي محمد تميم، المفوض السامي للأمم المتحدة لشؤون اللاجئين فيليبو غراندي، في مكتبه في الوزارة، بحضور ممثل المفوضية في العراق علي رضا قريشي، ومحافظ البنك المركزي علي العلاق.\n' +
        'وبحث الجانبان أوضاع النازحين.',
    );
    const all = Object.values(sides).flat();
    expect(all).toContain('علي رضا قريشي');
    expect(sides['Iraq'] ?? []).not.toContain('علي رضا قريشي');
    expect(sides['Iraq']).toContain('علي العلاق');
  });
});
