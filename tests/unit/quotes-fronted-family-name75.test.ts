import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words))?.speaker_ar;

describe('a family name alone set before the verb keeps the speech with the person named in full earlier', () => {
  const contrast = 'أعلن رئيس لجنة الانتخابات كوفي منساه فوز الرئيس بولاية ثانية، مقابل 45 في المئة لمنافسه بيتر تشيبوندا.\n\n'
    + 'وقال منساه في مؤتمر صحفي إن اللجنة "أدت عملها بشفافية".\n\n'
    + 'لكن تشيبوندا، الوزير السابق، رفض النتائج قائلا "الشعب يعرف من فاز". وأضاف أن الأرقام المعلنة "لا تصدق".\n\n'
    + 'وتابع أنه سيطالب بإعادة فرز الأصوات.';

  it('after «لكن», with the participle that tells the speech and the verbs that continue it', () => {
    expect(speakerOf(contrast, 'الشعب يعرف')).toBe('بيتر تشيبوندا');
    expect(speakerOf(contrast, 'لا تصدق')).toBe('بيتر تشيبوندا');
    expect(speakerOf(contrast, 'إعادة فرز')).toBe('بيتر تشيبوندا');
  });

  it('after «أما», named earlier behind a preposition and written like a country', () => {
    const text = 'أعلن المتحدث باسم الرئاسة حسين محمد تعديلا وزاريا، انتقلت بموجبه ريبيكا ميانو إلى وزارة التجارة، خلفا لموسى كوريا الذي نقل إلى وزارة الخدمة العامة.\n\n'
      + '"سأعمل على فتح أسواق جديدة"، هكذا علقت ميانو على تعيينها.\n\n'
      + 'أما كوريا، الذي أثارت تصريحاته جدلا واسعا، فقال إنه "يحترم قرار الرئيس". وأضاف أن وزارة التجارة حققت الكثير.';
    expect(speakerOf(text, 'يحترم قرار')).toBe('موسى كوريا');
    expect(speakerOf(text, 'حققت الكثير')).toBe('موسى كوريا');
  });

  it('leaves a country that speaks as the topic alone', () => {
    const text = 'وقال وزير الخارجية الياباني إن بلاده "ترفض التصعيد".\n\nأما كوريا، فقالت في بيان إن "الحوار هو السبيل الوحيد".';
    expect(speakerOf(text, 'الحوار')).not.toMatch(/ .*كوريا/);
  });
});
