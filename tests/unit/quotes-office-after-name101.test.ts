import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { officeGender } from '../../lib/quotes/gender';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// tests/heldout39/4013-wam-abu-dhabi-mongolia-president-arrival.txt: the officials layer keeps the role across the
// name («لرئيس منغوليا معالي X وزيرة الخارجية»); the office after her name is hers, and says she is a woman.
describe('a role kept across its holder\'s name: the office after the name says the gender', () => {
  it('«رئيس منغوليا معالي … وزيرة الخارجية» is a woman', () => {
    expect(officeGender({ role_ar: 'رئيس منغوليا معالي باتمونخ باتسيتسيغ وزيرة الخارجية', name_ar: 'باتمونخ باتسيتسيغ' })).toBe('f');
  });
  it('a role that does not hold the name reads its first title (near miss)', () => {
    expect(officeGender({ role_ar: 'رئيس منغوليا', name_ar: 'أوخناجين خورلسوخ' })).toBe('m');
    expect(officeGender({ role_ar: 'وزيرة الخارجية', name_ar: 'باتمونخ باتسيتسيغ' })).toBe('f');
  });
  it('a style or title before the name and an office after it (comma): the office after', () => {
    expect(officeGender({ role_ar: 'النائب فيبى فوزى جرجس، وكيلة المجلس', name_ar: 'فيبى فوزى جرجس' })).toBe('f');
  });

  const text = 'وصل فخامة أوخناجين خورلسوخ رئيس منغوليا إلى أرض الوطن اليوم في زيارة رسمية للدولة تستغرق ثلاثة أيام.\n\n'
    + 'ويضم الوفد المرافق لرئيس منغوليا معالي باتمونخ باتسيتسيغ وزيرة الخارجية، وسعادة غانبولد أولزيسايخان رئيس مكتب الرئيس، إلى جانب عدد من كبار المسؤولين ورجال الأعمال.\n\n'
    + 'وقالت وزيرة الخارجية المنغولية في تصريح لوكالة أنباء الإمارات "وام" إن الزيارة "تفتح صفحة جديدة في علاقات بلدينا، لا سيما في مجالات الطاقة المتجددة والتعدين والأمن الغذائي".';
  it('«وقالت وزيرة الخارجية المنغولية» is the minister in the president\'s delegation', () => {
    expect(speakerOf(text, 'تفتح صفحة جديدة')).toBe('باتمونخ باتسيتسيغ');
  });
});

// tests/heldout10/1121-petra-amman-safadi-pejcinovic-buric.txt: «النائب الأول لرئيس الوزراء وزيرة الخارجية …», a
// masculine first title and a feminine second office held together: «الوزيرة الكرواتية» is she.
describe('a feminine second office held together with a masculine first title says a woman', () => {
  it('«النائب الأول لرئيس الوزراء وزيرة الخارجية» is a woman', () => {
    expect(officeGender({ role_ar: 'النائب الأول لرئيس الوزراء وزيرة الخارجية والشؤون الأوروبية الكرواتية', name_ar: 'ماريا بيتشينوفيتش بوريتش' })).toBe('f');
  });
  it('the genitive of an assistant is no office of his (near miss)', () => {
    expect(officeGender({ role_ar: 'مساعد وزيرة الخارجية للشؤون السياسية', name_ar: 'ماريو نوبيلو' })).toBe('m');
  });
  const text = 'بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي مع النائب الأول لرئيس الوزراء وزيرة الخارجية والشؤون الأوروبية الكرواتية ماريا بيتشينوفيتش بوريتش، اليوم الثلاثاء، سبل تعزيز العلاقات الثنائية بين البلدين.\n\n'
    + 'وحضر المحادثات من الجانب الكرواتي مساعد وزيرة الخارجية للشؤون السياسية ماريو نوبيلو، وسفير كرواتيا غير المقيم لدى المملكة دراغو شتامبوك.\n\n'
    + 'وقالت الوزيرة الكرواتية في مؤتمر صحفي مشترك عقب المحادثات إن الأردن "شريك أساسي للاتحاد الأوروبي في تحقيق الاستقرار بالمنطقة".';
  it('«وقالت الوزيرة الكرواتية» is the Croatian minister, not her assistant', () => {
    expect(speakerOf(text, 'شريك أساسي')).toBe('ماريا بيتشينوفيتش بوريتش');
  });
});
