import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a declaration named after a place speaks as itself', () => {
  it('reads «إعلان» and a city the gazetteer knows as the declaration, not a name in the clause after it', () => {
    const text = 'عقد قادة الدول العربية قمتهم في الرباط برئاسة وزير الخارجية المغربي ناصر بوريطة.\n\nوأكد إعلان الرباط، الصادر في ختام القمة، "التزام الدول الأعضاء بتعزيز العمل العربي المشترك".';
    const q = quoteOf(text, 'بتعزيز العمل العربي')!;
    expect(q.speaker_ar).toBe('إعلان الرباط');
    expect(q.speaker_en).toBe('Rabat Declaration');
  });

  it('reads a foreign place of no known word after «إعلان», even when it opens with the letters «إل»', () => {
    const text = 'اجتمع رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس والرئيس القبرصي نيكوس خريستودوليدس في جزيرة كريت.\n\nوشدد إعلان إليراكليو الصادر عن القمة الثلاثية على "رفض أي خطوة أحادية في شرق المتوسط".';
    const q = quoteOf(text, 'خطوة أحادية')!;
    expect(q.speaker_ar).toBe('إعلان إليراكليو');
    expect(q.speaker_en).toMatch(/Declaration$/);
  });

  it('leaves «إعلان» before what is declared to the speaker who says it', () => {
    const text = 'وقال رئيس الوزراء الكندي مارك كارني إن إعلان حالة الطوارئ "ليس مطروحا في الوقت الحالي".';
    const q = quoteOf(text, 'ليس مطروحا')!;
    expect(q.speaker_ar).toMatch(/كارني/);
  });
});

describe('the two sides as the subject of a reporting verb', () => {
  it('reads the nominative dual «الجانبان» after the verb as who speaks, not the circumstance after it', () => {
    const text = 'استقبل وزير الخارجية العماني بدر البوسعيدي نظيره الكازاخي مراد نورتلئو في مسقط.\n\nوأكد الجانبان في ختام اللقاء "رغبتهما في توسيع التعاون في مجالي الطاقة والنقل".';
    const q = quoteOf(text, 'الطاقة والنقل')!;
    expect(q.text.startsWith('"')).toBe(true);
    expect(q.speaker_ar).toBe('الجانبان');
    expect(q.speaker_en).toBe('The two sides');
  });

  it('reads «الطرفان» with a conjunction the same way', () => {
    const text = 'التقى رئيس الوزراء الإثيوبي آبي أحمد الرئيس الكيني وليام روتو في نيروبي.\n\nوشدد الطرفان خلال المؤتمر الصحفي المشترك على "أهمية الاستقرار في منطقة القرن الأفريقي".';
    const q = quoteOf(text, 'القرن الأفريقي')!;
    expect(q.speaker_ar).toBe('الطرفان');
  });
});

describe('a declaration named in quotation marks after «جاء في»', () => {
  it('takes the words after أن, and the declaration, not the leaders it reports, as the speaker', () => {
    const text = 'اختتمت القمة العربية أعمالها في بغداد بمشاركة الرئيس الفلسطيني محمود عباس والعاهل الأردني الملك عبد الله الثاني.\n\nوجاء في «إعلان بغداد» الصادر في ختام القمة أن الزعماء شددوا على «رفض تهجير الفلسطينيين من أرضهم».';
    const q = quoteOf(text, 'تهجير الفلسطينيين')!;
    expect(q.text.startsWith('«إعلان')).toBe(false);
    expect(q.speaker_ar).toBe('إعلان بغداد');
  });
});
