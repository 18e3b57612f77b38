import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a remit for a region\'s affairs is named by the region\'s adjective', () => {
  it('«لشؤون آسيا», «لشؤون أوروبا»: for Asian Affairs, for European Affairs', () => {
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون آسيا')).toBe('Assistant Minister of Foreign Affairs for Asian Affairs');
    expect(roleToEnglish('مساعدة وزير الخارجية لشؤون أوروبا')).toBe('Assistant Minister of Foreign Affairs for European Affairs');
  });
  it('in a delegation\'s list too', () => {
    const text = 'وضم الوفد الكويتي مساعد وزير الخارجية لشؤون آسيا السفير بدر العنزي وسفير دولة الكويت لدى اليابان خالد المطيري.';
    expect(roleOf(text, 'بدر العنزي')).toBe('Assistant Minister of Foreign Affairs for Asian Affairs');
  });
});

describe('affairs after an office that holds a remit are its remit, qualified by their adjective', () => {
  it('«مستشارة الشؤون المالية» is an Adviser for Financial Affairs, not of the Finance ministry\'s affairs', () => {
    expect(roleToEnglish('مستشارة الشؤون المالية')).toBe('Adviser for Financial Affairs');
    expect(roleToEnglish('مستشار الشؤون الاقتصادية')).toBe('Adviser for Economic Affairs');
  });
  it('«مفوض الشؤون السياسية»: a Commissioner for Political Affairs', () => {
    expect(roleToEnglish('مفوض الشؤون السياسية في الاتحاد الأفريقي')).toBe('Commissioner for Political Affairs in the African Union');
  });
  it('a minister of affairs keeps his ministry', () => {
    expect(roleToEnglish('وزير الشؤون الاجتماعية')).toBe('Minister of Social Affairs');
    expect(roleToEnglish('وزير الشؤون المالية')).toMatch(/^Minister of Financ/);
  });
});
