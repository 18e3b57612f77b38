// «فخامة» opens with the letter ف, which is not the conjunction: the style and its pronoun «فخامته» must be read whole.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('the style «فخامة» and the pronoun «فخامته»', () => {
  it('«فخامته» is the one the text gave «فخامة», not the host named after him', () => {
    const text = 'وصل فخامة الرئيس جواو لورنسو رئيس جمهورية أنغولا إلى الدوحة اليوم في زيارة رسمية.\n\n'
      + 'وكان في استقبال الرئيس الأنغولي لدى وصوله سعادة الشيخ سعود بن عبدالرحمن آل ثاني وزير الدولة لشؤون مجلس الوزراء.\n\n'
      + 'وأكد فخامته أن بلاده "حريصة على توسيع الشراكة مع قطر".';
    expect(speakerOf(text, 'توسيع الشراكة')).toBe('جواو لورنسو');
  });

  it('a guest given «فخامة» does not take «سموه», which stays with the one given «السمو»', () => {
    const text = 'استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى فخامة الرئيس سيريل رامافوزا رئيس جمهورية جنوب أفريقيا.\n\n'
      + 'وكان في استقبال الرئيس الجنوب أفريقي سعادة الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء.\n\n'
      + 'وأعرب سموه عن "تقدير قطر للدور الذي تؤديه جنوب أفريقيا".';
    expect(speakerOf(text, 'تقدير قطر')).toBe('تميم بن حمد آل ثاني');
  });
});
