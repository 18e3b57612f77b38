import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a short name in quotation marks inside the subject of a reporting verb', () => {
  it('is no quote when an apposition closes after it with a comma and the complementizer follows', () => {
    const text = 'قال كريم العبيدي، رئيس اتحاد منتجي الحبوب «أغرو»، الذي زار الميناء صباح الخميس، إن «الشحنات الأولى ستصل قبل نهاية الشهر».';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('أغرو'))).toBe(false);
    expect(quotes.some((q) => q.includes('الشحنات الأولى ستصل'))).toBe(true);
  });

  it('is no quote when the verb\'s own preposition follows after a comma', () => {
    const text = 'وأعربت عواصم «الرباعية»، الأردن ومصر والإمارات والسعودية، في بيان مشترك، عن «خيبة أملها العميقة» من تعثر المفاوضات.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('الرباعية'))).toBe(false);
    expect(quotes.some((q) => q.includes('خيبة أملها العميقة'))).toBe(true);
  });

  it('is no quote after a preposition inside the subject, with a source aside before «على أن»', () => {
    const text = 'وأكد ممثل البلاد لدى «أونروا» السفير منير الحداد، بحسب بيان للخارجية، على أن «تمويل الوكالة يجب أن يستمر دون شروط».';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.includes('أونروا'))).toBe(false);
    expect(quotes.some((q) => q.includes('تمويل الوكالة يجب أن يستمر'))).toBe(true);
  });

  it('is still the words right after the verb\'s preposition', () => {
    const text = 'ودعا وزير الخارجية سامر الخطيب إلى «التهدئة»، مؤكدا أن الحوار هو السبيل الوحيد.';
    expect(quotesOf(text).some((q) => q.includes('التهدئة'))).toBe(true);
  });
});
