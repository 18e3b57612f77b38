import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 74, delegations: a joint commission's session whose opening names no meeting («انطلقت أعمال الدورة … للجنة
// المشتركة») and whose sides are told by who led each («ترأس الجانب المصري X، فيما ترأس الجانب البيلاروسي Y») and
// who made it up («وضم الوفد المصري …، فيما ضم الوفد البيلاروسي …") is a meeting of two delegations.

describe('sides named by who led and who made up each delegation', () => {
  // Written for the test (a news agency's style).
  it('seats the heads and the members on the sides their sentences name', () => {
    const text =
      'انطلاق أعمال اللجنة الأردنية الكازاخستانية المشتركة في عمان\n\n' +
      'عمان 4 آذار (بترا)- انطلقت اليوم الثلاثاء في عمان أعمال الدورة الثالثة للجنة الأردنية الكازاخستانية المشتركة للتعاون الاقتصادي والتجاري، بمشاركة ممثلين عن عدد من الوزارات في البلدين.\n\n' +
      'وترأس الجانب الأردني وزير الصناعة والتجارة يوسف الشمالي، فيما ترأس الجانب الكازاخستاني نائب رئيس الوزراء سيريك جومانغارين.\n\n' +
      'وضم الوفد الأردني أمين عام وزارة الصناعة والتجارة دانا الزعبي، فيما ضم الوفد الكازاخستاني سفير كازاخستان لدى الأردن آزمات بيرديبايف.';
    const found = sides(text);
    expect(sideOf(found, 'يوسف الشمالي')).toBe('Jordan');
    expect(sideOf(found, 'سيريك جومانغارين')).toBe('Kazakhstan');
    expect(sideOf(found, 'آزمات بيرديبايف')).toBe('Kazakhstan');
  });

  // Written for the test: a meeting of one head told in the pluperfect («وكان X قد التقى …») is not the commission's.
  it('keeps the heads of a commission when one of them met someone else earlier', () => {
    const text =
      'انطلاق أعمال اللجنة الأردنية الكازاخستانية المشتركة في عمان\n\n' +
      'عمان 4 آذار (بترا)- انطلقت اليوم الثلاثاء في عمان أعمال الدورة الثالثة للجنة الأردنية الكازاخستانية المشتركة للتعاون الاقتصادي والتجاري.\n\n' +
      'وترأس الجانب الأردني وزير الصناعة والتجارة يوسف الشمالي، فيما ترأس الجانب الكازاخستاني نائب رئيس الوزراء سيريك جومانغارين.\n\n' +
      'وضم الوفد الأردني أمين عام وزارة الصناعة والتجارة دانا الزعبي، فيما ضم الوفد الكازاخستاني سفير كازاخستان لدى الأردن آزمات بيرديبايف.\n\n' +
      'وكان رئيس الوزراء بشر الخصاونة قد التقى جومانغارين في وقت سابق اليوم.';
    const found = sides(text);
    expect(sideOf(found, 'يوسف الشمالي')).toBe('Jordan');
    expect(sideOf(found, 'سيريك جومانغارين')).toBe('Kazakhstan');
    expect(sideOf(found, 'بشر الخصاونة')).toBeUndefined();
  });

  // Written for the test: one side's delegation alone is no meeting of delegations.
  it('reads nothing when only one side is told', () => {
    const text =
      'انطلقت اليوم في عمان أعمال الدورة الثالثة للجنة الأردنية للتنمية الصناعية.\n\n' +
      'وترأس الجانب الأردني وزير الصناعة والتجارة يوسف الشمالي.';
    expect(Object.keys(sides(text))).toEqual([]);
  });
});
