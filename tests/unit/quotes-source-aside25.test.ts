import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a source aside set off by commas between the subject and the words', () => {
  it('is skipped when it holds an agency name in quotation marks', () => {
    const text = 'وأكد وزير الخارجية المصري بدر عبد العاطي، بحسب بيان لوزارة الخارجية نشرته وكالة أنباء الشرق الأوسط "أ ش أ"، حرص مصر على "استقرار ليبيا ووحدة أراضيها".';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('بحسب بيان'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('حرص مصر على'))).toBe(true);
  });

  it('is skipped before a noun object', () => {
    const text = 'وكان مصدر مسؤول في وزارة الداخلية قد نفى، مساء السبت، وفقا لما نقلته وكالة الأنباء الرسمية، الأنباء التي نشرتها صحيفة محلية عن استقالة الوزير.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('وفقا لما نقلته'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('الأنباء التي نشرتها'))).toBe(true);
  });
});
