import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a relative clause inside the words after أن/إن', () => {
  it('goes on with the words when its verb takes a plain object', () => {
    const text = 'وقال وزير الطاقة نادر السالم إن المحطة التي أعلنت الحكومة إنشاءها العام الماضي ستدخل الخدمة في الربيع المقبل.';
    const quotes = quotesOf(text);
    expect(quotes).toContain('المحطة التي أعلنت الحكومة إنشاءها العام الماضي ستدخل الخدمة في الربيع المقبل');
    expect(quotes.some((q) => q.endsWith('التي'))).toBe(false);
  });

  it('goes on past a verb of pledging in the relative clause', () => {
    const text = 'وأوضحت الوزارة في بيان أن الطرفين بحثا تمويل الجسر الذي تعهد البنك الدولي بتمويله جزئيا.';
    expect(quotesOf(text)).toContain('الطرفين بحثا تمويل الجسر الذي تعهد البنك الدولي بتمويله جزئيا');
  });

  it('still starts another statement when the relative clause reports words of its own', () => {
    const text = 'وقال الوزير نادر السالم إن الاتفاق تأخر بسبب المعارضة، التي قالت إن «الشروط غير عادلة».';
    expect(quotesOf(text).some((q) => q.includes('الشروط غير عادلة') && !q.includes('الاتفاق تأخر'))).toBe(true);
  });
});
