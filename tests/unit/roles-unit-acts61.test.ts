import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

describe('a unit named by what it does to what of a field keeps those words', () => {
  it('the act, the things it is done to, then the field, in English field first', () => {
    expect(roleToEnglish('رئيس قسم تحليل أسواق النفط')).toBe('Head of the Oil Markets Analysis Department');
    expect(roleToEnglish('مديرة إدارة تخطيط مشاريع الإسكان')).toBe('Director of the Housing Projects Planning Department');
    expect(roleToEnglish('مدير إدارة تقييم المخاطر')).toBe('Director of the Risk Evaluation Department');
  });
  it('ACTS on a field read as before', () => {
    expect(roleToEnglish('رئيس لجنة مراقبة الانتخابات')).toBe('Chairman of the Election Observation Committee');
    expect(roleToEnglish('رئيس هيئة تنظيم الاتصالات')).toBe('Head of the Communications Regulation Authority');
  });
  it('an act with no field after it is no part of the name', () => {
    expect(roleToEnglish('رئيس قسم تحليل')).not.toMatch(/Analysis/);
  });
});

describe('the policy fields of present-day ministries are portfolios', () => {
  it('their minister is no bare Minister', () => {
    expect(roleToEnglish('وزيرة الانتقال البيئي')).toBe('Minister of Ecological Transition');
    expect(roleToEnglish('وزير الاقتصاد الدائري')).toBe('Minister of Circular Economy');
    expect(roleToEnglish('وزير الأشغال العمومية')).toBe('Minister of Public Works');
    expect(roleToEnglish('وزيرة السيادة الغذائية')).toBe('Minister of Food Sovereignty');
  });
});

describe('a front named in quotes with its noun keeps its name', () => {
  const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;
  it('words of the language read into English before the noun', () => {
    expect(roleOf('وقال رئيس «جبهة التغيير الديمقراطي» سالم العبيدي إن الحزب سيشارك.', 'سالم العبيدي')).toBe('Head of the Democratic Change Front');
  });
  it('a word it cannot read leaves the bare noun', () => {
    expect(roleOf('وقال رئيس «جبهة الزيتون الأخضر» سالم العبيدي إن الحزب سيشارك.', 'سالم العبيدي')).not.toMatch(/Green/);
  });
});
