import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const LEAD = 'عمان - بحث الجانبان العلاقات الثنائية والتطورات في المنطقة.\n\n';
const quotesOf = (text: string) => analyze(LEAD + text).quotes.map((q) => q.text);

// The object of «أكد» opens the words; «على» inside it is the object's own preposition, not the verb's.
describe('a circumstance set off by commas after the subject, then the object (round 48)', () => {
  it('opens the words at the object after a title with no name («جلالة الملك»، «سمو الأمير»، «الملك»)', () => {
    expect(quotesOf('وأكد جلالة الملك، خلال الاتصال، ضرورة وقف الحرب على غزة وحماية المدنيين.'))
      .toEqual(['ضرورة وقف الحرب على غزة وحماية المدنيين']);
    expect(quotesOf('وأكد سمو الأمير، خلال اللقاء، حرص بلاده على توسيع شراكاتها مع دول أمريكا اللاتينية.'))
      .toEqual(['حرص بلاده على توسيع شراكاتها مع دول أمريكا اللاتينية']);
    expect(quotesOf('وأكد الوزير، خلال المباحثات، أهمية البناء على ما تحقق من تقدم.'))
      .toEqual(['أهمية البناء على ما تحقق من تقدم']);
  });

  it('keeps a counterpart joined by «ونظيره» in the subject, before a time set off by commas', () => {
    expect(quotesOf('أكد وزير الخارجية سامح شكري ونظيره التركي مولود جاويش أوغلو، اليوم السبت، حرص البلدين على استعادة العلاقات إلى مستوى السفراء.'))
      .toEqual(['حرص البلدين على استعادة العلاقات إلى مستوى السفراء']);
  });

  it('still opens the words after the preposition when no comma sets the subject off', () => {
    expect(quotesOf('وأكد الوزير على ضرورة وقف الحرب فورا.')).toEqual(['ضرورة وقف الحرب فورا']);
  });

  it('opens the words at the object right after a participle, before an «على» of its own', () => {
    expect(quotesOf('وقال الرئيس إن الزيارة "ناجحة"، مؤكدا تطلع بلاده إلى استضافة المؤتمر المقبل والبناء على ما سيحققه مؤتمر دبي.'))
      .toEqual(['الزيارة "ناجحة"', 'تطلع بلاده إلى استضافة المؤتمر المقبل والبناء على ما سيحققه مؤتمر دبي']);
    expect(quotesOf('وقال الوزير إن العلاقات "راسخة"، مؤكدا حرص بلاده على الارتقاء بها إلى آفاق أرحب.'))
      .toEqual(['العلاقات "راسخة"', 'حرص بلاده على الارتقاء بها إلى آفاق أرحب']);
  });

  it('still opens the words after the preposition when an adverb stands before it («مؤكدا مجددا على»)', () => {
    expect(quotesOf('وقال الوزير إن العلاقات "راسخة"، مؤكدا مجددا على ضرورة تعزيز التعاون.'))
      .toEqual(['العلاقات "راسخة"', 'ضرورة تعزيز التعاون']);
  });
});
