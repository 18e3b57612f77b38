import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { members, sideOf, sides } from './helpers/delegations';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

// Written for the test: members of a meeting whom the officials layer did not find, so no list could seat them.
describe('findDelegations: members the officials layer must find first', () => {
  // «جاء ذلك خلال استقباله نظيره X»: the paragraph goes on with the news of the one before; the counterpart holds the
  // office of the official named there.
  const counterpart = [
    'رئيس مجلس النواب الأردني يستقبل نظيره الإستوني',
    'أكد رئيس مجلس النواب الأردني أحمد الصفدي، الأربعاء، دعم بلاده لتعزيز التعاون البرلماني.',
    'جاء ذلك خلال استقباله نظيره الإستوني يوري راتاس، والوفد المرافق له، في مقر البرلمان.',
  ].join('\n\n');
  it('reads a counterpart whose office is in the paragraph before', () => {
    expect(names(counterpart)).toContain('يوري راتاس');
    const found = sides(counterpart);
    expect(sideOf(found, 'يوري راتاس')).toBeDefined();
    expect(sideOf(found, 'يوري راتاس')).not.toBe(sideOf(found, 'أحمد الصفدي'));
  });
  it('still wants an office somewhere before the counterpart', () => {
    const bare = ['تقرير عن الزيارة', 'جاء ذلك خلال استقباله نظيره الإستوني يوري راتاس في مقر البرلمان.'].join('\n\n');
    expect(names(bare)).not.toContain('يوري راتاس');
  });

  // «لشؤون منطقة الشرق الأوسط وشمال إفريقيا»: the word «منطقة» before a region belongs to the office's complement.
  it('reads the holder after an office for the affairs of a named region', () => {
    const text = 'وبحث الوزير مع نائب رئيس البنك الدولي لشؤون منطقة الشرق الأوسط وشمال إفريقيا سامر النجار سبل التعاون.';
    expect(names(text)).toContain('سامر النجار');
    const said = 'وقال نائب رئيس البنك الدولي لشؤون منطقة الشرق الأوسط وشمال إفريقيا تيموثي بريستون إن البنك سيواصل دعمه.';
    expect(names(said)).toContain('تيموثي بريستون');
  });

  // «…، وX Y وزير …»: a list item after «، و» of two words of no language, then a full title, is a foreign name.
  const signing = [
    'توقيع اتفاقيات بين الإمارات وإندونيسيا',
    'ووقع مذكرة التفاهم الأولى معالي الدكتور سلطان بن أحمد الجابر وزير الصناعة والتكنولوجيا المتقدمة، وبودياتمان سيتيادي وزير الاستثمار الإندونيسي.',
  ].join('\n\n');
  it('reads a foreign list item before its full title', () => {
    expect(names(signing)).toContain('بودياتمان سيتيادي');
    expect(members(sides(signing))).toContain('بودياتمان سيتيادي');
  });
  it('leaves ordinary words after «، و» alone', () => {
    expect(names('ووقع الاتفاقية وزير الطاقة سهيل المزروعي، ووضعت الاتفاقية وزير الاستثمار في الصورة.')).not.toContain('وضعت الاتفاقية');
  });

  // «عضوي مجلس السيادة X وY»: a short head in the dual, each name holding it, the second with or without a rank.
  it('reads both holders of a short dual title', () => {
    const text = 'وضم الوفد الحكومي عضوي مجلس السيادة الفريق ياسر العطا وصديق تاور، ووزير العدل نصر الدين عبد الباري.';
    expect(names(text)).toEqual(expect.arrayContaining(['ياسر العطا', 'صديق تاور', 'نصر الدين عبد الباري']));
    expect(names('وحضر اللقاء عضوا المجلس محمد الفكي وعائشة موسى.')).toEqual(expect.arrayContaining(['محمد الفكي', 'عائشة موسى']));
  });

  // «رئيس مجلس النواب (المجلس) بجمهورية كازاخستان X»: the body's other name in brackets, then its country, then the name.
  it('reads the holder after a bracketed name of the body and its country', () => {
    const text = 'استقبل رئيس مجلس الشورى، اليوم، معالي رئيس مجلس النواب (المجلس) بجمهورية كازاخستان يرلان كوشانوف، والوفد المرافق له.';
    expect(names(text)).toContain('يرلان كوشانوف');
  });

  // «القوة الدولية», «قوة الأمم المتحدة»: a force is a body, and the name after its spokesman's title is his.
  it('reads the spokesman of a force', () => {
    const text = 'واستقبل الرئيس قائد القوات الدولية، يرافقه الناطق الرسمي باسم القوة الدولية كانديس أرديل، في حضور مستشاره.';
    expect(names(text)).toContain('كانديس أرديل');
    expect(names(text).some((n) => n.startsWith('القوة'))).toBe(false);
  });

  // «وزراء خارجية مصر X، والأردن Y»، «ولاة جندوبة X، والكاف Y»: one plural title, each holder after his own place.
  it('gives each holder of a plural title the place named before him', () => {
    const ministers = 'وشارك في الاجتماع وزراء خارجية البحرين عادل المعاودة، والكويت خالد الرومي، والعراق نزار الحسني.';
    expect(names(ministers)).toEqual(expect.arrayContaining(['عادل المعاودة', 'خالد الرومي', 'نزار الحسني']));
    const governors = 'ويشارك عن الجانب التونسي ولاة جندوبة سمير العياشي، والكاف منصف الرزقي، والقصرين حاتم الوسلاتي.';
    expect(names(governors)).toEqual(expect.arrayContaining(['سمير العياشي', 'منصف الرزقي', 'حاتم الوسلاتي']));
    expect(members(sides(['لقاء تونسي جزائري', 'وترأس الاجتماع وزير الداخلية التونسي ونظيره الجزائري.', governors].join('\n\n')))).toEqual(expect.arrayContaining(['منصف الرزقي', 'حاتم الوسلاتي']));
  });

  // «العلاقات الاقتصادية»: a field of administration like «العلاقات الخارجية», so the office runs on to its ministry.
  it('reads the holder after an office of economic relations in a ministry', () => {
    const text = 'ووقعها عن الجانب الهندي أمين العلاقات الاقتصادية في وزارة الشؤون الخارجية راهول شارما.';
    expect(names(text)).toContain('راهول شارما');
  });
});
