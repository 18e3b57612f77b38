import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a unit of a body the press names by its acronym is named by it', () => {
  it('puts the acronym before the unit and its adjectives', () => {
    expect(roleToEnglish('عضو اللجنة التنفيذية لمنظمة التحرير')).toBe('Member of the PLO Executive Committee');
    expect(roleToEnglish('رئيس الدائرة السياسية لمنظمة التحرير الفلسطينية')).toBe('Head of the PLO Political Department');
    expect(roleToEnglish('رئيس بعثة اللجنة الدولية للصليب الأحمر في العراق')).toBe('Head of the ICRC Mission in Iraq');
    expect(roleToEnglish('مدير المكتب الإقليمي لمنظمة الصحة العالمية')).toBe('Director of the WHO Regional Office');
  });
  it('keeps the full name of the body for an office held in the body itself', () => {
    expect(roleToEnglish('المتحدث باسم برنامج الأغذية العالمي')).toBe('Spokesman for the World Food Programme');
    expect(roleToEnglish('رئيس اللجنة الدولية للصليب الأحمر')).toBe('Head of the International Committee of the Red Cross');
  });
  it('writes out a body English news does not shorten', () => {
    expect(roleToEnglish('الأمين العام لمجلس أوروبا')).toBe('Secretary-General of the Council of Europe');
  });
});

describe('the Maghreb’s président-directeur général', () => {
  it('is the Chairman and CEO of the company', () => {
    expect(roleToEnglish('الرئيس المدير العام لسونلغاز')).toMatch(/^Chairman and CEO of /);
    expect(roleToEnglish('الرئيسة المديرة العامة للشركة الوطنية للسكك الحديدية')).toMatch(/^Chairwoman and CEO of /);
  });
  it('leaves a director general alone', () => {
    expect(roleToEnglish('المدير العام للجمارك')).toMatch(/^Director General of /);
  });
});

describe('a ministry of minerals', () => {
  it('names the portfolio Minerals', () => {
    expect(roleToEnglish('وزير المناجم والمعادن')).toMatch(/Minerals$/);
    expect(roleToEnglish('وزيرة النفط والمعادن')).toBe('Minister of Oil and Minerals');
  });
});

describe('who is in charge of programmes is their Officer', () => {
  it('names the programmes before the Officer', () => {
    expect(roleToEnglish('مسؤولة برامج التعليم')).toBe('Education Programmes Officer');
    expect(roleToEnglish('مسؤول برنامج المياه في منظمة اليونيسف')).toMatch(/^Water Programme Officer/);
  });
  it('keeps a named programme as the body', () => {
    expect(roleToEnglish('مسؤول برنامج الأغذية العالمي')).toBe('Official of the World Food Programme');
  });
});
