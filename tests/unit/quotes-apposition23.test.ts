import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a title or relative clause set off by commas after the named subject', () => {
  it('is no statement of a verb of praise whose object is a bare noun', () => {
    const text = 'وأشاد هشام الدباغ، مدير مكتب البنك الدولي في عمان، بالبرنامج، وقال إنه «نموذج يحتذى في المنطقة».';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('مدير مكتب'))).toBe(false);
    expect(quotes.some((q) => q.includes('نموذج يحتذى'))).toBe(true);
  });

  it('is no statement of a verb of welcome when a relative clause describes the subject', () => {
    const text = 'ورحب الرئيس التونسي قيس سعيد، الذي استقبل الوفد الليبي صباح الأحد، بالتفاهم، وقال إن التفاهم "خطوة أولى مهمة".';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('استقبل الوفد'))).toBe(false);
    expect(quotes.some((q) => q.includes('خطوة أولى مهمة'))).toBe(true);
  });
});
