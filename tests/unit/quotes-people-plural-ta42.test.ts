import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a broken plural of people written with ة is a group of men, not a feminine body', () => {
  it('«وأشار القضاة الخمسة إلى» (heldout17/1801, Al Jazeera Net, shortened)', () => {
    const text = 'وقال رئيس هيئة المحكمة القاضي هيلي بوتاني إن "المخالفات كانت واسعة ومنهجية".\n\n'
      + 'وأشار القضاة الخمسة إلى استخدام سائل التصحيح على آلاف أوراق الفرز.';
    expect(speakerOf(text, 'سائل التصحيح')).toBe('القضاة الخمسة');
  });
  it('«وأكد الدعاة أن»', () => {
    const text = 'وقال وزير الأوقاف أحمد السعيد إن "المساجد ستفتح أبوابها".\n\nوأكد الدعاة أن الخطبة "ستتناول قيمة التسامح".';
    expect(speakerOf(text, 'قيمة التسامح')).toBe('الدعاة');
  });
});

describe('a verb that carries its plural subject has no subject after it', () => {
  it('«وطالبوا البرلمان بمراجعة»: the group goes on, the parliament is the object', () => {
    const text = 'وقال رئيس هيئة المحكمة القاضي هيلي بوتاني إن "المخالفات كانت واسعة ومنهجية".\n\n'
      + 'وأشار القضاة الخمسة إلى استخدام سائل التصحيح على آلاف أوراق الفرز، وطالبوا البرلمان بمراجعة أهلية رئيسة اللجنة الانتخابية.';
    expect(speakerOf(text, 'أهلية رئيسة')).toBe('القضاة الخمسة');
  });
});
