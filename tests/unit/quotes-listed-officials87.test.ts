import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('officials listed after a colon took part; they said nothing', () => {
  it('reads no words in the ambassadors who presented their credentials', () => {
    const text = 'الرئيس يتسلم أوراق اعتماد ثلاثة سفراء جدد\n\n'
      + 'تسلم رئيس الجمهورية أمس في القصر أوراق اعتماد ثلاثة سفراء جدد.\n\n'
      + 'وقدم أوراق اعتمادهم كل من: سفير جمهورية البيرو خوان كارلوس ميندوزا، سفيرة مملكة السويد آنا كارين لوندبرغ، وسفير جمهورية كوريا كيم سانغ هوون.\n\n'
      + 'وقال الرئيس إن بلاده "ترحب بتوسيع التعاون مع الدول الثلاث".';
    const q = quotesOf(text);
    expect(q.some((t) => t.includes('ميندوزا'))).toBe(false);
    expect(q.some((t) => t.includes('ترحب بتوسيع التعاون'))).toBe(true);
  });

  it('reads no words in the members a delegation was made of', () => {
    const text = 'لجنة الصحة النيابية تزور وزير الصحة\n\n'
      + 'زار وفد من لجنة الصحة النيابية برئاسة النائب سامي الحلبي وزير الصحة خليل عواد في مكتبه.\n\n'
      + 'وضم الوفد النيابي النواب: ريما الخوري، جاد فرحات، مروان شمعون وهادي ناصر.\n\n'
      + 'وأكد الوزير عواد أن الوزارة ستؤمن الأدوية المزمنة للمرضى خلال الشهر المقبل.';
    const q = quotesOf(text);
    expect(q.some((t) => t.includes('ريما الخوري'))).toBe(false);
    expect(q.some((t) => t.includes('ستؤمن الأدوية'))).toBe(true);
  });

  it('still reads a headline statement that names officials in its words', () => {
    const q = quotesOf('الوزير الحلبي: الحكومة ستدفع الرواتب كاملة هذا الشهر\n\nقال وزير المالية سامي الحلبي إن الحكومة ستدفع الرواتب كاملة.');
    expect(q.some((t) => t.startsWith('الحكومة ستدفع الرواتب كاملة هذا الشهر'))).toBe(true);
  });
});
