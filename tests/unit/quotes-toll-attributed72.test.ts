import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'بانكوك - تواصل فرق الإنقاذ عملها في المناطق المنكوبة شمالي البلاد.\n\n';
const quotesOf = (text: string, lead = LEAD) => analyze(lead + text).quotes.map((q) => q.text);

describe('a toll attributed after it («…، وفق ما أعلنت الشرطة») is news, not words', () => {
  it('reads no words in a toll that rose', () => {
    expect(quotesOf('ارتفعت حصيلة ضحايا الفيضانات في الإقليم إلى 212 قتيلا، وفق ما أعلنته السلطات المحلية اليوم الثلاثاء.')).toEqual([]);
  });

  it('reads no words in the dead and wounded of an attack', () => {
    expect(quotesOf('قتل 14 شخصا على الأقل وأصيب العشرات، الجمعة، في انفجار سيارة مفخخة قرب سوق شعبي، بحسب ما أفادت الشرطة.')).toEqual([]);
  });

  it('still reads a report of no casualties so attributed', () => {
    const q = quotesOf('وسيزور الرئيس العاصمة الأسبوع المقبل لبحث مشاريع إعادة الإعمار مع الحكومة، وفق ما أعلن مكتبه.');
    expect(q).toEqual(['وسيزور الرئيس العاصمة الأسبوع المقبل لبحث مشاريع إعادة الإعمار مع الحكومة']);
  });

  it('still reads a toll someone gives after إن', () => {
    const q = quotesOf('وقال المتحدث باسم الشرطة أنوتشا سوكسان إن حصيلة القتلى ارتفعت إلى 212.');
    expect(q).toEqual(['حصيلة القتلى ارتفعت إلى 212']);
  });
});
