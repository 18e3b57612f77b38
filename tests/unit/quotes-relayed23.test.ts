// «ونقل X عن Y قوله»: whoever relays the words (a spokesman, an office, an agency), the one whose words they are speaks,
// also when the relayer is an official named in full. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_en;

describe('a named relayer passes on the words of the one after عن', () => {
  const text = 'وزير الخارجية الماليزي يزور هانوي\n\nأجرى وزير الخارجية الماليزي سيف الدين عبد الله محادثات في هانوي مع نظيره الفيتنامي.\n\n' +
    'ونقل المتحدث باسم الخارجية الماليزية أحمد فيصل عن الوزير قوله إن "العلاقات بين البلدين تشهد نموا كبيرا".';
  it('a spokesman named in full, the minister named only by his title: the minister speaks', () => {
    expect(speakerOf(text, 'تشهد نموا')).toBe(analyze(text).officials.find((o) => o.name_ar === 'سيف الدين عبد الله')!.name_en);
  });
  it('an agency and a minister named in full after عن: the minister, as before', () => {
    const t = 'ونقلت وكالة الأنباء الرسمية عن وزير التجارة الأردني طارق الحموري قوله إن "الصادرات سترتفع هذا العام".';
    expect(analyze(t).quotes.find((q) => q.text.includes('الصادرات'))?.speaker_ar).toBe('طارق الحموري');
  });
  it('a spokesman who speaks for himself keeps his words', () => {
    const t = 'وقال المتحدث باسم الخارجية الماليزية أحمد فيصل إن "الزيارة ناجحة".';
    expect(analyze(t).quotes.find((q) => q.text.includes('ناجحة'))?.speaker_ar).toBe('أحمد فيصل');
  });
});
