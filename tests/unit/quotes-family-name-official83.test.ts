import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a bare family name speaks as the one official named before with it, though they did not speak before', () => {
  it('a Spanish name\'s second word («وتابع مارتينيز» after «خوسيه مارتينيز رودريغيز»)', () => {
    const text = 'استقبل وزير الخارجية المغربي ناصر بوريطة اليوم بالرباط وزير الخارجية البوليفي خوسيه مارتينيز رودريغيز.\n\n'
      + 'وتابع مارتينيز أن بلاده تريد توسيع التعاون الزراعي مع المغرب.';
    const q = quoteWith(text, 'التعاون الزراعي');
    expect(q?.speaker_id).toMatch(/^o/);
    expect(q?.speaker_en).toMatch(/Rodr/);
  });

  it('a family name that opens with the letter ف («أوضح فالديفيا», not «الديفيا» after a conjunction)', () => {
    const text = 'أجرى وزير الخارجية الأردني أيمن الصفدي اليوم مباحثات مع نظيره البيروي فرانسيسكو فالديفيا كورتيس.\n\n'
      + 'من جهته، أوضح فالديفيا أن بلاده تدعم إقامة خط جوي مباشر بين البلدين.';
    const q = quoteWith(text, 'خط جوي');
    expect(q?.speaker_id).toMatch(/^o/);
    expect(q?.speaker_ar).toBe('فرانسيسكو فالديفيا كورتيس');
  });
});

describe('a bare family name no official holds is the name written in full before it', () => {
  it('«وتابع بيرنار» after «النقابي جاك بيرنار رفض»: the given name before it joins it, in English too', () => {
    const text = 'أضرب عمال الميناء في مرسيليا يوم الاثنين، ورفض النقابي جاك بيرنار التعليق على المفاوضات مع الإدارة.\n\n'
      + 'وتابع بيرنار أن العمال لن يعودوا إلى العمل قبل زيادة الأجور.';
    const q = quoteWith(text, 'زيادة الأجور');
    expect(q?.speaker_ar).toBe('جاك بيرنار');
    expect(q?.speaker_en).toMatch(/^Jac/);
  });

  it('not the verb before the name («فقال الخريجي»)', () => {
    const text = 'وصل الوفد إلى المدينة صباحا، فقال الخريجي للصحفيين إن الزيارة ناجحة.\n\n'
      + 'وأضاف الخريجي أن الطرفين سيلتقيان مجددا.';
    expect(quoteWith(text, 'سيلتقيان')?.speaker_ar).not.toMatch(/فقال/);
  });
});

describe('a nisba that ends an official\'s name is their family name, not the adjective of a body', () => {
  it('«وأكد الحريري» after «حكومة الحريري» is Saad Hariri, not "Government"', () => {
    const text = 'ترأس رئيس الحكومة اللبنانية سعد الحريري اليوم اجتماعا لمناقشة خطة حكومة الحريري للكهرباء.\n\n'
      + 'وأكد الحريري أن «الخطة ستنفذ قبل نهاية العام».';
    const q = quoteWith(text, 'قبل نهاية العام');
    expect(q?.speaker_en).toBe('Saad Hariri');
    expect(q?.speaker_id).toMatch(/^o/);
  });
});
