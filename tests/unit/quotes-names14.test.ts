import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.text ?? '';

describe('a name in quotation marks inside the words', () => {
  it('runs the words on past a party, a bloc or a union named in quotation marks to the verb it is subject of', () => {
    for (const [text, name, end] of [
      ['وأعلن النائب جورج عقيص أن تكتل "لبنان القوي" طالب خلال الجلسة بتأجيل التصويت على الموازنة، مشيرا إلى أن "المهل الدستورية تسمح بذلك".', 'لبنان القوي', 'الموازنة'],
      ['وقالت الوزيرة ريما خلف إن حزب "العدالة والبناء" رفض المشاركة في الحكومة الجديدة.', 'العدالة والبناء', 'الجديدة'],
      ['وأوضح المتحدث أن نقابة "المعلمين الأحرار" قررت تعليق الإضراب حتى نهاية الشهر الجاري.', 'المعلمين الأحرار', 'الجاري'],
      ['وذكر الناطق باسم الجيش أن تنظيم "أنصار الدين" أعلن مسؤوليته عن الهجوم على القاعدة.', 'أنصار الدين', 'القاعدة'],
    ] as const) {
      expect(quoteWith(text, name)).toContain(end);
    }
  });

  it('still ends the words at a quotation that a verb after it attributes', () => {
    const text = 'وقال الوزير إن الحكومة "لن تتراجع عن الإصلاحات"، أكد رئيس الوزراء ذلك في كلمته.';
    expect(quoteWith(text, 'لن تتراجع')).not.toContain('كلمته');
  });
});
