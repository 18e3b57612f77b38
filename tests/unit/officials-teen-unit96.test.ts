import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// A military unit numbered in the teens («الفيلق الحادي عشر», «الفرقة الخامسة عشرة») is a numbered unit, as «الفرقة
// الرابعة» is, so the office before the officer's rank stays the role. (Invented sentences.)
describe('a unit numbered eleventh to nineteenth', () => {
  const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_en === name)?.role_en;
  it('is read in figures, both genders, and keeps the office before the rank', () => {
    expect(roleOf('وضم الوفد الباكستاني قائد الفيلق الحادي عشر الفريق نذير أحمد، ومدير العمليات اللواء عمران شودري.', 'Nazir Ahmed')).toBe('Commander of the 11th Corps');
    expect(roleOf('وقال قائد اللواء الثاني عشر العميد خالد حسن إن القوات تقدمت.', 'Khaled Hassan')).toBe('Commander of the 12th Brigade');
    expect(roleOf('وقال قائد الفرقة الخامسة عشرة العميد خالد حسن إن القوات تقدمت.', 'Khaled Hassan')).toBe('Commander of the 15th Division');
  });
  it('leaves units one to ten as they were', () => {
    expect(roleOf('وقال قائد الفرقة الرابعة العميد خالد حسن إن القوات تقدمت.', 'Khaled Hassan')).toBe('Commander of the Fourth Division');
  });
});
