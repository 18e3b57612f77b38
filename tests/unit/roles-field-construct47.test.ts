import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';
import { analyze } from '@/lib/analyze';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en ?? null;

describe('«العلاقات الدولية» is a field a department is named by', () => {
  it('reads the International Relations Department', () => {
    expect(roleToEnglish('مدير إدارة العلاقات الدولية بوزارة الدفاع')).toBe('Director of the International Relations Department at the Ministry of Defense');
    expect(roleToEnglish('نائب رئيس قسم العلاقات الدولية')).toBe('Deputy Head of the International Relations Department');
  });
});

describe('a body noun left open in the construct takes the name after it', () => {
  it('names the university after a person, no holder of the title (sentence of our own)', () => {
    const text = 'وقال خالد العمراني، أستاذ العلاقات الدولية بجامعة محمد الخامس بالرباط، إن "الزيارة تفتح صفحة جديدة بين البلدين".';
    const quotes = analyze(text).quotes;
    expect(quotes[0]?.speaker_ar).toBe('خالد العمراني');
  });
  it('still gives the holder a body closed by its complement: «المستشار بمكتب الأمين العام X»', () => {
    const text = 'وحضر اللقاء السفير حسام زكي والمستشار بمكتب الأمين العام حازم عبدالمنعم.';
    expect(roleOf(text, 'حازم عبدالمنعم')).toMatch(/^Adviser\b/);
  });
});
