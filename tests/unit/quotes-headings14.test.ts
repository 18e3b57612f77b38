import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotes = (text: string) => analyze(text).quotes.map((q) => q.text);
const STORY = 'وقال رئيس المجلس في تصريح للصحافيين إن "الزيارة تفتح آفاقا جديدة للتعاون بين البلدين".';

describe('headlines that tell what someone did', () => {
  it('reads no statement in what a headline verb calls for', () => {
    const text = `رئيس مجلس النواب يستقبل وفدا من البرلمان البيروفي ويدعو إلى "تعاون جنوب جنوب"\n\n${STORY}`;
    expect(quotes(text).some((q) => q.includes('جنوب جنوب'))).toBe(false);
    expect(quotes(text).some((q) => q.includes('آفاقا جديدة'))).toBe(true);
  });

  it('reads no statement in what a headline verb speaks of or warns against', () => {
    for (const head of [
      'رئيسة الوزراء تستقيل وتتحدث عن "مؤامرة" في البرلمان',
      'وزير الخارجية الأردني ونظيره المصري يحذران من خطة ضم المستوطنات',
      'الأمين العام للجامعة العربية يطالب بـ"وقف فوري" للقتال في طرابلس',
    ]) {
      const text = `${head}\n\n${STORY}`;
      expect(analyze(text).quotes.filter((q) => q.start < head.length)).toEqual([]);
    }
  });

  it('keeps the words after a colon in a headline, and a statement after أن', () => {
    const text = `المبعوث الأممي فولكر بيرتس يحذر مجلس الأمن: السودان أمام "منعطف خطير"\n\n${STORY}`;
    expect(quotes(text).some((q) => q.includes('منعطف خطير'))).toBe(true);
  });

  it('still reads a verb that calls for something in the story', () => {
    const text = `رئيس الوزراء يزور بغداد\n\nودعا رئيس الوزراء خلال المؤتمر إلى "تعاون جنوب جنوب" يقوم على تبادل الخبرات في الطاقة والزراعة.`;
    expect(quotes(text).some((q) => q.includes('جنوب جنوب'))).toBe(true);
  });
});

describe('headlines that put a place or a topic before the news', () => {
  const headQuotes = (head: string) => analyze(`${head}\n\n${STORY}`).quotes.filter((q) => q.start < head.length).map((q) => q.text);

  it('reads no statement in news of the present after a country, a town or a topic', () => {
    for (const head of [
      'المغرب: اعتصام الأطباء يدخل شهره الثالث والوزارة تلوح بالاقتطاع من الأجور',
      'لبنان: "الاستئناف" تقضي بحبس ثلاثة موظفين في قضية "الباخرة"',
      'الكوليرا: وزارة الصحة اليمنية تعلن حالة الطوارئ في ثلاث محافظات',
      'بنزرت: خلافات حول ميزانية البلدية تعصف بالمجلس والوالي يستقبل المستشارين',
    ]) expect(headQuotes(head)).toEqual([]);
  });

  it('keeps a country or a speaker that states something', () => {
    expect(headQuotes('النرويج: مباحثاتنا مع الجانب الإيراني تناولت ملف السجناء')).toHaveLength(1);
    expect(headQuotes('الخارجية الروسية: واشنطن تعرقل الحل السياسي في فنزويلا')).toHaveLength(1);
  });
});
