// Quotes and speakers on unseen text (issue 11, round 13), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { quoteWith } from './helpers/quotes';

describe('a source inside a ministry is named by the ministry the news names it by ("Foreign Ministry source")', () => {
  it('"مصدر في وزارة الخارجية المصرية": a source in the Egyptian Foreign Ministry, not the "Ministry of Foreign Affairs"', () => {
    const t = 'وقال مصدر في وزارة الخارجية المصرية للصحيفة إن "المحادثات تناولت ملف المياه". وأضاف المصدر أن "الجانبين اتفقا على لقاء جديد".';
    expect(quoteWith(t, 'ملف المياه').speaker_en).toBe('Source in the Egyptian Foreign Ministry');
    expect(quoteWith(t, 'لقاء جديد').speaker_en).toBe('Source in the Egyptian Foreign Ministry');
  });
  it('other portfolios of one word, feminine and plural heads: "Interior Ministry", "Finance Ministry"', () => {
    expect(quoteWith('وأوضحت مسؤولة في وزارة الداخلية التونسية أن "الحدود ستفتح الأسبوع المقبل".', 'الحدود ستفتح').speaker_en).toMatch(/^Official in the Tunisian Interior Ministry$/);
    expect(quoteWith('وقالت مصادر في وزارة المالية اللبنانية إن "الرواتب ستدفع في موعدها".', 'الرواتب').speaker_en).toBe('Sources in the Lebanese Finance Ministry');
  });
  it('"بوزارة", "بالرئاسة": the preposition on the body\'s first word still says where the source stands', () => {
    expect(quoteWith('وصرح مصدر مسؤول بوزارة الدفاع أن "التدريبات ستستمر حتى نهاية الشهر".', 'التدريبات').speaker_en).toBe('Official source at the Defense Ministry');
    expect(quoteWith('وقال مصدر أمني بوزارة الداخلية المغربية إن "الموقوفين ثلاثة أشخاص".', 'الموقوفين').speaker_en).toBe('Security source at the Moroccan Interior Ministry');
  });
});

describe('a title alone before "بـ«…»": the preposition cut off by a tatweel is not part of the subject', () => {
  it('"وطالب الوزير بـ"…"", "وطالبت الوزيرة بـ«…»": the minister named before', () => {
    const t = 'ترأس وزير الزراعة السوداني عبد القادر تركاوي اجتماعا لمديري الولايات. وطالب الوزير بـ"مضاعفة المساحات المزروعة بالقمح".';
    expect(quoteWith(t, 'مضاعفة المساحات').speaker_en).toMatch(/Abdel Qadir/);
    const f = 'افتتحت وزيرة البيئة الفرنسية إليزابيث بورن المؤتمر أمس. وطالبت الوزيرة بـ«خفض الانبعاثات قبل نهاية العقد».';
    expect(quoteWith(f, 'خفض الانبعاثات').speaker_en).toMatch(/lisabeth Borne/);
  });
});

describe('a time adverb right after the verb ("وقالت آنذاك", "وأكد حينها") is never the subject', () => {
  it('the one the discourse names speaks', () => {
    const t = 'وكانت رئيسة الوزراء النيوزيلندية جاسيندا أرديرن قد زارت موقع الهجوم قبل عام. وقالت آنذاك إن "هذا أحد أحلك أيام البلاد".';
    expect(quoteWith(t, 'أحلك أيام').speaker_en).toBe('Jacinda Ardern');
    const m = 'وألقى الرئيس الكيني أوهورو كينياتا خطابا أمام البرلمان في نيروبي. وأكد حينها أن "الفساد عدو التنمية".';
    expect(quoteWith(m, 'عدو التنمية').speaker_en).toBe('Uhuru Kenyatta');
  });
});

describe('words in quotation marks, then "، بحسب X" / "، وفق X" / "، على حد تعبير X": X said them', () => {
  const t = 'استقبل رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا الأمين العام للأمم المتحدة أنطونيو غوتيريش.';
  it('a short quotation that opens the sentence, whichever preposition names its source', () => {
    expect(quoteWith(`${t}\n\n«المنطقة تحتاج إلى السلام»، بحسب غوتيريش.`, 'تحتاج إلى السلام').speaker_en).toBe('António Guterres');
    expect(quoteWith(`${t}\n\n"الحوار هو الحل"، وفق غوتيريش.`, 'الحوار هو الحل').speaker_en).toBe('António Guterres');
    expect(quoteWith(`${t}\n\n«السد لن يضر أحدا»، على حد تعبير آبي أحمد.`, 'السد لن يضر').speaker_en).toBe('Abiy Ahmed');
    expect(quoteWith(`${t}\n\n«التنمية تبدأ من المصالحة»، حسب تعبير رئيس الوزراء الإثيوبي.`, 'التنمية تبدأ').speaker_en).toBe('Abiy Ahmed');
  });
});

describe('"مصادر الرئاسة المصرية", "أوساط رئيس الحكومة": whose sources they are, in English', () => {
  it('a body in the genitive goes before "sources"; a title, "close to" it', () => {
    expect(quoteWith('وقالت مصادر الرئاسة الجزائرية إن "الانتخابات ستجري في موعدها".', 'الانتخابات ستجري').speaker_en).toBe('Algerian Presidency sources');
    expect(quoteWith('وأفادت مصادر الجيش السوداني بأن "القوات استعادت السيطرة على المعبر".', 'استعادت السيطرة').speaker_en).toBe('Sudanese Army sources');
    expect(quoteWith('وقالت أوساط رئيس الحكومة إن "التشكيلة الوزارية أصبحت جاهزة".', 'التشكيلة').speaker_en).toBe('Circles close to the Prime Minister');
  });
  it('the source whose genitive is a place with an adjective keeps its adjectives ("مصادر عسكرية ليبية")', () => {
    expect(quoteWith('وقالت مصادر عسكرية ليبية إن "الهدنة انهارت".', 'الهدنة انهارت').speaker_en).toBe('Libyan military sources');
  });
});

describe('"والتقى الوزير رئيس الوزراء X. وقال …": the title with no name is the subject, the one named after it the object', () => {
  it('the pronoun verb goes to the unnamed title, in the fuller words the text gave it before', () => {
    const t = 'وصل وزير الدفاع الباكستاني إلى كابول صباح اليوم في زيارة مفاجئة. واستقبل الوزير الرئيس الأفغاني أشرف غني في القصر الرئاسي. وقال في تصريح صحفي إن "إسلام آباد تدعم عملية السلام".';
    const q = quoteWith(t, 'إسلام آباد تدعم');
    expect(q.speaker_en).not.toBe('Ashraf Ghani');
    expect(q.speaker_ar).toBe('وزير الدفاع الباكستاني');
  });
});
