import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const official = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('words the title grammar cannot read before the body after «في/بـ/لدى» (titles.ts unreadBeforeBody)', () => {
  it('keeps the ministry or national body a department belongs to', () => {
    expect(roleToEnglish('مدير إدارة التعاون مع دول آسيا في وزارة الخارجية الأردنية')).toBe('Director of the Cooperation Department at the Jordanian Ministry of Foreign Affairs');
    expect(roleToEnglish('رئيس قسم التخطيط الاستراتيجي والتطوير بوزارة الصحة المصرية')).toBe('Head of the Strategic Planning Department at the Egyptian Ministry of Health');
  });
  it('keeps the country a mission or an office held in a place is accredited to or sits in', () => {
    expect(roleToEnglish('رئيس مكتب تمثيل هولندا لدى دولة فلسطين')).toBe('Head of the Office to Palestine');
    expect(roleToEnglish('ممثلة يونيدو في تونس')).toBe('Representative in Tunisia');
  });
  it('the holder named right after the department is still read, with the body after him', () => {
    const o = official('وقالت مديرة إدارة حماية المستهلك ودعم المنافسة في وزارة التجارة العمانية منى سالم إن الأسعار مستقرة.', 'منى سالم');
    expect(o?.role_en).toBe('Director of the Consumer Protection and Competition Support Department at the Omani Ministry of Commerce');
  });
  it('stops at a name, a clause or a time word: no body is taken past them', () => {
    expect(official('وقال مدير إدارة الأزمات سامي عادل في وزارة الداخلية إن الوضع مستقر.', 'سامي عادل')?.role_en).toBe('Director of the Crisis Management Department');
    expect(roleToEnglish('مدير إدارة الأزمات الذي يعمل في وزارة الداخلية')).toBe('Director of the Crisis Management Department');
    expect(roleToEnglish('ممثل المنظمة أمس في تونس')).not.toContain('Tunisia');
  });
});
