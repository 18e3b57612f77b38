import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a relative clause about the subject that holds a name in quotation marks', () => {
  it('is skipped whole: the object after it opens the words', () => {
    const text = 'من جانبه، دعا رئيس الوزراء محمد شياع السوداني، الذي يخوض الانتخابات على رأس ائتلاف «الإعمار والتنمية»، الناخبين إلى المشاركة الواسعة في الاقتراع.';
    const q = quoteOf(text, 'المشاركة الواسعة');
    expect(q?.text).not.toContain('يخوض');
    expect(q?.text.startsWith('الناخبين')).toBe(true);
  });

  it('is no quotation of its own when the words come later in quotation marks', () => {
    const text = 'ودعا رئيس الوزراء محمد شياع السوداني، الذي يخوض الانتخابات على رأس ائتلاف «الإعمار والتنمية»، العراقيين إلى «المشاركة الواسعة».';
    expect(analyze(text).quotes.some((x) => x.text.includes('يخوض الانتخابات'))).toBe(false);
    expect(quoteOf(text, 'المشاركة الواسعة')).toBeDefined();
  });
});
