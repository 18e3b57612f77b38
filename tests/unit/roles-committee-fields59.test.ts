import { describe, expect, it } from 'vitest';
import { institutionToEnglish, roleToEnglish } from '@/lib/english/roles';

describe('a committee, commission or task group is named by its remit', () => {
  it('keeps the remit of a legislature\'s standing committee', () => {
    expect(roleToEnglish('رئيس لجنة الأخلاقيات في مجلس النواب')).toBe('Chairman of the Ethics Committee at the House of Representatives');
    expect(roleToEnglish('عضو لجنة الخدمات المسلحة في مجلس الشيوخ')).toBe('Member of the Armed Services Committee at the Senate');
    expect(roleToEnglish('رئيس لجنة الاعتمادات')).toBe('Chairman of the Appropriations Committee');
  });
  it('keeps the task of an inquiry or drafting commission', () => {
    expect(roleToEnglish('رئيس لجنة تقصي الحقائق')).toBe('Chairman of the Fact-Finding Committee');
    expect(roleToEnglish('رئيس لجنة التحقيق')).toBe('Chairman of the Investigative Committee');
    expect(institutionToEnglish('لجنة الصياغة')).toBe('Drafting Committee');
  });
  it('keeps a monitoring mission', () => {
    expect(roleToEnglish('رئيس بعثة المراقبة')).toBe('Head of the Monitoring Mission');
  });
  it('leaves a named force alone', () => {
    expect(roleToEnglish('قائد قوات الدعم السريع')).toBe('Commander of the Rapid Support Forces');
  });
});

describe('commissions of transitional justice and of the missing', () => {
  it('keeps what the commission deals with', () => {
    expect(roleToEnglish('رئيس لجنة تبادل الأسرى')).toBe('Chairman of the Prisoner Exchange Committee');
    expect(roleToEnglish('رئيس لجنة الترتيبات الأمنية')).toBe('Chairman of the Security Arrangements Committee');
    expect(roleToEnglish('رئيس هيئة الحقيقة والكرامة')).toBe('Head of the Truth and Dignity Authority');
    expect(roleToEnglish('رئيس اللجنة الوطنية للعدالة الانتقالية')).toBe('Chairman of the National Committee for Transitional Justice');
  });
  it('keeps a longer field before its first word', () => {
    expect(roleToEnglish('مدير الخدمات الطبية')).toBe('Director of Medical Services');
  });
});
