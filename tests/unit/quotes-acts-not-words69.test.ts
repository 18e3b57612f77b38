import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'الرباط - التقى وزير الخارجية المغربي ناصر بوريطة اليوم نظيره البرتغالي في العاصمة.\n\n';
const quotesOf = (text: string, lead = LEAD) => analyze(lead + text).quotes.map((q) => q.text);

describe('a welcome («رحب X بـ…») is an act, not words', () => {
  it('reads no words in the guests welcomed', () => {
    expect(quotesOf('ورحب وكيل الوزارة بالمبعوثين الجدد، متمنيا لهم النجاح في مهامهم.')).toEqual([]);
  });

  it('reads no words in the event welcomed', () => {
    expect(quotesOf('من جانبه رحب الرئيس ماكرون بانضمام البلدين إلى المبادرة الإقليمية للطاقة.')).toEqual([]);
  });

  it('still reads what the one welcoming goes on to say', () => {
    const q = quotesOf('ورحب الوزير بالوفد الزائر، مؤكدا أن البلدين يتقاسمان رؤية واحدة للأمن في المنطقة.');
    expect(q).toEqual(['البلدين يتقاسمان رؤية واحدة للأمن في المنطقة']);
  });

  it('keeps words in quotation marks inside the welcome', () => {
    const q = quotesOf('ورحب الوزير بما وصفه بـ«الخطوة الشجاعة التي تفتح صفحة جديدة بين البلدين».');
    expect(q.length).toBe(1);
  });
});

describe('a source asking not to be named says nothing by it', () => {
  it('reads no words in «طالبا عدم ذكر اسمه» after the quotation', () => {
    const q = quotesOf('"المخزون يكفي لأسبوعين فقط"، قال موظف في الميناء للصحيفة طالبا عدم ذكر اسمه.');
    expect(q).toEqual(['"المخزون يكفي لأسبوعين فقط"']);
  });
});

describe('a counted noun is no verb («ألف طالب»)', () => {
  it('reads no demand in «400 ألف طالب الامتحانات»', () => {
    expect(quotesOf('ويجتاز أكثر من 400 ألف طالب الامتحانات النهائية للمرحلة الثانوية هذا الشهر.')).toEqual([]);
  });

  it('still reads the verb after a year', () => {
    const q = quotesOf('وفي 2016 طالب الوزير بإلغاء الرسوم الجمركية على واردات القمح من البرتغال.');
    expect(q.length).toBe(1);
  });
});

describe('a name in quotation marks right before its verb is the subject, not words', () => {
  it('reads no quotation in «"يونيسيف" تحذر: …»', () => {
    const q = quotesOf('«يونيسيف» تحذر: الأطفال يدفعون ثمن الجفاف في الساحل\n\nحذرت منظمة الأمم المتحدة للطفولة من أن ملايين الأطفال مهددون بسوء التغذية.', '');
    expect(q).not.toContain('«يونيسيف»');
  });
});

describe('results announced and penalties asked are acts, not words', () => {
  it('reads no words in «أعلنت الهيئة … النتائج الأولية»', () => {
    expect(quotesOf('وأعلنت الهيئة الوطنية للانتخابات، مساء الأحد، النتائج الأولية للاقتراع البلدي في جميع الولايات.')).toEqual([]);
  });

  it('still reads what the announcer goes on to say', () => {
    const q = quotesOf('وأعلن رئيس الهيئة الوطنية للانتخابات، مساء الأحد، النتائج النهائية للاقتراع، مشيرا إلى أن نسبة المشاركة بلغت 41 في المئة.');
    expect(q).toEqual(['نسبة المشاركة بلغت 41 في المئة']);
  });

  it('reads no words in a prosecutor\'s «طالب بسجنه 10 أعوام»', () => {
    expect(quotesOf('وكان المدعي العام في القضية قد طالب بسجنه عشرة أعوام بتهمة الفساد.')).toEqual([]);
  });
});
