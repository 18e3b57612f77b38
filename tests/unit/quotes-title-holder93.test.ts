import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar ?? null;

describe('a long title with no name speaks for the one official whose role opens with it', () => {
  it('«وأشار رئيس هيئة الأركان العامة» after the chief of staff and a foreign chief of another staff', () => {
    const text = 'بحث الفريق أول سامي نبيل حداد رئيس هيئة الأركان العامة للجيش والقوات المسلحة اليوم مع الجنرال '
      + 'ماريوش نوفاك رئيس الأركان العامة للقوات المسلحة البولندية سبل تعزيز التعاون العسكري.\n\n'
      + 'وأشار رئيس هيئة الأركان العامة إلى أن التدريب المشترك يشكل أساسا متينا لتطوير العلاقات بين الجيشين.';
    expect(speakerOf(text, 'التدريب المشترك')).toBe('سامي نبيل حداد');
  });

  it('of two roles that open with the title, the one that is the title itself', () => {
    const text = 'استقبل رئيس مجلس الشورى علي بن حسن الكعبي وفدا من برلمان جمهورية ليتوانيا برئاسة السيد ماريوس يانكاوسكاس رئيس '
      + 'لجنة الشؤون الخارجية، بحضور الدكتور خالد بن عيسى المري رئيس لجنة الشؤون الخارجية والدفاع والأمن الوطني.\n\n'
      + 'من جانبه، أعرب السيد ماريوس يانكاوسكاس عن سعادته بالزيارة، وقال: "جئنا لنتعلم من تجربتكم".\n\n'
      + 'وتابع رئيس لجنة الشؤون الخارجية في البرلمان الليتواني: "إن أمن المنطقتين مترابط ولا يمكن فصله".';
    expect(speakerOf(text, 'أمن المنطقتين')).toBe('ماريوس يانكاوسكاس');
  });
});

describe('a style abbreviated with a full stop before a name', () => {
  it('«وزير المالية د. X»: X is the minister, and «وأكد وزير المالية» is X', () => {
    const text = 'التقى وزير المالية والتخطيط الاقتصادي د. عثمان حسن بشير بمكتبه اليوم وفدا من البنك الدولي.\n\n'
      + 'وأكد وزير المالية أن الحكومة ماضية في برنامج الإصلاح الاقتصادي رغم التحديات.';
    const result = analyze(text);
    expect(result.officials.map((o) => o.name_ar)).toContain('عثمان حسن بشير');
    expect(speakerOf(text, 'ماضية في برنامج')).toBe('عثمان حسن بشير');
  });
});

describe('a name in marks inside the subject of «كان … قد»', () => {
  it('«وكان رئيس لجنة … النائب X، الذي تقدم باسم تكتل "…"، قد أكد» is X, not the one who spoke before', () => {
    const text = 'وترأس الجلسة رئيس مجلس النواب سمير حداد.\n\n'
      + 'وقال حداد في مستهل الجلسة إن "المجلس سيبقى منعقدا حتى إقرار القانون".\n\n'
      + 'وكان رئيس لجنة المال والموازنة النيابية النائب كريم عساف، الذي تقدم باقتراح القانون باسم تكتل "النهضة الوطنية"، '
      + 'قد أكد أن الإقرار "ضرورة لا تحتمل التأجيل".';
    expect(speakerOf(text, 'ضرورة لا تحتمل')).toBe('كريم عساف');
  });
});

describe('a description with an adjective of what they do before the nationality', () => {
  it('«ولفت المسؤول العسكري البولندي» is the Polish officer the story is about', () => {
    const text = 'بحث رئيس الأركان الفريق سامي نبيل حداد مع الجنرال ماريوش نوفاك رئيس الأركان العامة للقوات المسلحة البولندية '
      + 'والوفد المرافق له، بحضور العقيد توماش كوفالسكي الملحق العسكري في سفارة بولندا، سبل تعزيز التعاون.\n\n'
      + 'بدوره، أعرب الجنرال نوفاك عن تقديره للتعاون، وقال: "نحن مستعدون لاستقبال مزيد من الضباط".\n\n'
      + 'ولفت المسؤول العسكري البولندي إلى أن بلاده تعمل على تنفيذ ما تم الاتفاق عليه.';
    expect(speakerOf(text, 'تنفيذ ما تم')).toBe('ماريوش نوفاك');
  });
});
