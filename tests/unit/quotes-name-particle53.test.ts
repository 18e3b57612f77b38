// A name word that reads as a complementizer («فان» of "van", written like «فإن») is part of the official's name when
// the officials layer linked it to one: the statement starts after the name, and the named official speaks. Sentences
// of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));

describe('«فان» inside a linked name is no فإن', () => {
  const t = 'التقى وزير المالية سامي الحداد رئيس بعثة صندوق النقد الدولي بيتر فان رودن في عمان.\n\n'
    + 'وقال الحداد إن "المفاوضات تسير بشكل جيد".\n\n'
    + 'من جانبه، أشاد فان رودن بـ "الإصلاحات الجارية"، مشيرا إلى أن البعثة ستزور المحافظات الشمالية.\n\n'
    + 'وقال فان رودن "النمو سيتسارع في العام المقبل".';
  it('a quotation after the name with no complementizer', () => {
    expect(quoteWith(t, 'النمو سيتسارع')?.speaker_ar).toBe('بيتر فان رودن');
  });
  it('a continuation after «أشاد فان رودن بـ»', () => {
    expect(quoteWith(t, 'ستزور المحافظات')?.speaker_ar).toBe('بيتر فان رودن');
  });
  it('a real «فإن» still opens the words', () => {
    const s = 'وقالت الوزيرة سلمى الحداد إن الاتفاق قريب، وأضافت: «أما الشروط فإن الحكومة قبلتها».';
    expect(quoteWith(s, 'الحكومة قبلتها')?.speaker_ar).toBe('سلمى الحداد');
  });
});
