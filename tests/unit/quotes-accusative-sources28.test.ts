import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_ar : undefined;
};

const OPENING = 'استقبل وزير الخارجية الأردني أيمن الصفدي نظيره البلجيكي في عمان. وقال الصفدي إن المباحثات "كانت بناءة". ';

describe('an unnamed speaker as the subject after a contrast (غير أن، إلا أن، لكن)', () => {
  it('is a source in the accusative with its adjectives', () => {
    const text = OPENING + 'غير أن مصدراً حكومياً مطلعاً قال لـ"الغد" إن الخلافات "ما زالت قائمة حول ملف اللاجئين".';
    expect(speakerOf(text, 'الخلافات')).toBe('مصدراً حكومياً مطلعاً');
    expect(analyze(text).quotes.find((q) => q.text.includes('الخلافات'))?.speaker_en).toBe('Informed government source');
  });

  it('is a source in the accusative whose wish not to be named stands before the verb', () => {
    const text = OPENING + 'إلا أن مسؤولاً رفيعاً في الوزارة، طلب عدم الكشف عن هويته، قال إن الزيارة "لن تغير شيئا".';
    expect(speakerOf(text, 'الزيارة')).toBe('مسؤولاً رفيعاً في الوزارة');
  });

  it('is the protesters or the people close to someone', () => {
    const protesters = OPENING + 'لكن المتظاهرين يقولون إن الحكومة "تتجاهل مطالب الناس".';
    expect(speakerOf(protesters, 'الحكومة')).toBe('المتظاهرين');
    const close = OPENING + 'غير أن مقربين منه أكدوا أنه "لم يحسم قراره بعد".';
    expect(speakerOf(close, 'لم يحسم')).toBe('مقربين منه');
  });
});
