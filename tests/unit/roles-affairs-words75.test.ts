import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a remit of affairs qualified by an adjective of affairs keeps it (not a bare "for Affairs")', () => {
  it('«للشؤون التنموية», «للشؤون الطلابية», «للشؤون الجمركية»', () => {
    expect(roleToEnglish('مساعد المحافظ للشؤون التنموية')).toBe('Assistant to the Governor for Development Affairs');
    expect(roleToEnglish('نائب رئيس الجامعة للشؤون الطلابية')).toBe('Vice President of the University for Student Affairs');
    expect(roleToEnglish('وكيل الوزارة للشؤون الجمركية')).toBe('Undersecretary of the Ministry for Customs Affairs');
  });
  it('two joined by و are one series', () => {
    expect(roleToEnglish('مستشار الرئيس للشؤون الاقتصادية والتنموية')).toBe('Adviser to the President for Economic and Development Affairs');
  });
  it('the affairs a department or a ministry is named after', () => {
    expect(roleToEnglish('مدير إدارة الشؤون الجمركية')).toBe('Director of the Customs Affairs Department');
    expect(roleToEnglish('وزير الشؤون الجمركية')).toBe('Minister of Customs Affairs');
  });
  it('in a delegation\'s list', () => {
    const text = 'وحضر اللقاء مساعد المحافظ للشؤون التنموية خالد الزيدي ومدير التربية في المحافظة.';
    expect(roleOf(text, 'خالد الزيدي')).toBe('Assistant to the Governor for Development Affairs');
  });
  it('an adjective of affairs qualifies no other body', () => {
    expect(roleToEnglish('رئيس اللجنة التنظيمية')).not.toMatch(/Organizational/);
  });
});

describe('a part of a continent named by its point of the compass is a region of affairs', () => {
  it('«لشؤون دول وسط أوروبا», «لشؤون شرق أوروبا»: Central European, Eastern European Affairs', () => {
    expect(roleToEnglish('مساعدة وزير الخارجية لشؤون دول وسط أوروبا')).toBe('Assistant Minister of Foreign Affairs for Central European Affairs');
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون جنوب شرق أوروبا')).toBe('Assistant Minister of Foreign Affairs for Southeastern European Affairs');
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون شمال شرق آسيا')).toBe('Assistant Minister of Foreign Affairs for Northeast Asian Affairs');
  });
  it('«جنوب إفريقيا» stays the state', () => {
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون جنوب أفريقيا')).not.toMatch(/Southern African|South African Affairs/);
  });
});
