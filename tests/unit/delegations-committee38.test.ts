import { describe, expect, it } from 'vitest';
import { sides } from './helpers/delegations';

// Round 38, delegations: a minister named before the parliamentary committee he appears before («حلّ X ضيفا على لجنة
// …»، «قدم X عرضا أمام لجنة …»), and those who accompany him («ورافق الوزيرَ A، وB»).

describe('committeeSides: the minister named before the committee', () => {
  // Written for the test (Hespress's style).
  it('seats the minister who is the committee\'s guest, his companions, and the chair', () => {
    const text =
      'حلّ محمد بنعلي، وزير الفلاحة والصيد البحري، صباح اليوم الثلاثاء، ضيفا على لجنة القطاعات الإنتاجية بمجلس النواب، في اجتماع خصص لمناقشة مشروع القانون المتعلق بالتعاونيات.\n\n' +
      'ورافق الوزيرَ في هذا الاجتماع، الذي ترأسه أحمد العلوي، رئيس اللجنة، كل من كريم الناصري، الكاتب العام لقطاع الفلاحة، وسعاد المريني، مديرة التعاون بالوزارة.\n\n' +
      'وقال بنعلي إن المشروع "يهدف إلى تحديث الإطار القانوني للتعاونيات".';
    const found = Object.values(sides(text));
    expect(found).toHaveLength(2);
    const committee = found.find((ms) => ms.includes('*أحمد العلوي'));
    const government = found.find((ms) => ms.includes('*محمد بنعلي'));
    expect(committee).toEqual(['*أحمد العلوي']);
    expect(government).toEqual(expect.arrayContaining(['*محمد بنعلي', 'كريم الناصري', 'سعاد المريني']));
  });

  it('reads «أمام لجنة» as the minister appearing before it', () => {
    const text =
      'قدم وزير المالية خالد الشريف، اليوم الأربعاء، عرضا أمام لجنة المالية والتنمية الاقتصادية بمجلس النواب، خلال اجتماع ترأسه النائب سمير الحسني، رئيس اللجنة، حول مشروع قانون المالية.\n\n' +
      'وأكد الشريف أن الحكومة "ملتزمة بخفض العجز".';
    const found = Object.values(sides(text));
    expect(found.find((ms) => ms.includes('*خالد الشريف'))).toBeDefined();
    expect(found.find((ms) => ms.some((m) => m.replace('*', '') === 'سمير الحسني') && !ms.includes('*خالد الشريف'))).toBeDefined();
  });

  it('does not take a minister who only speaks before a committee is named in another clause', () => {
    const text =
      'قال وزير المالية خالد الشريف، اليوم الأربعاء، إن الحكومة ستحيل مشروع القانون إلى لجنة المالية بمجلس النواب في اجتماع الأسبوع المقبل.';
    expect(Object.keys(sides(text))).toHaveLength(0);
  });
});
