import { describe, expect, it } from 'vitest';
import { findOfficials } from '../../lib/officials';

// Round 52, officials precision: «المعين لدى البلاد» (an ambassador-designate) is part of the title, and the name
// comes after the place; «المعين» itself is no person.

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('«سفير X المعين لدى Y NAME»: the designate stays in the title', () => {
  // Written for the test (KUNA's style).
  it('reads the name after «المعين لدى البلاد»', () => {
    const text =
      'تسلم وزير الخارجية الشيخ سالم عبدالله الجابر الصباح اليوم نسخة من أوراق اعتماد سفير جمهورية البيرو المعين لدى البلاد خوان كارلوس ميندوزا، ونسخة من أوراق اعتماد سفير جمهورية غانا المعينة لدى البلاد أكوسوا مانو.';
    const found = names(text);
    expect(found).toContain('خوان كارلوس ميندوزا');
    expect(found).toContain('أكوسوا مانو');
    expect(found).not.toContain('المعين');
    expect(found).not.toContain('المعينة');
  });

  // Written for the test (SPA's style).
  it('reads «المعين حديثا لدى المملكة» the same way', () => {
    const text = 'وتسلم وزير الخارجية الأمير فيصل بن فرحان نسخة من أوراق اعتماد سفير جمهورية فنلندا المعين حديثا لدى المملكة ماركو لايتينن.';
    const found = names(text);
    expect(found).toContain('ماركو لايتينن');
    expect(found.some((n) => n.includes('المعين'))).toBe(false);
  });

  // One real sentence (SPA, Riyadh, 11 December 2019): the list head is no person.
  it('reads no person in «سفراء الدول الشقيقة والصديقة المعينين حديثا»', () => {
    const text =
      'تسلم خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، في قصر اليمامة بالرياض اليوم، أوراق اعتماد عدد من سفراء الدول الشقيقة والصديقة المعينين حديثا لدى المملكة.';
    expect(names(text)).toEqual(['سلمان بن عبدالعزيز آل سعود']);
  });
});
