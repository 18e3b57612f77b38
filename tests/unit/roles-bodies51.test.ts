import { describe, expect, it } from 'vitest';
import { institutionToEnglish, roleToEnglish } from '@/lib/english/roles';

describe('a chamber of commerce is of its trades', () => {
  it('names the place before it and the trades after it', () => {
    expect(roleToEnglish('رئيس غرفة صناعة الأردن')).toBe('President of the Jordan Chamber of Industry');
    expect(institutionToEnglish('غرفة تجارة وصناعة دبي')).toBe('Dubai Chamber of Commerce and Industry');
    expect(roleToEnglish('نائب رئيس غرفة التجارة والصناعة الأوزبكية')).toBe('Vice President of the Uzbek Chamber of Commerce and Industry');
    expect(institutionToEnglish('غرفة التجارة الأمريكية')).toBe('US Chamber of Commerce');
  });
  it('leaves an operations room alone', () => {
    expect(institutionToEnglish('غرفة العمليات')).toBe('Operations Chamber');
  });
});

describe('the «إدارة» of disasters, crises or risks is their management', () => {
  it('is a Management Department, not a Disaster Department', () => {
    expect(roleToEnglish('مفوض إدارة الكوارث')).toBe('Commissioner of the Disaster Management Department');
    expect(roleToEnglish('رئيس إدارة الكوارث والطوارئ')).toBe('Head of the Disaster and Emergency Management Department');
    expect(roleToEnglish('مدير إدارة الأزمات بوزارة الداخلية')).toBe('Director of the Crisis Management Department at the Ministry of Interior');
  });
  it('keeps a department of other fields', () => {
    expect(institutionToEnglish('إدارة الطوارئ')).toBe('Emergency Department');
    expect(roleToEnglish('المتحدث باسم الوكالة الوطنية لإدارة الكوارث')).toBe('Spokesman for the National Agency for Disaster Management');
  });
});

describe('a minister of «الإدارة الإقليمية/الترابية»', () => {
  it('is the Minister of Territorial Administration; a director of it keeps his department', () => {
    expect(roleToEnglish('وزير الإدارة الإقليمية')).toBe('Minister of Territorial Administration');
    expect(roleToEnglish('وزير الإدارة الترابية واللامركزية')).toBe('Minister of Territorial Administration and Decentralization');
    expect(roleToEnglish('مدير الإدارة الإقليمية')).toBe('Director of the Regional Department');
  });
});
