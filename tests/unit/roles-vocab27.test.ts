import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { buildNamedBodies } from '@/scripts/build-data/named-bodies';

describe('a company, fund or agency named by its own name (scripts/data/bodies-named.json)', () => {
  it('keeps the name or acronym English-language news gives it, after its noun or alone', () => {
    expect(roleToEnglish('الرئيس التنفيذي لشركة أدنوك')).toBe('CEO of ADNOC');
    expect(roleToEnglish('رئيس مجلس إدارة شركة سوناطراك')).toBe('Chairman of the Board of Directors of Sonatrach');
    expect(roleToEnglish('الرئيس التنفيذي لشركة كازاخ إنفست')).toBe('CEO of Kazakh Invest');
    expect(roleToEnglish('الرئيس التنفيذي لطيران الإمارات')).toBe('CEO of Emirates');
    expect(roleToEnglish('مدير وكالة تيكا')).toBe('Director of TIKA');
  });
  it('a name that is a phrase of English takes its article', () => {
    expect(roleToEnglish('مدير عام صندوق أبوظبي للتنمية')).toBe('Director General of the Abu Dhabi Fund for Development');
    expect(roleToEnglish('مدير عام وكالة الأنباء السعودية')).toBe('Director General of the Saudi Press Agency');
    expect(roleToEnglish('مدير معهد باستور')).toBe('Director of the Pasteur Institute');
  });
  it('its head is called as the body calls it', () => {
    expect(roleToEnglish('محافظ بنك المغرب')).toBe('Governor of Bank Al-Maghrib');
    expect(roleToEnglish('رئيس وكالة ناسا')).toBe('Administrator of NASA');
    expect(roleToEnglish('رئيس وكالة جايكا')).toBe('President of JICA');
    expect(roleToEnglish('رئيسة الاحتياطي الفيدرالي')).toBe('Chair of the Federal Reserve');
  });
  it('a form two bodies share names neither', () => {
    const forms = (buildNamedBodies().bodies as [string, string, string, string[]][]).flatMap(([, , , f]) => f);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
