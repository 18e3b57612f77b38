import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a UN or AU peace operation the press names by its acronym is named by it', () => {
  it('«بعثة» with the acronym is the mission itself, not a generic Mission', () => {
    expect(roleToEnglish('رئيس بعثة مونوسكو')).toBe('Head of MONUSCO');
    expect(roleToEnglish('رئيسة بعثة أونسميل')).toBe('Head of UNSMIL');
    expect(roleToEnglish('رئيس بعثة المينورسو')).toBe('Head of MINURSO');
    expect(roleToEnglish('رئيس بعثة يونامي')).toBe('Head of UNAMI');
  });
  it('in quotation marks, before the holder', () => {
    const text = 'وضم الوفد رئيس بعثة "يوناميد" جيريمايا مامابولو، وسفراء الدول الأعضاء.';
    expect(roleOf(text, 'جيريمايا مامابولو')).toBe('Head of UNAMID');
  });
  it('by its full name too, where the press names it so', () => {
    expect(roleToEnglish('رئيس بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان')).toBe('Head of UNITAMS');
  });
  it('leaves a mission named by what it does alone', () => {
    expect(roleToEnglish('رئيس بعثة الأمم المتحدة للدعم في ليبيا')).toBe('Head of the UN Support Mission in Libya');
  });
});
