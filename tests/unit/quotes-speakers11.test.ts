// Quotes and speakers on unseen text (issue 11, round 11), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { quoteWith, speakerOf } from './helpers/quotes';

describe('two officials who speak together are both the speaker, in Arabic and in English', () => {
  it('"وشدد الوزيران على «…»" after a meeting of the two: "X and Y", the first the speaker, the other beside', () => {
    const t = 'اجتمع وزير الداخلية اللبناني محمد فهمي مع وزير الدفاع زينة عكر في بيروت. وشدد الوزيران على "ضرورة التنسيق بين الأجهزة الأمنية".';
    const q = quoteWith(t, 'ضرورة التنسيق');
    expect(q.speaker_en).toMatch(/ and Zeina Akar$/);
    expect(q.speaker_ar).toMatch(/^محمد فهمي و/);
    expect(q.speaker_id).toBeTruthy();
    expect(q.co_speaker_ids?.length).toBe(1);
  });
  it('"وقال وزيرا الخارجية X وY في بيان مشترك": both names', () => {
    const t = 'وقال وزيرا خارجية مصر والأردن سامح شكري وأيمن الصفدي في بيان مشترك إن "الحل السياسي هو الطريق الوحيد".';
    const q = quoteWith(t, 'الحل السياسي');
    expect(q.speaker_en).toBe('Sameh Shoukry and Ayman Safadi');
    expect(q.speaker_ar).toBe('سامح شكري وأيمن الصفدي');
  });
  it('"وأكد المسؤولان X وY": the dual with the two names after it', () => {
    const t = 'استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية التركي هاكان فيدان في بغداد. وأكد المسؤولان السوداني وفيدان أن "التعاون المائي أولوية للبلدين".';
    expect(speakerOf(t, 'التعاون المائي')).toMatch(/Sudani.* and Hakan Fidan/);
  });
});

describe('a statement that relays someone\'s words ("ونقل البيان عن X قوله") is not their speaker', () => {
  const before = 'استقبل وزير الخارجية العراقي فؤاد حسين في بغداد نظيره الإيراني عباس عراقجي. وقال المتحدث باسم الوزارة أحمد الصحاف في بيان إن "الجانبين بحثا ملفات المنطقة". ';
  it('"ونقل البيان عن X قوله إن «…»، مشددا على «…»": X, and X goes on', () => {
    const t = before + 'ونقل البيان عن حسين قوله إن "العراق لن يكون ساحة لتصفية الحسابات"، مشددا على "احترام السيادة".';
    expect(speakerOf(t, 'ساحة لتصفية')).toBe('Fuad Hussein');
    expect(speakerOf(t, 'احترام السيادة')).toBe('Fuad Hussein');
  });
  it('"ونقل البلاغ عن X تأكيده أن": X', () => {
    const t = before + 'ونقل البلاغ عن عراقجي تأكيده أن "طهران تدعم استقرار العراق".';
    expect(speakerOf(t, 'تدعم استقرار')).toBe('Abbas Araghchi');
  });
  it('"وأورد البيان عن الوزير X قوله": X', () => {
    const t = before + 'وأورد البيان عن الوزير حسين قوله إن "بغداد ترفض التدخلات".';
    expect(speakerOf(t, 'ترفض التدخلات')).toBe('Fuad Hussein');
  });
});

describe('"بين" after a quotation is "between", not the verb "بيّن" (explained)', () => {
  it('"أن الزيارة «…» بين موسكو وهانوي، موضحة أن": the spokeswoman goes on, not Moscow', () => {
    const t = 'وكانت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا قد أعلنت في إيجازها الأسبوعي أن الزيارة "تأتي في إطار تعزيز العلاقات الثنائية" بين موسكو وهانوي، موضحة أن الوزير الفيتنامي سيلتقي أيضا رئيس الوزراء.';
    expect(speakerOf(t, 'الوزير الفيتنامي سيلتقي')).toBe('Maria Zakharova');
    expect(quoteWith(t, 'تعزيز العلاقات').text).toMatch(/وهانوي$/);
  });
  it('"«…» بين البلدين، مشيرة إلى أن": a dual noun after it', () => {
    const t = 'وقالت وزيرة الخارجية الكندية ميلاني جولي إن الاتفاق "يفتح صفحة جديدة" بين البلدين، مشيرة إلى أن الوفدين سيجتمعان مجددا في الربيع.';
    expect(quoteWith(t, 'يفتح صفحة').text).toMatch(/البلدين$/);
    expect(speakerOf(t, 'سيجتمعان')).toBe('Mélanie Joly');
  });
  it('"كما بيّن الوزير X أن", "وبيّن الوزير أن": still the verb', () => {
    const t = 'كما بين وزير العمل التونسي مالك الزاهي أن "الحوار مع النقابات مستمر". وبين الوزير أن الزيادة ستصرف في مارس المقبل.';
    expect(quoteWith(t, 'الحوار مع النقابات').speaker_ar).toBe('مالك الزاهي');
    expect(quoteWith(t, 'الزيادة ستصرف').speaker_ar).toBe('مالك الزاهي');
  });
});

describe('a body named by an indefinite head in construct, and the country it is of, is the whole subject', () => {
  it('"وأعلنت مفوضية حقوق الإنسان في العراق مقتل …": the commission whole, the words from «مقتل»', () => {
    const t = 'وأعلنت مفوضية حقوق الإنسان في العراق مقتل ثمانية متظاهرين منذ بدء الاحتجاجات، داعية القوات الأمنية إلى "ضبط النفس".';
    const q = quoteWith(t, 'ثمانية متظاهرين');
    expect(q.speaker_ar).toBe('مفوضية حقوق الإنسان في العراق');
    expect(q.text).toMatch(/^مقتل/);
    expect(quoteWith(t, 'ضبط النفس').speaker_ar).toBe('مفوضية حقوق الإنسان في العراق');
  });
  it('"وأعلنت لجنة حماية الصحفيين اعتقال …": the committee with its genitive', () => {
    const t = 'وأعلنت لجنة حماية الصحفيين اعتقال ثلاثة صحفيين في العاصمة خلال تغطيتهم الاحتجاجات الأخيرة.';
    const q = quoteWith(t, 'ثلاثة صحفيين');
    expect(q.speaker_ar).toBe('لجنة حماية الصحفيين');
    expect(q.text).toMatch(/^اعتقال/);
  });
  it('"وأعلنت وزارة الصحة في لبنان ارتفاع …": the ministry of that country', () => {
    const t = 'وأعلنت وزارة الصحة في لبنان ارتفاع عدد الإصابات إلى 120 حالة خلال الأسبوع الماضي.';
    const q = quoteWith(t, 'عدد الإصابات');
    expect(q.speaker_ar).toBe('وزارة الصحة في لبنان');
    expect(q.text).toMatch(/^ارتفاع/);
  });
});

describe('«وكان X قد قال» whose X the officials layer did not find is X as written, not the one who spoke before', () => {
  it('a title and a name the text gives nowhere else', () => {
    const t = 'وقال رئيس فريق الوساطة الجنوب سوداني توت قلواك إن المفاوضات "ستبدأ الاثنين".\n\nوكان الأمين العام لحزب المؤتمر الشعبي جمال عمل قد قال لدى وصوله إلى جوبا أمس إن حزبه "لن يتنازل عن مطالبه".';
    const q = quoteWith(t, 'لن يتنازل');
    expect(q.speaker_ar).toMatch(/جمال عمل$/);
  });
});

describe('an official named as the genitive of a noun of kin or relation is not the speaker', () => {
  it('"قال الرئيس الأسبق ومنافس X في الانتخابات Y إن": Y, not X', () => {
    const t = 'أعلن الرئيس الأرجنتيني ألبرتو فرنانديز نتائج الاقتراع. من جهته، قال الحاكم السابق ومنافس فرنانديز في الانتخابات أوراسيو لاريتا إن النتائج "مخيبة للآمال".';
    expect(quoteWith(t, 'مخيبة للآمال').speaker_ar).not.toMatch(/فرنانديز/);
  });
  it('"وقال نجل X، Y، إن": the son, not his father', () => {
    const t = 'قضت المحكمة بسجن رئيس الوزراء الأسبق عبد المالك سلال. وقال نجل سلال، فارس سلال، إن "الحكم سياسي".';
    expect(quoteWith(t, 'الحكم سياسي').speaker_ar).toBe('فارس سلال');
  });
});

describe('a subject whose official is named in apposition after a first title, between commas', () => {
  it('"وانتقد رئيس حزب …، زعيم المعارضة X، الميزانية، وقال إن": X speaks', () => {
    const t = 'وانتقد رئيس حزب العمال البريطاني، زعيم المعارضة كير ستارمر، الميزانية، وقال إن "الحكومة فقدت السيطرة".';
    expect(speakerOf(t, 'فقدت السيطرة')).toBe('Keir Starmer');
  });
  it('"ورحب رئيس المجلس …، رئيس الحكومة المعترف بها دوليا X، بالاتفاق، مؤكدا": the apposition is no part of the words', () => {
    const t = 'ورحب رئيس المجلس الرئاسي الليبي، رئيس الحكومة المعترف بها دوليا فايز السراج، بالاتفاق، مؤكدا أن "ليبيا تحتاج إلى السلام".';
    expect(analyze(t).quotes.every((q) => !q.text.includes('رئيس الحكومة'))).toBe(true);
    expect(quoteWith(t, 'تحتاج إلى السلام').speaker_ar).toMatch(/فايز السراج$/);
  });
});

describe('the outlet spoken to, named by the shape of a news site or channel ("لـX نيوز", "لـX تي في"), is no part of the speaker', () => {
  it('"وقالت مصادر أمنية لبغداد اليوم نيوز إن"', () => {
    const t = 'وقالت مصادر أمنية لبغداد اليوم نيوز إن "الهجوم وقع فجرا".';
    expect(quoteWith(t, 'الهجوم وقع').speaker_ar).toBe('مصادر أمنية');
  });
  it('"وقال مصدر في وزارة الداخلية للفرات نيوز إن"', () => {
    const t = 'وقال مصدر في وزارة الداخلية للفرات نيوز إن "التحقيق مستمر".';
    expect(quoteWith(t, 'التحقيق مستمر').speaker_ar).toBe('مصدر في وزارة الداخلية');
  });
});

describe('a weak verb after «لكنه/لكنها» or a past verb after «إذ» opens a clause of its own', () => {
  it('"…، لكنه أقر بأن X «…»": a second statement of the same speaker', () => {
    const t = 'وقال وزير الداخلية العراقي عبد الأمير الشمري إن القوات «انتشرت في المدينة»، لكنه أقر بأن إمكانات الوزارة «محدودة».';
    expect(quoteWith(t, 'محدودة').speaker_ar).toBe('عبد الأمير الشمري');
  });
  it('"…، لكنها اعترفت بأن «…»"', () => {
    const t = 'ودافعت وزيرة المالية الكندية كريستيا فريلاند عن الميزانية، لكنها اعترفت بأن "العجز أكبر من المتوقع".';
    expect(quoteWith(t, 'أكبر من المتوقع').speaker_ar).toBe('كريستيا فريلاند');
  });
  it('"…، إذ رأى في تغريدة أن «…»", but not "إذ يدعو منذ أشهر إلى …" (a position held)', () => {
    const t = 'ولم يخف النائب السابق مصطفى علوش امتعاضه من التشكيلة، إذ رأى في تغريدة أن «الحكومة ولدت بشروط الخارج».';
    expect(quoteWith(t, 'ولدت بشروط').speaker_ar).toBe('مصطفى علوش');
    const u = 'وللرئيس نبيه بري رأي معروف في هذا الملف، إذ يدعو منذ أشهر إلى جلسات حوار مفتوحة تليها جلسات انتخاب.';
    expect(analyze(u).quotes).toHaveLength(0);
  });
});
