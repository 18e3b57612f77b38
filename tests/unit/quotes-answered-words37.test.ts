import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('"، وهو ما" with a verb that takes the words back: how someone else met them, not more of the words', () => {
  it('ends the words before someone who denies them', () => {
    const text = 'وقال وزير الداخلية أحمد علي إن العملية شهدت مقتل 280 مدنيا، وهو ما تنفيه أنقرة.';
    expect(quoteOf(text, 'مقتل 280 مدنيا')?.text).toBe('العملية شهدت مقتل 280 مدنيا');
  });

  it('ends a quotation before observers who read it', () => {
    const text = 'وقال رئيس البرلمان الألماني فولفغانغ شويبله إن ذلك "الأفضل للبلاد"، وهو ما فسره مراقبون بأنه رسالة انتقاد غير مباشرة.';
    expect(quoteOf(text, 'الأفضل للبلاد')?.text).toBe('ذلك "الأفضل للبلاد"');
  });

  it('ends the words before a negated answer too', () => {
    const text = 'وقال المحامي العام أحمد علي إن النائبين غادرا البلاد قبل صدور الحكم، وهو ما لم تؤكده السلطات رسميا.';
    expect(quoteOf(text, 'غادرا البلاد')?.text).toBe('النائبين غادرا البلاد قبل صدور الحكم');
  });

  it('keeps "وهذا ما" with a verb of the speaker\'s own', () => {
    const text = 'وقال وزير الخارجية أحمد علي إن الحل سياسي، وهذا ما نعمل ونسعى إليه جميعا.';
    expect(quoteOf(text, 'الحل سياسي')?.text).toContain('نعمل ونسعى إليه');
  });

  it('keeps "وهو ما" with no pronoun on its verb', () => {
    const text = 'وقال وزير الصحة أحمد علي إن التجربة نجحت، وهو ما يمكن نقله إلى دول أخرى.';
    expect(quoteOf(text, 'التجربة نجحت')?.text).toContain('يمكن نقله');
  });
});
