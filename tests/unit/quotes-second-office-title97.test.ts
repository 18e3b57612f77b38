import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a bare title names the one whose title, written after the name, joins it as a second office', () => {
  it('«وأضاف وزير الدفاع:» after «X نائب القائد العام للجيش والقوات المسلحة وزير الدفاع»', () => {
    // heldout37/3820 (SANA), shortened.
    const text = 'بحث العماد علي محمود عباس نائب القائد العام للجيش والقوات المسلحة وزير الدفاع مع الفريق أول ركن عبد الأمير رشيد يار الله رئيس أركان الجيش العراقي اليوم علاقات التعاون العسكري.\n\n'
      + 'وأكد العماد عباس خلال اللقاء أن المعركة ضد الإرهاب واحدة على جانبي الحدود.\n\n'
      + 'وأضاف وزير الدفاع: "إن ما يجمع سورية والعراق أكبر من أي محاولات لفصل البلدين".';
    expect(speakerOf(text, 'ما يجمع سورية')).toBe('علي محمود عباس');
  });
  it('a deputy of the minister is not the minister («X نائب وزير الدفاع»)', () => {
    const text = 'بحث اللواء سمير حسن الخطيب نائب وزير الدفاع مع الفريق أول ركن عبد الأمير رشيد يار الله رئيس أركان الجيش العراقي اليوم علاقات التعاون العسكري.\n\n'
      + 'وأضاف وزير الدفاع: "إن ما يجمع سورية والعراق أكبر من أي محاولات لفصل البلدين".';
    expect(speakerOf(text, 'ما يجمع سورية')).not.toBe('سمير حسن الخطيب');
  });
  it('a second office that runs into another name is that name\'s title («X رئيس الوزراء وزير الدفاع Y»)', () => {
    const text = 'استقبل الشيخ أحمد ناصر الصباح رئيس مجلس الوزراء وزير الدفاع الفريق أول ركن عبد الأمير رشيد يار الله اليوم.\n\n'
      + 'وأضاف وزير الدفاع: "إن ما يجمع البلدين أكبر من أي محاولات لفصلهما".';
    expect(speakerOf(text, 'ما يجمع البلدين')).not.toBe('أحمد ناصر الصباح');
  });
});
