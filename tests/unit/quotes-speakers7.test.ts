// Quotes and speakers on unseen text (issue 11, classes 3–5), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q;
};
const speakerOf = (text: string, words: string) => {
  const q = quoteWith(text, words);
  return q.speaker_en ?? q.speaker_ar;
};

describe('a source set off by commas between the verb and its words is an aside', () => {
  it('"قال X، بحسب وكالة …، إن": the words after the aside are X\'s', () => {
    const t = 'وقال رئيس الوزراء الكندي جاستن ترودو، بحسب وكالة الصحافة الكندية، إن الحكومة "ستراجع كل العقود الموقعة".';
    const q = quoteWith(t, 'ستراجع كل العقود');
    expect(q.speaker_en).toBe('Justin Trudeau');
    expect(q.text).not.toMatch(/وكالة/);
  });
  it('"وأكد X، وفق بلاغ للوزارة، أنه": the same, with وفق', () => {
    const t = 'وأكد وزير النقل التونسي ربيع المجيدي، وفق بلاغ للوزارة، أنه "أمر بفتح تحقيق في حادث القطار".';
    const q = quoteWith(t, 'بفتح تحقيق');
    expect(q.speaker_en).toBe('Rabie Majidi');
    expect(analyze(t).quotes.every((x) => !/^وفق|بلاغ للوزارة$/.test(x.text))).toBe(true);
  });
});

describe('a verb joined to a sentence that opened with someone doing something goes on with them', () => {
  it('"أيد X القرار، ووصف المحتجين بأنهم «…»": X, not the one who spoke in the paragraph before', () => {
    const t = 'وقال رئيس الوزراء الإسباني بيدرو سانشيز إن الميزانية "ستقر قبل الصيف".\n\nمن جهته، أيد ملك إسبانيا فيليبي السادس الميزانية، ووصف من عارضوها بأنهم "متهورون ولا يفهمون الأرقام".';
    expect(speakerOf(t, 'متهورون')).toMatch(/Felipe VI/);
  });
});
