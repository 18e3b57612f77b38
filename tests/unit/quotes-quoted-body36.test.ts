import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a relative clause after a body named in quotation marks', () => {
  const text = 'أعلن الرئيس الأفغاني أشرف غني وقفا لإطلاق النار مع حركة طالبان. '
    + 'وأوضح الرئيس الأفغاني أن القرار يأتي بعد "الفتوى الصادرة عن مجلس العلماء الأفغان" الذين اعتبروا الاثنين أن القتال باسم الجهاد أمر "غير شرعي" في الإسلام. '
    + 'وقال إن "الحكومة تأمر قوات الأمن بوقف هجماتها خلال فترة الهدنة".';

  it('has the body for subject, not a group named earlier', () => {
    expect(quoteOf(text, 'القتال باسم الجهاد')?.speaker_ar).toBe('مجلس العلماء الأفغان');
  });

  it('is an aside: the one who was speaking goes on after it', () => {
    expect(quoteOf(text, 'تأمر قوات الأمن')?.speaker_ar).toBe('أشرف غني');
  });

  it('leaves a quoted name with no reporting verb after it to its sentence', () => {
    const other = 'وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ستواصل قتال "حزب العمال الكردستاني" الذي تعتبره أنقرة منظمة إرهابية.';
    expect(quoteOf(other, 'ستواصل')?.speaker_ar).toBe('مولود جاويش أوغلو');
  });
});
