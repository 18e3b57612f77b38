import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('a committee for elections and another field', () => {
  it('is a Commission for both, the field in its electoral sense', () => {
    expect(roleToEnglish('رئيس اللجنة المستقلة للانتخابات والحدود')).toBe('Chairman of the Independent Commission for Elections and Boundaries');
    expect(roleToEnglish('عضو اللجنة الوطنية للانتخابات والاستفتاء')).toBe('Member of the National Commission for Elections and Referendum');
    expect(roleToEnglish('رئيس اللجنة العليا للانتخابات والاستفتاء')).toMatch(/^(Head|Chairman) of the Supreme Commission for Elections and Referendum$/);
    const text = 'وأعلنت رئيسة اللجنة المستقلة للانتخابات والحدود غريس موانغي أن الفرز سينتهي غدا.';
    expect(byName(text, 'غريس موانغي')?.role_en).toMatch(/^(Chairwoman|Chair|Chairman|Head) of the Independent Commission for Elections and Boundaries$/);
  });
  it('while one for elections alone stays an Electoral Commission', () => {
    expect(roleToEnglish('رئيس اللجنة الوطنية المستقلة للانتخابات')).toBe('Head of the Independent National Electoral Commission');
    expect(roleToEnglish('قائد حرس الحدود')).toBe('Commander of the Border Guard');
  });
});

describe('«المقيم في» after an office’s complement, nationality or time', () => {
  it('is where its holder lives, no Resident office', () => {
    expect(roleToEnglish('الحاكم السابق لولاية تكساس المقيم في المنفى')).toBe('Former Governor of Texas');
    expect(roleToEnglish('رئيس الوزراء العراقي الأسبق المقيم في عمان')).toBe('Former Iraqi Prime Minister');
    expect(roleToEnglish('وزير الدفاع السابق المقيمة في باريس')).toBe('Former Minister of Defense');
  });
  it('while right after the head, or an ambassador’s, it is the office', () => {
    expect(roleToEnglish('المنسق المقيم للأمم المتحدة في العراق')).toBe('UN Resident Coordinator in Iraq');
    expect(roleToEnglish('سفير البرتغال المقيم في أبوظبي')).toMatch(/^Resident Ambassador of Portugal to the UAE, in Abu Dhabi$/);
  });
});

describe('the deputy of a president of the republic', () => {
  it('is the Vice President, with the nationality, the time and the affairs of the office', () => {
    expect(roleToEnglish('نائب رئيس الجمهورية لشؤون التخطيط')).toBe('Vice President for Planning Affairs');
    expect(roleToEnglish('نائبة الرئيس الإندونيسي للشؤون الاقتصادية')).toBe('Indonesian Vice President for Economic Affairs');
    expect(roleToEnglish('نائب رئيس الجمهورية اليمني')).toBe('Yemeni Vice President');
    expect(roleToEnglish('نائب رئيس الجمهورية الأسبق')).toBe('Former Vice President');
  });
});

describe('the field of affairs a portfolio names, with an adjective after it', () => {
  it('takes the adjective before it', () => {
    expect(roleToEnglish('مستشار رئيس الوزراء لشؤون الأمن الإقليمي')).toMatch(/for Regional Security Affairs$/);
    expect(roleToEnglish('مساعدة وزير الدفاع لشؤون الأمن الدولي')).toMatch(/for International Security Affairs$/);
  });
});

describe('a party whose own name is headed by a body noun', () => {
  it('is named by it alone, without another "Party"', () => {
    expect(roleToEnglish('رئيس حزب التجمع الوطني الديمقراطي')).toMatch(/^Head of the ((Democratic National|National Democratic) Rally|National Rally for Democracy)$/);
    expect(roleToEnglish('الأمين العام لحزب الاتحاد من أجل الجمهورية')).toMatch(/^Secretary-General of the Union for (the )?Republic$/);
    expect(roleToEnglish('نائب رئيس حزب اتحاد قوى التقدم')).toMatch(/Union of (the )?Forces of Progress$/);
  });
  it('while a union named only by its adjectives is still a party', () => {
    expect(roleToEnglish('رئيس حزب الاتحاد الديمقراطي الكردي')).toBe('Head of the Kurdish Democratic Union Party');
    expect(roleToEnglish('رئيس حزب العدالة والتنمية')).toBe('Head of the Justice and Development Party');
  });
});
