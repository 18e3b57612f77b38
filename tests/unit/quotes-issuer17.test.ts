// Who speaks in a document they issued, and other speaker classes of round 17. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q.speaker_en ?? q.speaker_ar;
};

describe('the issuer of a statement or report speaks in it («أصدر X بيانا أكد فيه»)', () => {
  it('a body before the verb, "قد أصدرت بيانا دعت فيه الضباط إلى": not the object after فيه, and the participle after it', () => {
    const t = 'وكانت قيادة الشرطة قد أصدرت بيانا دعت فيه الضباط المتقاعدين إلى «التزام الهدوء»، مؤكدة أن «الوزارة تتابع الملف».';
    expect(speakerOf(t, 'التزام الهدوء')).toBe('Police Command');
    expect(speakerOf(t, 'تتابع الملف')).toBe('Police Command');
  });
  it('a letter (feminine) with its addressee: "وجهت النقابة رسالة إلى البرلمان دعت فيها النواب إلى"', () => {
    const t = 'ووجهت نقابة الصحفيين رسالة إلى البرلمان دعت فيها النواب إلى «رفض القانون».';
    expect(speakerOf(t, 'رفض القانون')).toMatch(/نقابة الصحفيين|Syndicate|Union/);
  });
  it('an official who issues a statement through his office, after someone else spoke', () => {
    const t = 'وقال وزير المالية المصري محمد معيط إن العجز تراجع. من جهته، أصدر رئيس الوزراء الأردني بشر الخصاونة بيانا عبر مكتبه الإعلامي شدد فيه على أن «الأسعار لن ترتفع».';
    expect(speakerOf(t, 'الأسعار')).toBe('Bisher Al-Khasawneh');
  });
  it('a report with a long complement and a comma before "قالت فيه"', () => {
    const t = 'وقال الرئيس البيروفي مارتين فيزكارا إن الحكومة ستتعاون. وجاء ذلك بعدما نشرت منظمة العفو الدولية تقريرا مطولا عن أوضاع السجون في البلاد خلال العام الماضي، قالت فيه إنها وثقت «انتهاكات واسعة».';
    expect(speakerOf(t, 'انتهاكات')).toBe('Amnesty International');
  });
});

describe('a document issued by a meeting is no body issuing one', () => {
  it('"وصدر عن القمة بيان ختامي أكد فيه القادة": not the meeting named after عن', () => {
    const t = 'وصدر عن القمة بيان ختامي أكد فيه الزعيمان «رفضهما أي تدخل أجنبي».';
    expect(speakerOf(t, 'رفضهما')).not.toMatch(/^(القمة|Summit)$/);
  });
});

describe('an answer in an exchange: "…، فرد X: «…»"', () => {
  it('the one named after فرد answers, not the one asked about before the ف', () => {
    const t = 'وزار النائب اللبناني ميشال معوض المعتصمين أمام السرايا، وسأله أحد الصحفيين عن موقف رئيس الحزب الوزير سليمان فرنجية، فرد معوض: «أنا هنا بصفتي نائبا عن الناس».';
    expect(speakerOf(t, 'بصفتي نائبا')).toBe('Michel Moawad');
  });
  it('a feminine answer with a two-word family name: "فأجابت غونزاليس لايا:"', () => {
    const t = 'وسألت صحفية وزير الداخلية الإسباني فرناندو غراندي مارلاسكا عن الهجرة بحضور وزيرة الخارجية الإسبانية أرانتشا غونزاليس لايا، فأجابت غونزاليس لايا: «الحدود ليست الحل».';
    expect(speakerOf(t, 'الحدود ليست')).toBe('Arancha Gonzalez Laya');
  });
});

describe('a national title refers back to the official whose role names that country', () => {
  it('"الوزير الصومالي" after "وزير الخارجية … بجمهورية الصومال", when neither official has a known country', () => {
    const t = 'استقبل وزير الدولة للشؤون الأفريقية الأستاذ فهد بن سعيد المريخي في مكتبه اليوم، معالي وزير الشؤون الخارجية والتعاون الدولي بجمهورية الصومال عبدي حسين عمر، والوفد المرافق له. وأكد معالي الأستاذ فهد المريخي أن المملكة تدعم الاستقرار. من جانبه، عبّر الوزير الصومالي عن شكر بلاده للمملكة، مؤكدا أن الزيارة "تفتح آفاقا جديدة".';
    expect(speakerOf(t, 'آفاقا جديدة')).toBe('Abdi Hussein Omar');
    expect(speakerOf(t, 'تدعم الاستقرار')).toMatch(/^Faha?d bin Said Al-Mrikhi$/);
  });
});

describe('"أما X، رئيس Y، فقال": the topic named before its apposition', () => {
  it('a participle-shaped noun in the topic ("مدينة") does not end it', () => {
    const t = 'أما زعيم احتجاجات مدينة كوتشابامبا رئيس البلدية مانفريد ريس فيا، رئيس اللجنة الشعبية في المدينة، فقال أمام أنصاره "لن نتراجع".';
    expect(speakerOf(t, 'لن نتراجع')).toMatch(/Manfred/);
  });
});

describe('a style, a foreign name the lexicon does not vouch for, then a title: a person speaks, by name', () => {
  it('"قال السيد X Y مدير مكتب … إن": the name, not the whole noun phrase in Arabic with no English', () => {
    const t = 'وفي ختام الزيارة، قال السيد زوراب ميدان مدير مكتب برنامج الأمم المتحدة الإنمائي في مسقط إن "التعاون مثمر".';
    const q = analyze(t).quotes.find((x) => x.text.includes('مثمر'))!;
    expect(q.speaker_ar).not.toMatch(/السيد|مدير/);
    expect(q.speaker_en).toBeTruthy();
  });
  it('a style before a title alone names nobody new ("وقال السيد رئيس الوزراء")', () => {
    const q = analyze('وقال السيد رئيس الوزراء إن "التعاون مثمر".').quotes[0]!;
    expect(q.speaker_ar).toMatch(/رئيس الوزراء/);
  });
});
