import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { labourStyled, roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('the field of «العمل» as its state spells it', () => {
  it('is Labour in the Commonwealth, Europe, the Levant and most of the Gulf', () => {
    expect(labourStyled('Minister of Labor', 'JO')).toBe('Minister of Labour');
    expect(labourStyled('Director of the Labor Relations Department', 'QA')).toBe('Director of the Labour Relations Department');
    expect(labourStyled('Minister of Labor and Social Affairs', 'IQ')).toBe('Minister of Labour and Social Affairs');
    expect(labourStyled('Minister of Labor', 'KE')).toBe('Minister of Labour');
  });
  it('stays Labor in the US, the Philippines and where the state is not known', () => {
    expect(roleToEnglish('وزير العمل')).toBe('Minister of Labor');
    expect(labourStyled('Secretary of Labor', 'PH')).toBe('Secretary of Labor');
    expect(labourStyled('Secretary of Labor', 'US')).toBe('Secretary of Labor');
    expect(labourStyled('Minister of Labor', null)).toBe('Minister of Labor');
  });
  it('leaves a party its own name', () => {
    expect(labourStyled('Leader of the Labor Party', 'GB')).toBe('Leader of the Labor Party');
  });
  it('reaches an official of the article', () => {
    const text = 'وبحث وزير العمل الأردني سامر الحديدي مع نظيره العماني سبل تنظيم العمالة الوافدة.';
    expect(byName(text, 'سامر الحديدي')?.role_en).toMatch(/Minister of Labour$/);
  });
});

describe('the assistant of a head of state', () => {
  it('is a Presidential Aide, with his state and his affairs', () => {
    expect(roleToEnglish('مساعد الرئيس الروسي')).toBe('Russian Presidential Aide');
    expect(roleToEnglish('مساعد الرئيس الروسي للشؤون الدولية')).toBe('Russian Presidential Aide for International Affairs');
    expect(roleToEnglish('مساعد رئيس الجمهورية')).toBe('Presidential Aide');
  });
  it('keeps the US title, and the assistant of another office stays one', () => {
    expect(roleToEnglish('مساعد الرئيس الأمريكي لشؤون الأمن القومي')).toBe('Assistant to the US President for National Security Affairs');
    expect(roleToEnglish('مساعد رئيس مجلس الشورى')).toBe('Assistant to the Speaker of the Shura Council');
    expect(roleToEnglish('مساعد وزير الخارجية للشؤون الأفريقية')).toMatch(/^Assistant Minister of Foreign Affairs/);
  });
});

describe('a remit joined to the affairs that the grammar leaves unread', () => {
  it('does not hide the ministry the office is held in', () => {
    expect(roleToEnglish('الوكيل المساعد لشؤون الأمم المتحدة ومنظماتها المتخصصة في وزارة الخارجية والمغتربين')).toBe('Assistant Undersecretary for UN Affairs at the Ministry of Foreign Affairs and Expatriates');
    expect(roleToEnglish('الوكيل المساعد لشؤون التخطيط وتنسيق المساعدات في وزارة المالية')).toMatch(/^Assistant Undersecretary for Planning Affairs at the Ministry of Finance$/);
  });
  it('but a name after «و» is another person', () => {
    expect(roleToEnglish('مساعد وزير الخارجية للشؤون الأفريقية ومحمد علي في وزارة الخارجية')).toBe('Assistant Minister of Foreign Affairs for African Affairs');
  });
});

describe('a body of two states with a dash between them', () => {
  it('is of both states', () => {
    expect(roleToEnglish('رئيس لجنة الصداقة البرلمانية الأردنية - الكندية')).toBe('Chairman of the Jordanian-Canadian Parliamentary Friendship Committee');
    const text = 'استقبل رئيس مجلس النواب وفدا برئاسة رئيس لجنة الصداقة البرلمانية الأردنية - الكندية النائب خالد العتوم، وضم النواب عمر بكر.';
    expect(byName(text, 'خالد العتوم')?.role_en).toBe('Chairman of the Jordanian-Canadian Parliamentary Friendship Committee');
  });
});
