import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('a department of regions joined by و', () => {
  it('is of them all, however many and whichever continent or part of one', () => {
    expect(roleToEnglish('مديرة إدارة أوروبا وأوقيانوسيا')).toBe('Director of the Europe and Oceania Department');
    expect(roleToEnglish('مدير إدارة آسيا وأفريقيا والشرق الأوسط')).toBe('Director of the Asia, Africa and Middle East Department');
    expect(roleToEnglish('رئيس إدارة شرق آسيا وأمريكا الجنوبية')).toBe('Head of the East Asia and South America Department');
  });
  it('in a sentence, with the ministry it belongs to', () => {
    const text = 'وشارك في المباحثات مدير إدارة أوروبا وأميركا الشمالية في الخارجية اليابانية تاكيشي موري، وسفير كندا.';
    expect(roleOf(text, 'موري')).toBe('Director of the Europe and North America Department at the Japanese Ministry of Foreign Affairs');
  });
  it('and a department of the Americas is named so', () => {
    expect(roleToEnglish('مدير إدارة الأمريكتين')).toBe('Director of the Americas Department');
  });
  it('but a country after و is no region of the department', () => {
    expect(roleToEnglish('مدير إدارة آسيا وأمريكا')).not.toMatch(/America Department/);
  });
});
