import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 107, officials: a whole office set off by a comma after an adverbial of time and place (which names nobody it
// could be in apposition to) is held by the styled name after the next comma. Source:
// /work/h42/4324-aps-algiers-attaf-kulubaev.txt (APS, Algiers: Attaf receives the Kyrgyz foreign minister).

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_ar] as const);

describe('holderAfterLongTitle: a comma-set office after «، يوم الاثنين بمقر الوزارة،»', () => {
  it('gives the Kyrgyz minister his office (before: a styled person with no title)', () => {
    const found = officials('الجزائر - استقبل وزير الشؤون الخارجية والجالية الوطنية بالخارج، السيد أحمد عطاف، يوم الاثنين بمقر الوزارة، وزير الشؤون الخارجية لجمهورية قيرغيزستان، السيد جينبيك كولوباييف، الذي يقوم بزيارة عمل إلى الجزائر تدوم يومين، حسب ما أفاد به بيان للوزارة.');
    expect(found).toContainEqual(['جينبيك كولوباييف', 'وزير الشؤون الخارجية لجمهورية قيرغيزستان']);
    expect(found).toContainEqual(['أحمد عطاف', 'وزير الشؤون الخارجية والجالية الوطنية بالخارج']);
  });
  it('shifts no office in a list of titled names set off by commas (near miss)', () => {
    const found = officials('وجرت المحادثات بحضور الأمين العام لوزارة الشؤون الخارجية، السيد لوناس مقرمان، والمدير العام لآسيا، السيد عبد الحميد شبشوب، فيما حضرها عن الجانب القيرغيزي نائب وزير الشؤون الخارجية، السيد أليبيك مامبيتوف.');
    expect(found).toContainEqual(['لوناس مقرمان', 'الأمين العام لوزارة الشؤون الخارجية']);
    expect(found).toContainEqual(['أليبيك مامبيتوف', 'نائب وزير الشؤون الخارجية']);
  });
  it('also after «، في الرباط،», a place alone', () => {
    const found = officials('واستقبل الوزير، في الرباط، وزير الشؤون الخارجية لجمهورية قيرغيزستان، السيد جينبيك كولوباييف، الذي يزور المغرب.');
    expect(found).toContainEqual(['جينبيك كولوباييف', 'وزير الشؤون الخارجية لجمهورية قيرغيزستان']);
  });
  it('leaves an office after a name and a comma to that name, not to the styled name after it (near miss)', () => {
    const found = officials('واستقبل السيد جينبيك كولوباييف، وزير الشؤون الخارجية لجمهورية قيرغيزستان، السيد أليبيك مامبيتوف، بمقر الوزارة.');
    expect(found.find(([n]) => n === 'جينبيك كولوباييف')?.[1]).toMatch(/^وزير الشؤون الخارجية/);
    expect(found.some(([n, r]) => n === 'أليبيك مامبيتوف' && !!r?.startsWith('وزير'))).toBe(false);
  });
});
