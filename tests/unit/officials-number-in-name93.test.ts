// No person's name holds a number written in digits: a run the name readers took for a name that does («انتخابات
// 2026», «إكسبو 2030») is an event or a bid, never shown as a person. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { holdsNumber } from '@/lib/people/not-a-name';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a number in a name', () => {
  it('is no name after an office', () => {
    const text = 'ويرى المحلل السياسي سامي نجيب أن الأحزاب "تحتاج إلى رئيس ضعيف أكثر مما تحتاج إلى رئيس جديد قبل انتخابات 2028".';
    expect(names(text).some((n) => /\d/.test(n))).toBe(false);
  });

  it('holds a number only where the run has digits', () => {
    expect(holdsNumber(['ملف', 'اكسبو', '2030'])).toBe(true);
    expect(holdsNumber(['انتخابات', '٢٠٢٦'])).toBe(true);
    expect(holdsNumber(['عبدالله', 'الثاني'])).toBe(false);
  });
});
