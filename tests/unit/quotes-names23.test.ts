// A subject no other reader takes whose name is plain to see: a foreign name after a title that ends the subject
// ("الأمين العام لنقابة … جافين موكوبو"), or one that opens it before a comma ("أوكيرو بورا، منسق …،"). The name
// speaks, in English, not the title as written. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  return q ? { ar: q.speaker_ar, en: q.speaker_en } : null;
};
const opening = 'ارتفعت أسعار الأسمدة في الأسواق المحلية بنسبة كبيرة هذا الشهر.\n\n';

describe('a foreign name that ends a subject opened by a title speaks', () => {
  it('a union leader named after the union, with the channel after the name', () => {
    const t = opening + 'وقال الأمين العام لنقابة عمال المناجم جافين موكوبو للإذاعة إن العمال "سيضربون".';
    expect(speakerOf(t, 'سيضربون')?.ar).toBe('جافين موكوبو');
  });
  it('the place after في is no part of the name', () => {
    const t = opening + 'وقال رئيس جمعية التجار في إزمير حسن علي أقطن، إن الأسواق "شبه فارغة".';
    expect(speakerOf(t, 'شبه فارغة')?.ar).toBe('حسن علي أقطن');
  });
  it('the body a noun governs is no part of the name', () => {
    const t = opening + 'وقال أستاذ التاريخ في جامعة هراري تافادزوا موتاسا إن الاحتجاجات "متوقعة".';
    expect(speakerOf(t, 'متوقعة')?.ar).toBe('تافادزوا موتاسا');
  });
  it('the title alone, with no name after it, stays the speaker', () => {
    const t = opening + 'وقال رئيس رابطة الصيادين في المدينة إن القوارب "راسية منذ أسبوع".';
    expect(speakerOf(t, 'راسية')?.ar).toBe('رئيس رابطة الصيادين');
  });
});

describe('a foreign name that opens the subject before a comma speaks in English', () => {
  it('the name, in English too, and the verb that goes on after it', () => {
    const t = opening + 'في المقابل، قال أليساندرو بورو، منسق الإغاثة في المنظمة، إن الطرق "مغلقة"، موضحا أن القوافل متوقفة.';
    expect(speakerOf(t, 'مغلقة')?.ar).toBe('أليساندرو بورو');
    expect(speakerOf(t, 'القوافل')?.en).toMatch(/^Alessandro/);
  });
});
