import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words)) ?? null;

describe('ordinary people in the plural speak as a group, in English', () => {
  it('traders on an exchange (heldout17/1802, Al Arabiya)', () => {
    const text = 'ارتفع مؤشر البورصة بأكثر من 5% في التعاملات المبكرة.\n\nكما رأى متداولون في بورصة كراتشي أن الارتفاع القياسي للمؤشر اليوم يعكس ارتياح المستثمرين.';
    const q = quoteOf(text, 'الارتفاع القياسي');
    expect(q?.speaker_ar).toBe('متداولون في بورصة كراتشي');
    expect(q?.speaker_en).toMatch(/^Traders/);
  });
  it('investors, farmers and refugees', () => {
    expect(quoteOf('وقال مستثمرون إن "السوق تحتاج إلى الاستقرار".', 'تحتاج إلى')?.speaker_en).toBe('Investors');
    expect(quoteOf('وقال مزارعون في المنطقة إن المحصول "تضرر بشدة هذا العام".', 'تضرر بشدة')?.speaker_en).toMatch(/^Farmers/);
    expect(quoteOf('وقال لاجئون للوكالة إنهم "لا يملكون شيئا".', 'لا يملكون')?.speaker_en).toMatch(/^Refugees/);
  });
  it('a broken plural (تجار، طلاب) is several people, not one', () => {
    expect(quoteOf('وقال تجار في السوق إن الأسعار "ارتفعت بشكل جنوني".', 'ارتفعت بشكل')?.speaker_en).toMatch(/^Traders/);
  });
});
