// Quotes and speakers on unseen text (issue 11, classes 3–5), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { quoteWith, speakerOf } from './helpers/quotes';

describe('a source set off by commas between the verb and its words is an aside', () => {
  it('"قال X، بحسب وكالة …، إن": the words after the aside are X\'s', () => {
    const t = 'وقال رئيس الوزراء الكندي جاستن ترودو، بحسب وكالة الصحافة الكندية، إن الحكومة "ستراجع كل العقود الموقعة".';
    const q = quoteWith(t, 'ستراجع كل العقود');
    expect(q.speaker_en).toBe('Justin Trudeau');
    expect(q.text).not.toMatch(/وكالة/);
  });
  it('"وأكد X، وفق بلاغ للوزارة، أنه": the same, with وفق', () => {
    const t = 'وأكد وزير النقل التونسي ربيع المجيدي، وفق بلاغ للوزارة، أنه "أمر بفتح تحقيق في حادث القطار".';
    const q = quoteWith(t, 'بفتح تحقيق');
    expect(q.speaker_en).toBe('Rabie Majidi');
    expect(analyze(t).quotes.every((x) => !/^وفق|بلاغ للوزارة$/.test(x.text))).toBe(true);
  });
});

describe('a verb joined to a sentence that opened with someone doing something goes on with them', () => {
  it('"أيد X القرار، ووصف المحتجين بأنهم «…»": X, not the one who spoke in the paragraph before', () => {
    const t = 'وقال رئيس الوزراء الإسباني بيدرو سانشيز إن الميزانية "ستقر قبل الصيف".\n\nمن جهته، أيد ملك إسبانيا فيليبي السادس الميزانية، ووصف من عارضوها بأنهم "متهورون ولا يفهمون الأرقام".';
    expect(speakerOf(t, 'متهورون')).toMatch(/Felipe VI/);
  });
});

describe('people who hold no office, named after the verb', () => {
  it('a style before a name set off by commas ("…، الدكتور X Y،") is no part of the name', () => {
    const t = 'ويرى أستاذ القانون الدستوري في الجامعة اللبنانية، الدكتور كمال الزغلامي، أن الأسعار «لن تنخفض قبل الخريف».';
    const q = quoteWith(t, 'لن تنخفض');
    expect(q.speaker_ar).toBe('كمال الزغلامي');
  });
  it('a given name and a family name with the article open the subject ("قالت X الY، زوجة …،")', () => {
    const t = 'وقالت نجوى العياري، شقيقة المعتقل، إن «المحكمة أجلت الجلسة مرة أخرى».';
    const q = quoteWith(t, 'أجلت الجلسة');
    expect(q.speaker_ar).toBe('نجوى العياري');
    expect(q.speaker_kind).toBe('person');
  });
  it('a name of two compound parts and a third name ("عبد X عبد Y Z") is read whole', () => {
    const t = 'من جهته، قال عبد الكريم عبد السلام يوسف، مدير جمعية الهلال للإغاثة، إن فرق الجمعية «وزعت ألف سلة غذائية».';
    expect(quoteWith(t, 'ألف سلة').speaker_ar).toBe('عبد الكريم عبد السلام يوسف');
  });
});

describe('a headline "X: …" whose X cannot speak is the story\'s heading, not a quote', () => {
  const body = '\n\nاستقبل رئيس الوزراء الكيني موسى مودافادي في نيروبي وزير الخارجية الإثيوبي تيدروس أدهانوم، وبحثا العلاقات الثنائية.';
  const headlineQuote = (title: string) => analyze(title + body).quotes.find((q) => q.start < title.length);
  it('a circumstance opened by a preposition ("في لقاء بين X وY: …")', () => {
    expect(headlineQuote('في لقاء بين مودافادي وأدهانوم : تعاون أمني وتجاري بين البلدين')).toBeUndefined();
  });
  it('a sentence with a verb that reports nothing ("X يستقبل نظيره: …")', () => {
    expect(headlineQuote('مودافادي يستقبل نظيره الإثيوبي: اتفاق على رحلات جوية مباشرة بين البلدين')).toBeUndefined();
  });
  it('a thing in a country ("الحصبة في كينيا: …")', () => {
    expect(headlineQuote('الحصبة في كينيا: ثلاثة آلاف إصابة جديدة خلال شهر واحد')).toBeUndefined();
  });
  it('an official, a country and a party still speak', () => {
    expect(headlineQuote('مودافادي: العلاقات مع إثيوبيا في أفضل حالاتها منذ عقود')).toBeDefined();
    expect(headlineQuote('كينيا: محادثاتنا مع أديس أبابا شملت ملف الحدود')).toBeDefined();
    expect(headlineQuote('المعارضة: الاتفاق مع أديس أبابا يخدم الحكومة وحدها')).toBeDefined();
  });
});
