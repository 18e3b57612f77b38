import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speaker_en ?? q.speaker_ar : undefined;
};

describe('«قال فيه/فيها» after a document names its author or issuer', () => {
  it('gives the words to the official named after the document with «ل», not to a place the sentence names', () => {
    const text = 'وتصاعد الخلاف بين أنقرة وأثينا، إثر تصريحات لرئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس أمام البرلمان قال فيها إن بلاده "لن تتنازل عن حقوقها في بحر إيجه".';
    expect(speakerOf(text, 'لن تتنازل')).toMatch(/Mitsotakis/);
  });

  it('gives them to a title as written when the document names nobody, and the participle after to the subject', () => {
    const text = 'وعلق المتحدث باسم الحكومة الأردنية فيصل الشبول على سؤال بشأن تصريح لوزير الخارجية التركي، قال فيه إن أنقرة مستعدة للوساطة، قائلا إن "الأردن يرحب بكل جهد للتهدئة".';
    expect(speakerOf(text, 'مستعدة للوساطة')).toMatch(/Turkish/);
    expect(speakerOf(text, 'يرحب بكل جهد')).toMatch(/Shboul|Shaboul|Chboul|Shbool/i);
  });

  it('gives them to the member who filed a request («تقدم X بطلب … قال فيه»)', () => {
    const text = 'وفي البرلمان، أعلن رئيس لجنة الصحة بمجلس النواب، مراد الحسيني، أن اللجنة ستناقش "تفاصيل الأزمة"، في حين تقدم النائب كريم العلوي بطلب إحاطة قال فيه إن "الوزارة أهدرت المال العام".';
    expect(speakerOf(text, 'أهدرت المال العام')).toMatch(/Alaoui|Alawi/);
  });
});
