import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotes = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a guest welcomed is no statement', () => {
  it('reads no words after "رحب بـ" and a title before someone named', () => {
    const opener = 'استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي رئيس الوزراء الياباني شينزو آبي في قصر الشاطئ.';
    for (const sentence of [
      'ورحب سموه بدولة رئيس الوزراء الياباني شينزو آبي والوفد المرافق له، وبحث الجانبان علاقات التعاون بين البلدين في مجالات الطاقة والتعليم.',
      'ورحب سموه بفخامة الرئيس الكيني والوفد المرافق له، وتبادل الجانبان الأحاديث الودية حول آفاق التعاون بين البلدين.',
      'ورحب الشيخ محمد بن زايد آل نهيان بالرئيس الكيني وليام روتو والوفد المرافق له، متمنيا لزيارته النجاح بما يخدم مصالح البلدين.',
    ]) expect(quotes(`${opener} ${sentence}`)).toEqual([]);
  });

  it('still reads what is praised or welcomed when it is no person', () => {
    const text = 'وأشاد الشيخ محمد بن زايد آل نهيان بالعلاقات المتميزة التي تربط البلدين في مختلف المجالات الاقتصادية والثقافية.';
    expect(quotes(text).some((q) => q.includes('بالعلاقات المتميزة'))).toBe(true);
  });
});
