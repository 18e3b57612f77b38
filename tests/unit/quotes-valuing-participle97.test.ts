import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// «، مثمنا …» ("valuing …") and «، ملوحا بـ…» ("brandishing …") open a new clause of the speaker's, as «، مضيفا/مشيرا …»
// do: the statement before them ends at the comma (dev 130 and heldout10, 30, 32, 39 end their quotes there).
const LEAD = 'عمان - التقى وزير الخارجية أيمن الصفدي اليوم نظيره الكرواتي في مقر الوزارة.\n\n';
const quotesOf = (text: string, lead = LEAD) => analyze(lead + text).quotes.map((q) => q.text);

describe('«مثمنا» ends the statement before it', () => {
  it('ends «أعرب عن سعادته …» before «، مثمنا …» (heldout30 3109)', () => {
    const q = quotesOf('من جانبه أعرب معالي ميخاليس خريسوخويديس عن سعادته بزيارة دولة الإمارات، مثمنا ما حققته من إنجازات رائدة في مجال الأمن والسلامة واستخدام التقنيات الحديثة في العمل الشرطي.');
    expect(q[0]).toBe('سعادته بزيارة دولة الإمارات');
  });

  it('ends «أكد … حرص المملكة …» before «، مثمنا موقفها …» (heldout10 1121)', () => {
    const q = quotesOf('وأكد الصفدي، خلال محادثات موسعة عقدها الوزيران في مقر الوزارة، حرص المملكة على تطوير علاقاتها مع جمهورية كرواتيا، مثمنا موقفها الداعم لحل الدولتين الذي يضمن قيام الدولة الفلسطينية المستقلة.');
    expect(q[0]).toBe('حرص المملكة على تطوير علاقاتها مع جمهورية كرواتيا');
  });

  it('reads no statement in «مثمنا» with no words reported before it', () => {
    expect(quotesOf('واستقبل الصفدي الوفد الزائر مثمنا زيارته.')).toEqual([]);
  });
});

describe('«ملوحا بـ» ends the statement before it', () => {
  it('ends «أضاف أن الإجراء "…"» before «، ملوحا بـ"…"» (heldout5 616)', () => {
    const q = quotesOf('وكتب الوزير على حسابه في تويتر: "من حق لبنان أن يحمي نفسه". وأضاف في تصريح لاحق من مقر الوزارة أن الإجراء "مجرد خطوة أولى"، ملوحا بـ"إجراءات تصاعدية أخرى" إذا لم تغير المفوضية سياستها.');
    expect(q).toContain('الإجراء "مجرد خطوة أولى"');
  });
});

describe('near miss: a participle that is no clause of saying', () => {
  it('keeps «، مضيفا أن …» as it was (two quotes)', () => {
    const q = quotesOf('وقال الوزير إن المحادثات "كانت بناءة"، مضيفا أن البلدين سيوقعان اتفاقا الشهر المقبل.');
    expect(q).toEqual(['المحادثات "كانت بناءة"', 'البلدين سيوقعان اتفاقا الشهر المقبل']);
  });

  it('keeps a statement whole when «مثمن» is a noun inside it («ثمن»)', () => {
    const q = quotesOf('وقال الوزير إن الشعب "يدفع ثمن الحرب"، وإن الحكومة لن تتخلى عنه.');
    expect(q.length).toBe(1);
  });
});
