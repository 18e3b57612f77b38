import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a remit «لشؤون/للشؤون …» keeps what it names', () => {
  it('takes the adjectives of a remit (scientific, technical, bilateral, regional, multilateral)', () => {
    expect(roleToEnglish('مساعد وزير الصحة للشؤون الفنية')).toBe('Assistant Minister of Health for Technical Affairs');
    expect(roleToEnglish('وكيل وزارة الخارجية للشؤون الثنائية')).toBe('Undersecretary of the Ministry of Foreign Affairs for Bilateral Affairs');
    expect(roleToEnglish('المدير العام للشؤون الجهوية')).toBe('Director General for Regional Affairs');
    expect(roleToEnglish('نائب المدير للشؤون العلمية والتقنية')).toBe('Deputy Director for Scientific and Technical Affairs');
    expect(roleToEnglish('نائبة وزير الخارجية للشؤون المتعددة الأطراف')).toBe('Deputy Minister of Foreign Affairs for Multilateral Affairs');
    expect(roleToEnglish('وكيل الوزارة للشؤون الدولية المتعددة الأطراف')).toBe('Undersecretary of the Ministry for Multilateral International Affairs');
  });
  it('names a collective of states by its adjective', () => {
    expect(roleToEnglish('وزير الدولة لشؤون الدول الأفريقية')).toBe('Minister of State for African Affairs');
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون الوطن العربي')).toBe('Assistant Minister of Foreign Affairs for Arab Affairs');
  });
  it('names a body, or what the office does', () => {
    expect(roleToEnglish('وكيل وزارة الداخلية لشؤون الشرطة')).toBe('Undersecretary of the Ministry of Interior for Police Affairs');
    expect(roleToEnglish('وزير الدولة لشؤون مجلس الوزراء')).toBe('Minister of State for Cabinet Affairs');
    expect(roleToEnglish('وزير الدولة لشؤون رئاسة الجمهورية')).toBe('Minister of State for Presidential Affairs');
    expect(roleToEnglish('وكيل وزارة النفط لشؤون التوزيع')).toBe('Undersecretary of the Ministry of Oil for Distribution Affairs');
  });
  it('does not add Affairs to relations or cooperation', () => {
    expect(roleToEnglish('نائب رئيس بلدية باريس لشؤون العلاقات الدولية')).toBe('Deputy Mayor of Paris for International Relations');
    expect(roleToEnglish('وزيرة دولة لشؤون التعاون الدولي')).toBe('Minister of State for International Cooperation');
  });
  it('leaves a place named by its noun alone', () => {
    expect(roleToEnglish('المبعوث الخاص لشؤون منطقة الساحل')).not.toMatch(/Region Affairs/);
  });
});
