// Speakers of issue 11, round 12: classes of sentence, each on sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q;
};
const speakerOf = (text: string, words: string) => {
  const q = quoteWith(text, words);
  return `${q.speaker_en ?? ''} | ${q.speaker_ar ?? ''}`;
};

describe('a person the sentence before was about, then "وقال" with no subject: that person, not who spoke before', () => {
  it('a witness who shares a given name with the minister who spoke before', () => {
    const t = 'وقال وزير الزراعة سمير حداد إن الخسائر "كبيرة جدا".\n\nفي قرية الدامور، جلس سمير عواد قرب بستانه المحروق. وقال لـ"الأخبار": "فقدت كل شيء في ليلة واحدة".';
    expect(speakerOf(t, 'ليلة واحدة')).toMatch(/سمير عواد/);
    expect(quoteWith(t, 'ليلة واحدة').speaker_id).toMatch(/^p/);
  });
  it('a kunya, after an unnamed official spoke', () => {
    const t = 'وقال مسؤول في الدفاع المدني إن فرق الإنقاذ "تعمل منذ الفجر".\n\nوعند مدخل المستشفى، وقفت أم خالد الجبوري تنتظر أي خبر عن ابنها. وقالت: "لا أحد يخبرنا بشيء".';
    expect(speakerOf(t, 'لا أحد يخبرنا')).toMatch(/أم خالد الجبوري/);
  });
  it('a resident who waits, then "وأضاف" after his first words', () => {
    const t = 'وأكد محافظ المدينة أن المساعدات "ستصل خلال أيام".\n\nوأمام الخيمة، ينتظر أبو سليم الحمصي منذ الصباح. وقال: "لم يصلنا شيء بعد"، وأضاف: "الأطفال جياع".';
    expect(speakerOf(t, 'لم يصلنا شيء')).toMatch(/أبو سليم الحمصي/);
    expect(speakerOf(t, 'الأطفال جياع')).toMatch(/أبو سليم الحمصي/);
  });
  it('a sentence that speaks itself is left to its speaker ("وقال X إن … . وتابع")', () => {
    const t = 'وقال الناشط مازن درويش إن الحملة "مستمرة". ونشر رامي مخلوف صورة على صفحته. وتابع درويش: "لن نتوقف".';
    expect(speakerOf(t, 'لن نتوقف')).toMatch(/درويش/);
  });
});
