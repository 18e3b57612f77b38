// Speakers from the discourse (issue 11, class 5), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q;
};
const speakerOf = (text: string, words: string) => {
  const q = quoteWith(text, words);
  return `${q.speaker_en ?? ""} | ${q.speaker_ar ?? ""}`;
};

describe('a feminine speaker whose title does not say so: the verb she spoke with does', () => {
  const opening = 'وقالت وزيرة الخارجية النيوزيلندية نانايا ماهوتا إن ويلنغتون "تراقب الوضع بقلق". وقال نظيرها الياباني يوشيماسا هاياشي إن طوكيو "تريد شراكة أوسع". ';
  it('"وأضافت" with no subject goes to the woman who spoke, past a counterpart ("نظيرها") who is a man', () => {
    expect(speakerOf(opening + 'وأضافت أن بلادها "ستفتح سفارة جديدة في المنطقة".', 'سفارة جديدة')).toMatch(/Mahuta|ماهوتا/);
  });
  it('"وأضافت الوزيرة": a feminine title never names a man', () => {
    expect(speakerOf(opening + 'وأضافت الوزيرة أن الزيارة "ستتكرر قريبا".', 'ستتكرر قريبا')).toMatch(/Mahuta|ماهوتا/);
  });
  it('a woman named with no feminine title ("وقالت X … وقال Y … وتابعت")', () => {
    const t = 'وقالت رئيسة الوزراء الدنماركية ميته فريدريكسن إن كوبنهاغن "ستزيد إنفاقها الدفاعي". وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف "يرحب بالقرار". وتابعت: "هذا واجبنا تجاه حلفائنا".';
    expect(speakerOf(t, 'واجبنا تجاه')).toMatch(/Frederiksen|فريدريكسن/);
  });
  it('a counterpart\'s own verb: "وقال نظيره" is a man, so "وأضاف" after a woman spoke last goes back to him', () => {
    const t = 'وقال وزير الخارجية البرازيلي ماورو فييرا إن برازيليا "تدعم الحوار". وقالت نظيرته الكولومبية لاورا سارابيا إن بوغوتا "ترحب بالوساطة". وأضاف أن بلاده "ستستضيف الجولة المقبلة".';
    expect(speakerOf(t, 'ستستضيف الجولة')).toMatch(/Vieira|فييرا/);
  });
});
