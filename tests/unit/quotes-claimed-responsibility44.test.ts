import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'مقديشو - قتل 23 شخصا على الأقل في تفجير سيارة مفخخة قرب فندق في العاصمة الصومالية.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('a claim of responsibility («أعلن X مسؤوليته عن …») is an act, not words', () => {
  it('reads no words after «مسؤوليتها عن»', () => {
    expect(quotesOf('وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم، في بيان بثته إذاعة الأندلس التابعة لها.')).toEqual([]);
  });

  it('still reads what the group said after it', () => {
    const q = quotesOf('وأعلنت حركة الشباب مسؤوليتها عن الهجوم، وقال المتحدث باسم الحركة عبد العزيز أبو مصعب إن مقاتليها استهدفوا الفندق.');
    expect(q).toEqual(['مقاتليها استهدفوا الفندق']);
  });
});
