import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('two officials who speak together', () => {
  it('reads the feminine dual of a title as the two women of that title', () => {
    const text = 'واستقبلت وزيرة الخارجية الإسبانية أرانتشا غونزاليس وزيرة الخارجية السويدية آن ليندي في مدريد. وقالت الوزيرتان إن "الهجرة مسؤولية أوروبية مشتركة".';
    const q = quoteOf(text, 'مسؤولية أوروبية')!;
    expect(q.speaker_ar).toMatch(/غونزاليس/);
    expect(q.speaker_ar).toMatch(/ليندي/);
  });

  it('takes a dual title right before a quotation with no أن as the subject, not as the first words', () => {
    const text = 'وبحث وزير الداخلية التونسي كمال الفقي مع نظيره الليبي عماد الطرابلسي أمن الحدود. وأكد الوزيران "التزامهما بمكافحة التهريب عبر الحدود".';
    const q = quoteOf(text, 'بمكافحة التهريب')!;
    expect(q.text.startsWith('"')).toBe(true);
    expect(q.speaker_ar).toMatch(/الفقي/);
    expect(q.speaker_ar).toMatch(/الطرابلسي/);
  });

  it('names the two in the order the text introduced them, whoever of them spoke last', () => {
    const text = 'أعلن وزير المالية الكيني نجوغونا ندونغو ووزيرة التجارة ريبيكا ميانو خطة جديدة للصادرات. وقالت ميانو إن "الأسواق الإقليمية واعدة"، فيما قال ندونغو إن "التمويل متوفر". وأوضح الوزيران أن "الخطة تبدأ مطلع العام المقبل".';
    const q = quoteOf(text, 'مطلع العام')!;
    expect(q.speaker_ar).toMatch(/^نجوغونا ندونغو وريبيكا ميانو$/);
  });
});
