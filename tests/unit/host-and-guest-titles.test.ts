import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string) => findOfficials(text).map((o) => [o.name_ar, o.role_en]);

describe('a bare office right before another office', () => {
  it('is the host, a person of its own, not the first of two stacked offices', () => {
    expect(roleOf('واستقبل الوزير سفير تنزانيا لدى القاهرة جون كيجازي.')).toEqual([['جون كيجازي', 'Ambassador of Tanzania to Egypt, in Cairo']]);
    expect(roleOf('وتسلم الرئيس أوراق اعتماد سفيرة البرازيل ماريا لويزا.').map(([, r]) => r)).not.toContain(expect.stringMatching(/President and/));
    expect(roleOf('واستقبل الرئيس مبعوث الاتحاد الأفريقي محمد الحسن لبات.').map(([, r]) => r)[0]).not.toMatch(/ and /);
  });

  it('still stacks offices that each name their body', () => {
    expect(roleOf('وقال نائب رئيس الوزراء وزير الخارجية أيمن الصفدي إن الأردن يدعم الحل.')).toEqual([['أيمن الصفدي', 'Deputy Prime Minister and Minister of Foreign Affairs']]);
  });
});

describe("«لدى البلاد», KUNA's word for its own state", () => {
  it('is the agency country, as WAM\'s «لدى الدولة» is', () => {
    const text = 'الكويت - 12 - 4 (كونا) -- استقبل نائب وزير الخارجية خالد الجارالله اليوم سفير أوغندا لدى البلاد عبد الله مونيو.';
    expect(roleOf(text)).toContainEqual(['عبد الله مونيو', 'Ambassador of Uganda to Kuwait']);
  });
});
