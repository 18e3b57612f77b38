import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a body named with what it is for ("للانتخابات"), then a time set off by commas', () => {
  it('keeps "للانتخابات" in the body\'s name, out of the words', () => {
    const text = 'وأكدت المفوضية العليا المستقلة للانتخابات اكتمال استعداداتها الفنية للاقتراع.';
    const q = quoteOf(text, 'اكتمال استعداداتها');
    expect(q?.text.startsWith('اكتمال')).toBe(true);
    expect(q?.speaker_ar).toContain('للانتخابات');
  });

  it('starts the words after "، فجر أمس،" and the country the body is of', () => {
    // (Round 69: results announced are no words, so the words here are a date announced.)
    const text = 'وأعلنت المفوضية العليا المستقلة للانتخابات في العراق، فجر أمس، موعد الانتخابات البرلمانية المقبلة في 12 مايو من العام القادم.';
    expect(quoteOf(text, 'موعد الانتخابات')?.text.startsWith('موعد الانتخابات')).toBe(true);
  });

  it('does not take an audience after a spokesman into the name', () => {
    const text = 'وقال المتحدث باسم الحكومة العراقية للصحفيين إن الحكومة ستعلن موعد الانتخابات قريبا.';
    const q = quoteOf(text, 'ستعلن موعد');
    expect(q?.text.startsWith('الحكومة ستعلن')).toBe(true);
    expect(q?.speaker_ar ?? '').not.toContain('للصحفيين');
  });
});
