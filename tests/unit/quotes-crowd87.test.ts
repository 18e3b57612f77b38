import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'فيضانات في الإقليم\n\nقال محافظ الإقليم سمير الداوودي إن فرق الإنقاذ تعمل منذ الصباح.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('what a crowd feels or describes is news, not words', () => {
  it('reads no words in «عبر عدد من الأهالي عن …»', () => {
    expect(quotesOf('وعبّر عدد من السكان عن استيائهم من تأخر وصول المساعدات.')).toEqual(['فرق الإنقاذ تعمل منذ الصباح']);
  });

  it('reads no words in a count of people', () => {
    expect(quotesOf('وعبر أكثر من 20 ألف شخص على مواقع التواصل عن تضامنهم مع المتضررين.')).toEqual(['فرق الإنقاذ تعمل منذ الصباح']);
  });

  it('reads no words in a bare plural of persons', () => {
    expect(quotesOf('وأبدى مزارعون في القرى المجاورة خشيتهم على محاصيل الموسم.')).toEqual(['فرق الإنقاذ تعمل منذ الصباح']);
  });

  it('still reads what witnesses say after إن', () => {
    expect(quotesOf('وقال سكان إن المياه وصلت إلى الطوابق الأولى خلال ساعة واحدة.')).toContain('المياه وصلت إلى الطوابق الأولى خلال ساعة واحدة');
  });
});
