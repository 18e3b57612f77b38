import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a title with no name for subject: the one speaking, when the text wrote that title at their name', () => {
  it('the title written before the speaker\'s name, not a delegate whose role shares its words', () => {
    const text = 'استقبل رئيس مجلس الأمة مرزوق الغانم في مكتبه اليوم رئيس البرلمان الغاني ألبان بانجين والوفد البرلماني المرافق له. '
      + 'وضم الوفد الغاني رئيس لجنة الشؤون الخارجية في البرلمان كوفي أدجيي، والنائبة ماري أدوا. '
      + 'بدوره، أعرب بانجين عن "تقدير الشعب الغاني للمساعدات الكويتية". '
      + 'وأضاف رئيس البرلمان الغاني أن بلاده تتطلع إلى تبادل الخبرات التشريعية.';
    expect(quoteOf(text, 'تبادل الخبرات')?.speaker_ar).toBe(quoteOf(text, 'تقدير الشعب')?.speaker_ar);
  });

  it('a title among several set off by commas before the name', () => {
    const text = 'التقى رئيس هيئة الأركان العامة للقوات المسلحة الفرنسية، المستشار العسكري للرئيس، الجنرال تييري بوركار، '
      + 'اليوم في باريس، قائد الجيش المغربي الفريق محمد بريظ. '
      + 'وقال بوركار خلال اللقاء: "المغرب شريك أساسي في المنطقة". '
      + 'وأشار رئيس الأركان الفرنسي إلى أن البلدين سيجريان مناورات مشتركة في الربيع.';
    expect(quoteOf(text, 'مناورات مشتركة')?.speaker_ar).toBe(quoteOf(text, 'شريك أساسي')?.speaker_ar);
  });

  it('a title written after the name in the accusative («سفيرا … لجمهورية …»)', () => {
    const text = 'تسلم مدير المراسم كريم العلي أوراق اعتماد السيد هانز مولر سفيرا فوق العادة لجمهورية النمسا لدى المملكة، '
      + 'فيما رافق السفير النمساوي الوزير المفوض كارل برغر نائب رئيس البعثة. '
      + 'من جانبه، قال السفير هانز مولر إن "العلاقات بين البلدين متينة". '
      + 'وأشار السفير النمساوي إلى أن بلاده تعتزم افتتاح مركز ثقافي في العاصمة.';
    expect(quoteOf(text, 'مركز ثقافي')?.speaker_ar).toBe('هانز مولر');
  });

  it('leaves a title written with its own name in the subject to that name', () => {
    const text = 'استقبل رئيس البرلمان الكيني جاستن موتوري وفدا من البرلمان الأوغندي. وقال موتوري إن "الزيارة مهمة". '
      + 'وقال رئيس الوفد الأوغندي جون أوكيلو إن بلاده تتطلع إلى تعاون أوثق.';
    expect(quoteOf(text, 'تعاون أوثق')?.speaker_ar).toBe('جون أوكيلو');
  });

  it('leaves a word that is both a title and a surname, right after a given name, to the name', () => {
    const text = 'ويرى المحلل السياسي الليبي سالم الكبير أن "الزيارة مهمة لترميم الثقة". '
      + 'ويشير الكبير إلى أن الحركة التجارية عبر المعبر تمثل مصدر رزق لآلاف العائلات.';
    expect(quoteOf(text, 'مصدر رزق')?.speaker_ar).not.toBe('سالم');
  });
});

describe('«وأضاف/وتابع» with a description or a new office: the one speaking goes on', () => {
  it('«المسؤول الحكومي» after a minister with no role of their own, not the last minister named', () => {
    const text = 'ووقع الاتفاقية عن الجانب المغربي وزير الصحة خالد آيت الطالب، وعن الجانب الغاني وزير الصحة كواكو أجيمانغ. '
      + 'وقال بوريطة، في ندوة صحافية، إن "الشراكة مع غانا نموذج للتعاون جنوب-جنوب". '
      + 'وأضاف المسؤول الحكومي أن المملكة ستفتح قنصلية في أكرا خلال السنة المقبلة.';
    expect(quoteOf(text, 'قنصلية في أكرا')?.speaker_ar).toBe(quoteOf(text, 'جنوب-جنوب')?.speaker_ar);
  });

  it('«الوزير الجديد» goes on with the newly appointed minister who spoke', () => {
    const text = 'وغادر وزير المالية أحمد ولد سالم الحكومة، ليخلفه محمد ولد اعلي. '
      + '«سنواصل الإصلاحات دون قطيعة»، قال ولد اعلي في حفل التسليم. '
      + 'وتابع الوزير الجديد أن أولويته ستكون خفض عجز الميزانية.';
    expect(quoteOf(text, 'خفض عجز')?.speaker_ar).toBe(quoteOf(text, 'دون قطيعة')?.speaker_ar);
  });
});
