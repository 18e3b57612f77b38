import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«قال خلاله/بعدها»: a preposition of time with a pronoun names nobody', () => {
  it('the one who held the meeting speaks in it', () => {
    const text = 'التقى وزير الخارجية المصري سامح شكري اليوم نظيره الأردني أيمن الصفدي في القاهرة. '
      + 'وفي وقت لاحق، عقد شكري مؤتمرا صحفيا مشتركا مع الصفدي، قال خلاله إن "مصر ترفض أي محاولة لتهجير الفلسطينيين من أرضهم".';
    expect(quoteOf(text, 'مصر ترفض')?.speaker_ar).toBe('سامح شكري');
  });

  it('and after it', () => {
    const text = 'التقى وزير الخارجية المصري سامح شكري اليوم نظيره الأردني أيمن الصفدي في القاهرة. '
      + 'وكان الصفدي قد عقد جلسة مباحثات مع رئيس الوزراء، قال بعدها للصحفيين إن "الأردن يقف إلى جانب مصر في كل ما يحفظ أمنها".';
    expect(quoteOf(text, 'الأردن يقف')?.speaker_ar).toBe('أيمن الصفدي');
  });
});

describe('a quotation, then a sentence that points back to it («هكذا روى X», «بهذا السؤال علق X»)', () => {
  const text = 'قال وزير الداخلية المصري محمود توفيق إن فرق الإنقاذ انتشلت عشرات الجثث من تحت الأنقاض.\n\n'
    + '"خسرنا كل شيء في ليلة واحدة، البيت والمحل والسيارة". هكذا روى المزارع حسن عبد العال، من قرية الشيخ زايد، ما حدث لأسرته.\n\n'
    + '"الماء دخل البيوت خلال دقائق". هكذا اختصرت أم محمد، من سكان الحي القديم، معاناتها.\n\n'
    + '«من كان يتصور قبل أشهر أن يدخل هؤلاء إلى السجن؟». بهذا السؤال علق الناشط سمير بلعربي على القرار.';

  it('«هكذا روى» after a full stop names who said the words', () => {
    expect(quoteOf(text, 'خسرنا كل شيء')?.speaker_ar).toBe('حسن عبد العال');
  });

  it('so does a verb of summing up («هكذا اختصرت»)', () => {
    expect(quoteOf(text, 'الماء دخل البيوت')?.speaker_ar).toBe('أم محمد');
  });

  it('«بهذا السؤال علق» names who asked it', () => {
    expect(quoteOf(text, 'من كان يتصور')?.speaker_ar).toBe('سمير بلعربي');
  });
});

describe('an office after a speaker named by name alone: the same person, when the text gave them that office', () => {
  const text = 'عقدت اللجنة المشتركة اجتماعها في الرباط برئاسة وزيري خارجية البلدين ناصر بوريطة وكومبا تيمبو.\n\n'
    + 'وقال بوريطة إن "العلاقات بين البلدين تعيش أفضل مراحلها".\n\n'
    + 'من جانبه، قال تيمبو إن بلاده تتطلع إلى "شراكة أوسع".\n\n'
    + 'وأشار الوزير الغيني إلى أن أكثر من ألف طالب غيني يدرسون في المغرب.';

  it('«الوزير الغيني» goes on with the one just named «تيمبو»', () => {
    expect(quoteOf(text, 'ألف طالب')?.speaker_ar).toBe(quoteOf(text, 'شراكة أوسع')?.speaker_ar);
  });

  it('not when the text never gave that person the office', () => {
    const other = 'قال الكاتب السعودي جمال الحربي إن القضية "لم تنته بعد". '
      + 'وقال القنصل السعودي لـ"رويترز" إن بلاده تساعد في البحث عن الحربي.';
    expect(quoteOf(other, 'بلاده تساعد')?.speaker_ar).toBe('القنصل السعودي');
  });
});

describe('«قال التاجر X "…"»: a definite noun of what someone is and their name, then the quotation with no أن', () => {
  const text = 'قال وزير المالية المصري أحمد كجوك إن الحكومة ستتدخل لضبط الأسعار.\n\n'
    + 'وفي سوق العتبة، قال التاجر محمد علي "رفعنا الأسعار منذ الصباح، فنحن نستورد بالدولار ولا نعرف أين سيستقر".\n\n'
    + 'وقال المزارع كوفي مينساه "لم نعد نستطيع شراء السماد هذا الموسم بسبب الأسعار".';

  it('the name is the speaker, and no part of the words', () => {
    const q = quoteOf(text, 'رفعنا الأسعار');
    expect(q?.speaker_ar).toBe('محمد علي');
    expect(q?.text.startsWith('"رفعنا')).toBe(true);
  });

  it('a foreign name too', () => {
    expect(quoteOf(text, 'شراء السماد')?.speaker_ar).toBe('كوفي مينساه');
  });

  it('not a noun that is the verb\'s object («وانتقد الحزب سياسة "…"»)', () => {
    const other = 'وانتقد الحزب سياسة "التقشف الشامل" التي تنتهجها الحكومة منذ عامين.';
    expect(quoteOf(other, 'التقشف')?.speaker_ar ?? null).not.toBe('سياسة');
  });
});
