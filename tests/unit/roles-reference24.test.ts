import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// Roles given by reference: a counterpart holds the antecedent's office, «نائبه»/«مستشاره» the antecedent's deputy
// or adviser. Sentences written for the test.
const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('the office a counterpart holds', () => {
  it('is a head of state named by his bare title, not an earlier minister («الرئيس X … مع نظيره Y»)', () => {
    const text = 'قال وزير الدفاع البريطاني، بن والاس، إن الرئيس جو بايدن سيبحث الملف مع نظيره الفرنسي إيمانويل ماكرون خلال القمة المقبلة في روما.';
    expect(roleOf(text, 'إيمانويل ماكرون')).toBe('French President');
  });
  it('is the full office the same person was given earlier («الوزيرة X ونظيرها Y»)', () => {
    const text = 'شارك في الاجتماع وزير التعليم العالي السنغالي مامادو تال، ووزيرة الصحة التوغولية فاطمة كوناتي.\nوفي ختام الزيارة وقعت الوزيرة فاطمة كوناتي ونظيرها الغيني ألفا باري اتفاقية للتعاون الصحي.';
    expect(roleOf(text, 'ألفا باري')).toMatch(/Guinean Minister of (Public )?Health/);
  });
});

describe('the antecedent of «نائبه», «مستشاره»', () => {
  it('reaches across a clause of the same sentence («كتب الوزير X أن "…"، بينما أعلن نائبه Y»)', () => {
    const text = 'ونشر وزير الداخلية الفرنسي جيرالد دارمانان بيانا على موقعه الرسمي يؤكد فيه أن "الحكومة لن تتراجع"، في حين أوضح نائبه لوران نونيز أن الشرطة ستعزز انتشارها.';
    expect(roleOf(text, 'لوران نونيز')).toMatch(/^Deputy .*Minister of (the )?Interior$/);
  });
  it('is the one a title owned by a pronoun before it points to («الرئيس … وزير خارجيته X ومستشاره Y»)', () => {
    const text = 'ورافق الرئيس الكيني وزير خارجيته موسى كامارا ومستشاره الاقتصادي جون أوتينو خلال المحادثات في نيروبي.';
    expect(roleOf(text, 'جون أوتينو')).toMatch(/Adviser to the (Kenyan )?President/);
  });
});

describe('the host country named by what it is', () => {
  it('reads «سفير السلطنة لدى …» in an Omani report as the Ambassador of Oman', () => {
    const text = 'استقبل وزير الخارجية العماني بدر بن حمد البوسعيدي في مسقط اليوم سالم بن علي الحارثي سفير السلطنة لدى فرنسا.';
    expect(roleOf(text, 'سالم بن علي الحارثي')).toBe('Ambassador of Oman to France');
  });
  it('reads «المعتمد لدى» as «لدى», and «لدى السلطنة» as to Oman whatever the article’s country', () => {
    const text = 'التقى وزير الخارجية الإيراني عباس عراقجي في طهران اليوم سالم بن علي الحارثي سفير السلطنة المعتمد لدى إيران، ورضا نوري سفير إيران لدى السلطنة.';
    expect(roleOf(text, 'سالم بن علي الحارثي')).toBe('Ambassador of Oman to Iran');
    expect(roleOf(text, 'رضا نوري')).toMatch(/Ambassador of Iran to Oman|Iranian Ambassador to Oman/);
  });
});
