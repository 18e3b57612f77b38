// A title with no name as the subject, round 19: titles that open with و as a letter of their own («وزير», «وكيل»),
// a nationality after the title's complement, and an honorific before the title. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q.speaker_en ?? q.speaker_ar;
};

describe('a title named alone refers back to the official who holds it', () => {
  it('«وكيل الوزارة» (و is part of the head): the undersecretary named before, not the bare title', () => {
    const t = 'استقبل وكيل وزارة الخارجية العماني خليفة بن علي الحارثي سفير اليابان كويتشي ماتسوموتو. وأعرب السفير الياباني عن شكره. وأكد وكيل الوزارة أن السلطنة "تقدر جهود السفير".';
    expect(speakerOf(t, 'تقدر جهود')).toBe('Khalifa bin Ali Al-Harthi');
  });
  it('«سعادة وزير العمل الفلبيني»: the honorific goes, the nationality after the complement picks the guest', () => {
    const t = 'اجتمع سعادة الدكتور علي بن صميخ المري وزير العمل اليوم مع سعادة السيد سيلفستر بيلو وزير العمل والتوظيف في جمهورية الفلبين. وأكد سعادة وزير العمل أن الدولة "ماضية في تطوير سوق العمل". من جانبه، قال سعادة وزير العمل الفلبيني إن الإصلاحات "تطمئن أسر العمال".';
    expect(speakerOf(t, 'ماضية في تطوير')).toBe('Ali bin Samikh Al-Mari');
    expect(speakerOf(t, 'تطمئن أسر')).toBe('Sylvester Bello');
  });
  it('«معالي وزيرة الخارجية الإكوادورية» (feminine): the minister whose role names her country', () => {
    const t = 'تلقى معالي الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اتصالا هاتفيا من معالي ماريا فرناندا إسبينوزا وزيرة الخارجية بجمهورية الإكوادور. وأعربت معالي وزيرة الخارجية الإكوادورية عن تقدير بلادها لمواقف الدولة.';
    expect(speakerOf(t, 'تقدير بلادها')).toBe('Maria Fernanda Espinosa');
  });
});
