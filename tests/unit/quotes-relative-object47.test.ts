import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'بنما - ألغت المحكمة العليا عقد منجم النحاس بعد أسابيع من الاحتجاجات.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('inside the words, a relative clause with a definite object of its own describes a noun of the words', () => {
  it('keeps «القانون الذي أقر العقد «…»» one statement (heldout19 2002, BBC Arabic)', () => {
    expect(quotesOf('وقالت المحكمة في بيان تلته رئيستها إن القانون الذي أقر العقد "يخالف 25 مادة من الدستور".')).toEqual([
      'القانون الذي أقر العقد "يخالف 25 مادة من الدستور"',
    ]);
    expect(quotesOf('وقال الوزير إن الاتفاق الذي أعلن البرلمان موعده "سيوقع الشهر المقبل".')).toEqual([
      'الاتفاق الذي أعلن البرلمان موعده "سيوقع الشهر المقبل"',
    ]);
  });

  it('still reads the words of a relative clause that describes with a quotation or reports its own', () => {
    const described = quotesOf('وقال الوزير إن رئيس البرلمان الذي اعتبر الخطوة "تاريخية" سيزور العاصمة غدا.');
    expect(described.some((q) => q.startsWith('الخطوة "تاريخية"'))).toBe(true);
    const own = quotesOf('وأضاف أن النقابة التي قالت "لن نتراجع عن الإضراب" ستجتمع غدا.');
    expect(own.some((q) => q.includes('لن نتراجع'))).toBe(true);
  });
});
