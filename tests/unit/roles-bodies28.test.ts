import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('the head of a body whose chief has a title of his own («مدير» + a named agency)', () => {
  it('takes that title, whatever the Arabic calls him', () => {
    expect(roleToEnglish('مدير وكالة ناسا')).toBe('Administrator of NASA');
    expect(roleToEnglish('نائب مدير وكالة ناسا')).toBe('Deputy Administrator of NASA');
  });
  it('and a generic director keeps his title', () => {
    expect(roleToEnglish('مدير الوكالة الوطنية للتشغيل')).toMatch(/^Director of /);
  });
});

describe('a board in the construct with a body named without the article', () => {
  it('is that body\'s board (a company by its own name, a bank or a fund by its noun)', () => {
    expect(roleToEnglish('رئيس مجلس إدارة أدنوك')).toBe('Chairman of the Board of Directors of ADNOC');
    expect(roleToEnglish('رئيس مجلس إدارة بنك قطر الوطني')).toBe('Chairman of the Board of Directors of the National Bank of Qatar');
    expect(roleToEnglish('رئيس مجلس إدارة صندوق التنمية')).toBe('Chairman of the Board of Directors of the Development Fund');
  });
});

describe('the head of a place named with its region noun («رئيس إقليم X»)', () => {
  it('is headed as the region noun\'s body is', () => {
    expect(roleToEnglish('رئيس إقليم كردستان')).toBe('President of Kurdistan Region');
    expect(roleToEnglish('نائب رئيس إقليم كردستان')).toBe('Vice President of Kurdistan Region');
  });
});

describe('an office held in the European Union or the UN («في الاتحاد الأوروبي»)', () => {
  it('is an EU or a UN office in English', () => {
    expect(roleToEnglish('الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي')).toBe('EU High Representative for Foreign Policy');
    expect(roleToEnglish('مسؤول السياسة الخارجية في الاتحاد الأوروبي')).toBe('EU Official of Foreign Policy');
  });
  it('and a policy joined to the affairs is kept', () => {
    expect(roleToEnglish('الممثل الأعلى للشؤون الخارجية والسياسة الأمنية في الاتحاد الأوروبي')).toBe('EU High Representative for Foreign Affairs and Security Policy');
  });
  it('but an ambassador to the union stays accredited to it', () => {
    expect(roleToEnglish('سفير ألمانيا في الاتحاد الأوروبي')).toBe('Ambassador of Germany to the European Union');
  });
});

describe('the secretary of a council of ministers', () => {
  it('is its Cabinet Secretary, chief or deputy', () => {
    expect(roleToEnglish('أمين مجلس الوزراء')).toBe('Cabinet Secretary');
    expect(roleToEnglish('كبير أمناء مجلس الوزراء الياباني')).toBe('Japanese Chief Cabinet Secretary');
    expect(roleToEnglish('نائبة كبير أمناء مجلس الوزراء')).toBe('Deputy Chief Cabinet Secretary');
  });
  it('and its secretary-general keeps his title', () => {
    expect(roleToEnglish('الأمين العام لمجلس الوزراء')).toBe('Secretary-General of the Council of Ministers');
  });
});

describe('what a body is for, named in the construct («لكرة القدم», «لمكافحة الفساد»)', () => {
  it('is kept in its English', () => {
    expect(roleToEnglish('رئيس الهيئة الوطنية لمكافحة الفساد')).toBe('Head of the National Authority for Anti-Corruption');
    expect(roleToEnglish('رئيس الاتحاد التونسي لكرة القدم')).toBe('President of the Tunisian Football Federation');
  });
});

describe('a movement the press names by its members («جماعة الحوثيين»)', () => {
  it('is the Houthi movement, after an office and after a body of it', () => {
    expect(roleToEnglish('الناطق الرسمي باسم جماعة أنصار الله')).toBe('Spokesman for the Houthi movement');
    expect(roleToEnglish('رئيس المجلس السياسي لجماعة الحوثي')).toBe('Chairman of the Political Council of the Houthi movement');
  });
});
