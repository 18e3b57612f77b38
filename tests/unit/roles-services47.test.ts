import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en ?? null;

describe('the branches of the armed forces are bodies of their own', () => {
  it('reads «القوات الجوية» and «سلاح الجو» as the Air Force', () => {
    expect(roleToEnglish('قائد القوات الجوية')).toBe('Commander of the Air Force');
    expect(roleToEnglish('قائد سلاح الجو الإسرائيلي')).toBe('Commander of the Israeli Air Force');
    expect(roleToEnglish('قائد القوات الجوية الأمريكية')).toBe('Commander of the US Air Force');
  });
  it('reads «القوات البحرية» as the Naval Forces and «الدفاع الجوي» as the Air Defense Forces', () => {
    expect(roleToEnglish('قائد القوات البحرية الملكية')).toBe('Commander of the Royal Naval Forces');
    expect(roleToEnglish('قائد قوات الدفاع الجوي')).toBe('Commander of the Air Defense Forces');
  });
});

describe('«حرب» in Egyptian military offices', () => {
  it('reads «الحربية» as the adjective Military', () => {
    expect(roleToEnglish('مدير المخابرات الحربية')).toBe('Director of the Military Intelligence');
  });
  it('reads «رئيس أركان حرب» as the chief of staff', () => {
    expect(roleToEnglish('رئيس أركان حرب القوات المسلحة')).toBe('Chief of the General Staff of the Armed Forces');
  });
  it('keeps the office after a rank «أركان حرب» and the name (sentence of our own)', () => {
    const text = 'وحضر اللقاء الفريق أول محمد حسن رئيس أركان حرب القوات المسلحة، واللواء أركان حرب خالد منصور مدير إدارة المخابرات الحربية والاستطلاع، وقائد القوات الجوية الفريق محمود سعيد.';
    expect(roleOf(text, 'محمد حسن')).toBe('Chief of the General Staff of the Armed Forces');
    // (The department's second field joins its first since round 101: Egypt's Military Intelligence and Reconnaissance.)
    expect(roleOf(text, 'خالد منصور')).toBe('Director of the Military Intelligence and Reconnaissance Department');
    expect(roleOf(text, 'محمود سعيد')).toBe('Commander of the Air Force');
  });
});
