import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«ودعا أنصاره إلى»: a noun with its own pronoun after a verb of urging is the object', () => {
  it('goes on with the subject of the verb that opened the sentence, not with the one who spoke before', () => {
    const text = 'فاز مسعود بزشكيان بالرئاسة وخسر المحافظ سعيد جليلي. وقال بزشكيان: "سنمد يد الصداقة إلى الجميع". '
      + 'بدوره، هنأ جليلي منافسه، ودعا أنصاره إلى "احترام خيار الشعب"، مؤكدا أنه "سيبقى في خدمة البلاد".';
    expect(quoteOf(text, 'احترام خيار الشعب')?.speaker_ar).toBe('سعيد جليلي');
    expect(quoteOf(text, 'في خدمة البلاد')?.speaker_ar).toBe('سعيد جليلي');
  });

  it('keeps a relative who speaks himself («ودعا نجله»)', () => {
    const text = 'توفي الرئيس الأسبق محمد علي الحسني أمس. وقال رئيس الحكومة أحمد يوسف إن "البلاد فقدت رجل دولة". '
      + 'ودعا نجله كريم الحسني إلى "الدعاء لوالده".';
    expect(quoteOf(text, 'الدعاء لوالده')?.speaker_ar).not.toBe('أحمد يوسف');
  });
});

describe('the preposition «على» is no mention of an official whose name ends in «علي»', () => {
  it('«وكتب على تويتر» goes on with the one who opened the sentence', () => {
    const text = 'التقى رئيس الوزراء الإثيوبي آبي أحمد علي وزير الخارجية المصري سامح شكري في واشنطن. '
      + 'واستقبل الرئيس الأميركي دونالد ترامب الوزراء في البيت الأبيض، وكتب على تويتر عقب اللقاء أنه عقد "اجتماعا جيدا" مع الوزراء.';
    expect(quoteOf(text, 'اجتماعا جيدا')?.speaker_ar).toBe('دونالد ترامب');
  });
});
