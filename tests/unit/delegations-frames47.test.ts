import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Variants of three frames found by probing with invented sentences (no readable article has them yet):
// «وشهد التوقيع X» (the signing itself as the ceremony witnessed), «Y، التي تقود وفدا يضم X» (a verb of leading instead of
// «على رأس»), «Y، الذي كان مرفوقا بـX» (the state of being accompanied told in a relative clause).
const sides = (text: string) =>
  Object.fromEntries(analyze(text).delegations.map((d) => [d.side_en, d.members.map((m) => m.name_ar)]));

describe('frames of presence and of delegations, told otherwise', () => {
  it('seats the witness of «وشهد التوقيع» as one present', () => {
    const s = sides(
      'وقعت وزيرة التعاون الدولي رانيا المشاط، اليوم، مع سفير الاتحاد الأوروبي لدى مصر كريستيان برجر، ثلاث اتفاقيات منح.\n' +
        'وشهد التوقيع الدكتور هاني سويلم وزير الموارد المائية والري.',
    );
    expect(s['Egypt']).toContain('هاني سويلم');
  });
  it('seats the members of a delegation «التي تقود وفدا يضم» with its head', () => {
    const s = sides(
      'التقى وزير الخارجية الجزائري أحمد عطاف في الجزائر العاصمة اليوم وزيرة الخارجية الليبية نجلاء المنقوش، التي تقود وفدا يضم وزير الداخلية عماد الطرابلسي.',
    );
    expect(s['Libya']).toContain('عماد الطرابلسي');
    expect(s['Also present']).toBeUndefined();
  });
  it('seats the one «الذي كان مرفوقا بـ» names with the one accompanied', () => {
    const s = sides(
      'أجرى وزير الشؤون الخارجية ناصر بوريطة، اليوم الثلاثاء بالرباط، مباحثات مع نظيره الموريتاني محمد سالم ولد مرزوك، الذي كان مرفوقا بسفير بلاده بالرباط محمد الأمين ولد آبي.',
    );
    expect(s['Mauritania']).toContain('محمد الأمين ولد آبي');
  });
});
