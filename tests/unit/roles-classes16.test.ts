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
