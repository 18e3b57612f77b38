import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'القاهرة - عقد وزير الخارجية اجتماعا مع نظيره الأردني.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('figures, data or estimates as the subject of a reporting verb are read, not said', () => {
  it('reads no quote after «وتشير بيانات الوكالة إلى»', () => {
    expect(quotesOf('وتشير بيانات الوكالة الأممية إلى عودة نحو 40 ألف لاجئ منذ مطلع العام.')).toEqual([]);
  });

  it('reads no quote after «فيما تشير تقديرات دولية إلى أن»', () => {
    expect(quotesOf('وارتفعت أسعار الشحن بشكل حاد، فيما تشير تقديرات دولية إلى أن الأزمة كلفت التجارة العالمية مليارات الدولارات.')).toEqual([]);
  });

  it('reads no quote after «وتشير أرقام رسمية إلى أن» or «وأظهرت الإحصاءات أن»', () => {
    expect(quotesOf('وتشير أرقام رسمية إلى أن عدد العاطلين عن العمل تجاوز مليوني شخص.')).toEqual([]);
    expect(quotesOf('وأظهرت الإحصاءات أن نسبة التضخم بلغت 12 في المئة الشهر الماضي.')).toEqual([]);
  });

  it('still reads the words of a body whose name holds such a word', () => {
    expect(quotesOf('وقال رئيس الجهاز المركزي للإحصاء محمد علي إن نسبة التضخم بلغت 12 في المئة.')).toEqual(['نسبة التضخم بلغت 12 في المئة']);
  });
});

describe('«مجددا» set off by nothing is the adverb "again", not a participle opening another report', () => {
  it('keeps «سيجتمعون مجددا قبل …» in the words', () => {
    expect(quotesOf('وقال الوزير للصحفيين إن الوزراء الثلاثة سيجتمعون مجددا قبل نهاية العام لمتابعة تنفيذ الاتفاق.'))
      .toEqual(['الوزراء الثلاثة سيجتمعون مجددا قبل نهاية العام لمتابعة تنفيذ الاتفاق']);
  });

  it('still ends the words at «، مجددا» that renews a call', () => {
    expect(quotesOf('وقال الوزير إن بلاده ملتزمة بالاتفاق، مجددا دعوته إلى وقف إطلاق النار فورا.')[0]).toBe('بلاده ملتزمة بالاتفاق');
  });
});

describe('a word written with ة is a verbal noun, not a verb with its object pronoun', () => {
  it('keeps «وإعادة إعمار …» in the words', () => {
    expect(quotesOf('كما أكد الوزير أن مكافحة التضخم وإعادة إعمار المناطق المنكوبة ستكونان على رأس الأولويات.'))
      .toEqual(['مكافحة التضخم وإعادة إعمار المناطق المنكوبة ستكونان على رأس الأولويات']);
  });
});
