import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a body a state names in English its own way', () => {
  it('is Algeria\'s Council of the Nation, not a National Assembly', () => {
    expect(roleToEnglish('رئيس مجلس الأمة الجزائري')).toBe('Speaker of the Council of the Nation');
    expect(roleToEnglish('رئيس مجلس الأمة الكويتي')).toBe('Speaker of the Kuwaiti National Assembly');
  });
  it('is the Land Forces of the Emirates, Saudi Arabia and Algeria, the Ground Forces elsewhere', () => {
    expect(roleToEnglish('قائد القوات البرية الإماراتية')).toBe('Commander of the Land Forces');
    expect(roleToEnglish('قائد القوات البرية السعودية')).toBe('Commander of the Land Forces');
    expect(roleToEnglish('قائد القوات البرية الروسية')).toBe('Commander of the Russian Ground Forces');
  });
  it('is a US Representative for a member of the House', () => {
    expect(roleToEnglish('النائب الأمريكي')).toBe('US Representative');
  });
});

describe('an attaché of a service', () => {
  it('is named by the service, as a military attaché is', () => {
    expect(roleToEnglish('الملحق البحري الباكستاني')).toBe('Pakistani Naval Attaché');
    expect(roleToEnglish('الملحق الجوي')).toBe('Air Attaché');
    expect(byName('وحضر اللقاء العقيد البحري أحمد كريم الملحق البحري الباكستاني لدى الدولة.', 'أحمد كريم')?.role_en).toBe('Pakistani Naval Attaché');
  });
  it('leaves the Naval Forces a body after a commander', () => {
    expect(roleToEnglish('قائد القوات البحرية')).toBe('Commander of the Naval Forces');
  });
});
