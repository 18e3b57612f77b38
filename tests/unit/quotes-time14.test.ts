import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotes = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a clause of time opened by بعدما / عندما / حينما', () => {
  it('reads no statement in an event it tells ("بعدما أعلن X الإضراب")', () => {
    for (const text of [
      'شهدت محطات الوقود طوابير طويلة، بعدما اعلن اصحاب المحطات الاضراب المفتوح احتجاجا على شراء البنزين بالدولار.',
      'وتعيش البلاد أزمة حادة، بعدما أعلن رئيس البرلمان المعارض خوسيه مارتينيز نفسه رئيسا مؤقتا للبلاد.',
      'واندلعت الاحتجاجات عندما أعلنت الحكومة رفع أسعار الخبز بنسبة الثلث.',
      'وتراجعت البورصة حينما أعلن البنك المركزي خفض قيمة العملة المحلية.',
    ]) expect(quotes(text)).toEqual([]);
  });

  it('still reads words said in it, after أن or in quotation marks', () => {
    const text = 'وتوترت العلاقات عندما أكد وزير الخارجية سامح شكري أن "القرار نهائي".';
    expect(quotes(text).some((q) => q.includes('القرار نهائي'))).toBe(true);
  });
});
