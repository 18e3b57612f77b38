import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'لوساكا - تابعت العواصم الأفريقية اليوم نتائج الاقتراع في البلاد.\n\n';
const quotesOf = (text: string, lead = LEAD) => analyze(lead + text).quotes.map((q) => q.text);

describe('a win an electoral body declares, however far into the object it comes', () => {
  it('reads no words past a time with no commas («أعلنت في وقت مبكر من اليوم نفسه فوز …»)', () => {
    expect(quotesOf('وكانت مفوضية الانتخابات قد أعلنت في وقت مبكر من صباح الأحد فوز الرئيس بنسبة 61% من الأصوات.')).toEqual([]);
  });

  it('reads none when the word of elections is in a subject before the verb', () => {
    expect(quotesOf('وكانت رئيسة اللجنة الانتخابية القاضية ماري باندا قد أعلنت في يونيو/حزيران فوز الرئيس بنسبة 40% من الأصوات.')).toEqual([]);
  });

  it('reads none past the rest of the body\'s name and a time set off by commas', () => {
    expect(quotesOf('أعلنت اللجنة العليا للانتخابات والاستفتاءات في زامبيا، الخميس، فوز زعيم المعارضة بالانتخابات الرئاسية.')).toEqual([]);
  });

  it('still reads words said before the win (أن comes first)', () => {
    const q = quotesOf('وأعلنت رئيسة اللجنة الانتخابية أن النتائج النهائية ستصدر غدا بعد فوز الرئيس بالجولة الأولى.');
    expect(q.length).toBe(1);
  });
});
