import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('round 44: a body for two fields joined by و', () => {
  it('keeps both fields, though the first is also a body of its own', () => {
    expect(roleToEnglish('رئيس اللجنة الوطنية للتنمية والإصلاح')).toBe('Chairman of the National Committee for Development and Reform');
    expect(roleToEnglish('رئيس اللجنة الوطنية للإصلاح والتنمية')).toBe('Chairman of the National Committee for Reform and Development');
  });
  it('leaves a single field as it was', () => {
    expect(roleToEnglish('رئيس مجلس التنمية والإعمار')).toBe('Chairman of the Development and Reconstruction Council');
    expect(roleToEnglish('وزير الدولة للتنمية والتعاون')).toBe('Minister of State for Development and Cooperation');
  });
});

describe('round 44: a council for elections', () => {
  it('is an Electoral Council, as a commission for them is an Electoral Commission', () => {
    expect(roleToEnglish('رئيس المجلس الوطني للانتخابات')).toBe('Chairman of the National Electoral Council');
    expect(roleToEnglish('رئيس المجلس الأعلى للانتخابات')).toBe('Chairman of the Supreme Electoral Council');
  });
});

describe('round 44: the board of directors of a body named before', () => {
  it('is its Board of Directors, not a council of a department', () => {
    expect(roleToEnglish('رئيس مجلس إدارتها')).toBe('Chairman of the Board of Directors');
    expect(roleToEnglish('عضو مجلس إدارته')).toBe('Member of the Board of Directors');
  });
  it('is named once when the head of the body chairs it', () => {
    expect(roleToEnglish('رئيس هيئة قناة السويس ورئيس مجلس إدارتها')).toBe('Chairman of the Suez Canal Authority');
  });
});
