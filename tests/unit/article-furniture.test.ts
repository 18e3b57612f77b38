// Furniture of real Arabic news sites inside an article, shape by shape (issue 14): related-stories blocks and links,
// photo labels, credits and captions, tags, share and tool bars, prompts to follow the site or install its app,
// desks and correspondents under the title, copyright lines, reading counters, publication and update stamps. Every
// line here is written for these tests in the shapes the big sites print (Al Jazeera, Al Arabiya, Asharq Al-Awsat, BBC
// Arabic, CNN Arabic, Sky News Arabia, Al-Diyar, Youm7, Al-Masry Al-Youm, Hespress, Al-Khaleej, Anadolu, the wires),
// never copied from a page. The same rules judge a text file's lines and a page's blocks (lib/article/boilerplate.ts):
// each shape is tested in a text and in a page where it sits in a block of its own inside the article's body.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/lib/article/find';
import { articleFromPlainText } from '@/lib/article/text';

const TITLE = 'وزير الخارجية العماني يبحث مع نظيره الهولندي تعزيز التعاون في مجال الموانئ';
const P = [
  'بحث وزير الخارجية العماني، بدر البوسعيدي، مع نظيره الهولندي، الثلاثاء، في مسقط سبل تعزيز التعاون بين البلدين في مجالات الموانئ والطاقة النظيفة والنقل البحري.',
  'وأكد البوسعيدي خلال اللقاء أن السلطنة تنظر باهتمام إلى الخبرات الهولندية في إدارة الموانئ الكبرى، معربا عن أمله في توقيع مذكرة تفاهم قبل نهاية العام.',
  'من جانبه، قال الوزير الهولندي إن بلاده ترى في ميناء الدقم شريكا واعدا، مشيرا إلى أن شركات هولندية عدة تدرس الاستثمار في المنطقة الاقتصادية الخاصة هناك.',
  'وتناول الجانبان كذلك الأوضاع في المنطقة وجهود التهدئة في البحر الأحمر، واتفقا على مواصلة التشاور بين الوزارتين على مستوى كبار المسؤولين.',
  'وكان الوزير الهولندي قد وصل إلى مسقط مساء الاثنين في زيارة رسمية تستمر يومين يلتقي خلالها عددا من المسؤولين في السلطنة.',
];

type Where = 'head' | 'mid' | 'end';
/** The story with the furniture's lines under the title, between its second and third paragraphs, or after its end. */
function story(where: Where, furniture: string[]): string[] {
  if (where === 'head') return [TITLE, ...furniture, ...P];
  if (where === 'mid') return [TITLE, P[0]!, P[1]!, ...furniture, P[2]!, P[3]!, P[4]!];
  return [TITLE, ...P, ...furniture];
}
const fromText = (lines: string[]) => articleFromPlainText(lines.join('\n')).text.split('\n\n');
/** The same story as a page: each line a block of its own in the article's body, in neutral markup (no class says what it is). */
function fromPage(lines: string[]): string[] {
  const [title, ...body] = lines;
  const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>${title}</title></head><body><main><article><h1>${title}</h1><div class="c1">${body
    .map((l) => `<div class="c2"><p>${l.replace(/</g, '&lt;')}</p></div>`)
    .join('')}</div></article></main></body></html>`;
  const a = findArticle(parseHTML(html).document as unknown as Document);
  return a ? a.text.split('\n\n') : [];
}

/** Each shape: where it is printed, and several wordings of it (a line, or a block of lines joined by « || »). */
const SHAPES: Record<string, { where: Where[]; lines: string[] }> = {
  'a related-stories heading and the headlines under it': {
    where: ['mid', 'end'],
    lines: [
      'الأخبار ذات الصلة || الجزائر تستدعي سفيرها لدى مدريد للتشاور',
      'أخبار قد تهمك || ارتفاع أسعار الذهب إلى مستوى قياسي جديد',
      'مقالات قد تهمك || مصر ترفع أسعار الوقود للمرة الثالثة هذا العام',
      'قد يعجبك || الإمارات تطلق قمرا صناعيا لرصد المناخ',
      'موضوعات ذات علاقة || السعودية تفتح باب التأشيرات السياحية لمواطني 49 دولة',
      'لا يفوتك || انطلاق معرض الكتاب في الشارقة بمشاركة ألفي دار نشر',
      'ربما فاتك || الأمم المتحدة تحذر من مجاعة وشيكة في غزة',
      'تقارير ذات صلة || لبنان بلا رئيس منذ عام: ما الذي تغير؟',
      'ملفات ذات صلة || أزمة سد النهضة',
      'تغطية خاصة || الحرب في السودان',
      'أهم الأخبار || اليمن: الحوثيون يعلنون استهداف سفينة في البحر الأحمر',
    ],
  },
  'a related-stories heading, a separator and the headline in one line': {
    where: ['mid', 'end'],
    lines: [
      'يهمك أيضا: قطر تعلن عن وساطة جديدة بين الفرقاء',
      'مواضيع قد تهمك | الأردن يعيد فتح معبر جابر أمام حركة الشحن',
      'أخبار ذات علاقة: تونس تمدد حالة الطوارئ شهرا آخر',
      'المقالات ذات الصلة - العراق يعلن إحباط هجوم في كركوك',
    ],
  },
  "a photo's label and credit, or the archive": {
    where: ['head', 'mid', 'end'],
    lines: ['Photo: AFP', 'أرشيفية', '(أرشيف)', 'الصورة من الأرشيف', 'صورة: أرشيفية', 'صورة تعبيرية', 'Image: Getty Images'],
  },
  "a caption crediting the site's own or an agency's photo": {
    where: ['mid', 'end'],
    lines: [
      'جانب من ميناء الدقم على بحر العرب (الفرنسية)',
      'رافعات الحاويات في ميناء صلالة (أ.ب)',
      'سفن شحن تنتظر الدخول إلى ميناء روتردام (الأوروبية)',
      'الوزيران يوقعان مذكرة تفاهم في مسقط (مواقع التواصل)',
      'وزير الخارجية الهولندي لدى وصوله إلى مسقط (الجزيرة)',
      'جانب من المباحثات بين الوفدين (العمانية)',
    ],
  },
  "a video's caption label": {
    where: ['mid', 'end'],
    lines: ['التعليق على الفيديو، || لقطات من وصول الوزير إلى مسقط', 'شرح الفيديو: الوزيران في مسقط'],
  },
  'tags under a label with its colon': {
    where: ['end'],
    lines: ['وسوم: عمان هولندا', 'تاغ: سلطنة عمان', 'Tags: Oman, Netherlands', 'هاشتاغ: #عمان', 'الكلمات الدالة: سلطنة عمان، هولندا'],
  },
  'a share or tool bar, a short link': {
    where: ['mid', 'end'],
    lines: [
      'شارك',
      'مشاركة',
      'طباعة',
      'أرسل لصديق',
      'حجم الخط',
      'فيسبوك تويتر واتساب تيليغرام',
      'Facebook Twitter WhatsApp',
      'الرابط المختصر',
      'رابط مختصر: https://x.example/abc',
      'شارك هذا الخبر عبر واتساب',
    ],
  },
  'a prompt to follow the site, join its channel or install its app': {
    where: ['mid', 'end'],
    lines: [
      'انضم إلى قناتنا على واتساب',
      'تابع صفحتنا على فيسبوك',
      'تابع الجزيرة نت على تليغرام',
      'لمشاهدة الفيديو اضغط هنا',
      'تابعونا على إنستغرام',
      'لمتابعة أخبار المصري اليوم على جوجل نيوز',
      'اشترك في قناة الديار على تلغرام',
      'يمكنكم متابعة آخر الأخبار عبر حسابنا على تويتر',
      'تابعوا آخر أخبار السودان عبر تطبيق سبوتنيك.',
    ],
  },
  'a desk or a correspondent under the title, or the place, the writer and the agency': {
    where: ['head'],
    lines: ['متابعات', 'خاص', 'مراسل الجزيرة نت - مسقط', 'مراسلو سكاي نيوز عربية', 'مسقط/ سامي الحارثي/ الأناضول', 'صلالة - منى البلوشي - العمانية'],
  },
  'two correspondents under the title, each with the place they write from': {
    where: ['head'],
    lines: ['مسقط: سالم الهنائي - لاهاي: يوسف العبري', 'صلالة: منى البلوشي — الدقم: خالد الراشدي'],
  },
  "a wire's dated dateline, or a site's, in a line of its own under the title": {
    where: ['head'],
    lines: [
      'مسقط 12 ذو القعدة 1445 هـ الموافق 20 مايو 2024 م العمانية',
      'مسقط في 20 مايو /العمانية/',
      'مسقط، 20 مايو (العمانية)',
      'صلالة في ١٤ مايو / وام /',
      'القاهرة - بوابة الأهرام',
      'مسقط - الرؤية',
    ],
  },
  'a copyright line': {
    where: ['end'],
    lines: [
      'حقوق النشر © 2024 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.',
      'اقرأ عن طريقتنا في التعامل مع الروابط الخارجية.',
      '© جميع حقوق النشر محفوظة لصحيفة الخليج 2024',
      'Copyright 2024 Sky News Arabia',
    ],
  },
  'a reading or view counter, a reading time': {
    where: ['head', 'end'],
    lines: [
      'عدد القراءات: 1520',
      'قراءة: 3 دقائق',
      'مدة القراءة: 4 دقائق',
      'المشاهدات: 120',
      'تمت قراءة هذا الخبر 1200 مرة',
      'شوهد 240 مرة',
      'وقت القراءة: دقيقتان',
      'التعليقات (0)',
      '5 تعليقات',
    ],
  },
  'a publication or update stamp': {
    where: ['head', 'end'],
    lines: [
      'قبل 5 ساعات',
      'آخر تحديث الأحد 12 مايو 2024 - 10:30 ص بتوقيت أبوظبي',
      'الثلاثاء 14 مايو 2024 03:20 م بتوقيت القاهرة',
      '14:30 (ت.غ)',
      'الأحد 05 ذو القعدة 1445هـ الموافق 12 مايو 2024م',
      'تاريخ النشر: الأحد 12 مايو 2024 - 10:30 صباحا',
      'تم النشر منذ يومين',
    ],
  },
  "BBC Arabic's marks around its boxes": {
    where: ['mid', 'end'],
    lines: ['تخطى قصص مقترحة وواصل القراءة', 'نهاية قصص مقترحة', 'تخطى البودكاست وواصل القراءة', 'نهاية البودكاست', 'الأكثر قراءة نهاية'],
  },
  'a live-coverage link': { where: ['mid'], lines: ['مباشر: تطورات الأوضاع في البحر الأحمر', 'بث مباشر | جلسة مجلس الأمن بشأن اليمن'] },
  "another story's headline written «Topic.. news», even on the story's own topic": {
    where: ['mid', 'end'],
    lines: [
      'ميناء الدقم.. بوابة السلطنة إلى الأسواق الآسيوية',
      'عمان وهولندا.. شراكة بحرية تمتد لأربعة قرون',
      'الموانئ العمانية.. أرقام قياسية في حركة الحاويات',
    ],
  },
  'a line of tags under its heading, however long': {
    where: ['end'],
    lines: [
      'كلمات مفتاحية || سلطنة عمان هولندا ميناء الدقم الطاقة النظيفة النقل البحري بدر البوسعيدي المنطقة الاقتصادية الخاصة البحر الأحمر مسقط لاهاي روتردام صلالة',
      'الوسوم || سلطنة عمان، هولندا، ميناء الدقم، الطاقة النظيفة، النقل البحري، بدر البوسعيدي، المنطقة الاقتصادية الخاصة، البحر الأحمر، مسقط، لاهاي',
    ],
  },
  "the story's sources after their label, however many": {
    where: ['mid', 'end'],
    lines: [
      'المصدر : الصحافة الإسرائيلية + الجزيرة + وكالات + مواقع التواصل الاجتماعي',
      'المصدر: الجزيرة + الصحافة الأميركية + الصحافة البريطانية + وكالات',
      'المصادر: رويترز، أسوشيتد برس، وكالة الأنباء العمانية، وسائل إعلام هولندية',
    ],
  },
  "a writer's disclaimer, a video player's notice": {
    where: ['mid', 'end'],
    lines: [
      'هذا المقال بقلم الكاتب سامي الحارثي، والآراء الواردة أدناه تعبّر عن رأي الكاتب ولا تعكس بالضرورة وجهة نظر شبكة CNN.',
      'المقالات المنشورة تعبر عن رأي كاتبيها ولا تمثل بالضرورة رأي الموقع',
      'تشغيل الفيديو غير مدعوم على جهازك',
    ],
  },
  'a caption longer than a headline, ending with its photo credit': {
    where: ['mid', 'end'],
    lines: [
      'وزير الخارجية العماني بدر البوسعيدي يستقبل نظيره الهولندي في مقر الوزارة بمسقط بحضور عدد من المسؤولين في البلدين قبل بدء جلسة المباحثات الرسمية (أ.ف.ب)',
      'سفن حاويات ترسو في ميناء الدقم على ساحل بحر العرب الذي تسعى السلطنة إلى تحويله إلى مركز لوجستي يربط أسواق آسيا وأفريقيا وأوروبا (رويترز)',
      'جانب من المؤتمر الصحفي المشترك الذي عقده وزيرا خارجية عمان وهولندا في ختام جولة المباحثات في العاصمة مسقط مساء الثلاثاء (الشرق الأوسط)',
    ],
  },
  'teasers the site cut with an ellipsis, under a related-stories heading': {
    where: ['mid', 'end'],
    lines: [
      'اقرأ أيضا || السلطنة توقع اتفاقية للنقل البحري مع سنغافورة... || صلالة تستقبل أول سفينة سياحية...',
      'قد يهمك || موانئ الخليج تتنافس على خطوط الشحن الآسيوية…',
    ],
  },
  'a long headline under a related-stories heading, on the story\'s own topic': {
    where: ['mid', 'end'],
    lines: [
      'اقرأ أيضا || وزير الخارجية العماني يبحث مع نظيره البلجيكي في مسقط تعزيز التعاون في مجال الموانئ والطاقة النظيفة والنقل البحري بين البلدين',
      'مواضيع ذات صلة || الموانئ العمانية تسجل أرقاما قياسية في حركة الحاويات خلال الربع الأول من العام بدعم من توسعة ميناء الدقم || البوسعيدي يبحث مع وزير الخارجية الهولندي الأسبق في لاهاي آفاق التعاون في مجالات الطاقة والموانئ',
    ],
  },
  "a photo's credit and its caption under it without a label": {
    where: ['mid', 'end'],
    lines: [
      'حقوق الصورة: رويترز || سفينة حاويات في ميناء الدقم',
      'مصدر الصورة،وكالة الأنباء العمانية || البوسعيدي يصافح نظيره الهولندي قبل بدء المباحثات',
      'مصدر الصورة، AFP || التعليق على الصورة، || الوزيران (وسط) خلال جولة في ميناء الدقم',
    ],
  },
  "the readers' comments under their heading": {
    where: ['end'],
    lines: [
      'تعليقات الزوار || زائر: الاتفاق خطوة ممتازة لتنويع الاقتصاد ونتمنى أن يستفيد منه الشباب العماني في فرص العمل. || عماني: نأمل أن تكون الاستثمارات حقيقية وليست مجرد مذكرات تفاهم على الورق كما حدث سابقا.',
      'تعليقات القراء || أحمد من صلالة: يجب أن يحظى ميناء صلالة بنصيب من هذه الاستثمارات أيضا لأنه الأقرب إلى الأسواق الأفريقية.',
    ],
  },
  'a date stamp or a counter in Arabic-Indic digits': {
    where: ['head', 'end'],
    lines: ['الأحد ١٢ مايو ٢٠٢٤ - ١٠:٣٠ ص', 'آخر تحديث: ١٤/٠٥/٢٠٢٤ ٠٩:١٥', 'عدد القراءات: ١٥٢٠', 'الخميس، ۱۴ أکتوبر ۲۰۲۱'],
  },
  "a wire's sign-off with its time in Arabic-Indic digits": {
    where: ['end'],
    lines: ['--(بترا) ن ح/ ع ك ١٥/٥/٢٠٢٤ ١٤:٣٧', '(النهاية) ع ب ر / م ع ح ١٢:٠٥'],
  },
  'other stories listed after the end as a headline and its lede each': {
    where: ['end'],
    lines: [
      'البرلمان الأردني يقر قانون الانتخاب الجديد بعد نقاش طويل || أقر مجلس النواب الأردني، الأحد، مشروع قانون الانتخاب الجديد بأغلبية أعضائه بعد جلسات نقاش امتدت أسبوعين. || المغرب يطلق برنامجا لتحلية مياه البحر في الجنوب || أعلنت الحكومة المغربية إطلاق برنامج وطني لتحلية مياه البحر في الأقاليم الجنوبية بكلفة تتجاوز مليار دولار.',
      'صلالة تستقبل أول سفينة سياحية هذا الموسم وسط توقعات بموسم قياسي || استقبل ميناء صلالة السياحي أول سفينة سياحية للموسم الجديد وعلى متنها أكثر من ألفي سائح من جنسيات أوروبية مختلفة. || السلطنة توقع اتفاقية للنقل البحري مع سنغافورة في مسقط || وقعت سلطنة عمان وسنغافورة اتفاقية للتعاون في مجال النقل البحري وإدارة الموانئ خلال زيارة رسمية.',
    ],
  },
  'ledes of other stories after the end, one opening with a verb whose first letter is و («وقعت», «وصل»)': {
    where: ['end'],
    lines: [
      'أعلنت وزارة التراث والسياحة العمانية ارتفاع عدد السياح الأوروبيين بنسبة 30 في المئة خلال العام الماضي. || وقعت سلطنة عمان وسنغافورة اتفاقية للتعاون في مجال النقل البحري وإدارة الموانئ.',
      'رفعت هيئة الطيران المدني رسوم الهبوط في مطار مسقط الدولي اعتبارا من مطلع الشهر المقبل. || وصل إلى صلالة أول قطار شحن تجريبي قادما من ميناء الدقم عبر الخط الجديد.',
      'أقرت الحكومة خطة لدعم صيادي الأسماك في محافظة الوسطى بقيمة عشرة ملايين ريال. || وافقت الحكومة على إنشاء منطقة حرة جديدة بجوار ميناء صحار لتصنيع قطع غيار السفن.',
    ],
  },
};

/** Sentences of a story that look like furniture: a one-line paragraph, a sentence opening with a prompt's word. */
const STORY_SENTENCES = [
  'اقرأ ما كتبه المؤرخون عن تلك الحقبة تجد أن الموانئ العمانية كانت مفتوحة أمام السفن الهولندية منذ القرن السابع عشر.',
  '"اقرأ الاتفاقيات القديمة وستفهم عمق العلاقة"، قال الوزير الهولندي للصحفيين في ختام الزيارة.',
  'قد يهمك أن تعرف أن السلطنة وقعت اتفاقيات مماثلة مع بلجيكا وألمانيا.',
  'الصورة التي التقطت للوزيرين أمام ميناء الدقم انتشرت على نطاق واسع في وسائل التواصل.',
  'تابع الوزير الهولندي: "نحن هنا لنبني شراكة طويلة الأمد مع السلطنة".',
  'تابع البوسعيدي في مقابلة مع قناة عمان أن بلاده ترحب بالاستثمارات الأوروبية.',
  'انضم إلى الاجتماع عبر تطبيق زووم عدد من رجال الأعمال الهولنديين.',
  'حمل الوزير الهولندي رسالة خطية من رئيس الوزراء إلى السلطان.',
  'شارك في المباحثات سفيرا البلدين ومسؤولون من وزارتي الاقتصاد والنقل.',
  'مشاركة هولندا في معرض مسقط الدولي للموانئ ستكون الأكبر بين الدول الأوروبية.',
  'عدد الشركات الهولندية العاملة في السلطنة بلغ 40 شركة.',
  'مراسل وكالة الأنباء الهولندية نقل عن الوزير قوله إن الاتفاق قريب.',
  'ذات صلة بالموضوع كانت تصريحات وزير النقل الأسبوع الماضي حول توسعة الموانئ.',
  'لمتابعة تنفيذ الاتفاق شكل الجانبان لجنة مشتركة تجتمع كل ستة أشهر.',
  'اضغط على أي زر في غرفة التحكم وسترى كيف تعمل الرافعات، قال مدير الميناء للوفد.',
  'منذ يومين وصل وفد فني هولندي إلى الدقم.',
  'وكتب الوزير الهولندي على حسابه في منصة إكس أن الزيارة كانت مثمرة.',
  'وحضر اللقاء سفير هولندا لدى السلطنة.',
  'المصدر الرئيسي لدخل الميناء هو رسوم الحاويات، بحسب وزارة النقل.',
  'وقال مسؤول عماني إن الأرقام المعلنة لا تعكس بالضرورة حجم الاستثمارات الهولندية الفعلي في السلطنة.',
  'قال مسؤول في وزارة النقل العمانية إن الحكومة تتوقع توقيع اتفاقية الموانئ مع هولندا قبل نهاية العام الجاري بعد استكمال الدراسات الفنية (وكالات)',
];

describe('furniture of real sites, in a text file and in a page', () => {
  for (const [shape, { where, lines }] of Object.entries(SHAPES)) {
    it(`leaves out ${shape}, and nothing of the story`, () => {
      for (const line of lines) {
        const furniture = line.split(' || ');
        for (const w of where) {
          for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
            const out = read(story(w, furniture));
            expect(out, `${medium}, ${w}: ${line}`).toEqual([TITLE, ...P]);
          }
        }
      }
    });
  }

  it("keeps the first paragraph that a wire's dated dateline opens, without the dateline", () => {
    const first = `مسقط في 20 مايو /العمانية/ ${P[0]!}`;
    for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
      expect(read([TITLE, first, ...P.slice(1)]), medium).toEqual([TITLE, ...P]);
    }
  });

  it("keeps the paragraph under a photo's credit: it ends as a sentence", () => {
    const para = 'وأشار البوسعيدي إلى أن الاتفاق يفتح الباب أمام شراكة أوسع في الطاقة المتجددة.';
    for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
      expect(read([TITLE, P[0]!, 'مصدر الصورة، Getty Images', para, ...P.slice(1)]), medium).toEqual([TITLE, P[0]!, para, ...P.slice(1)]);
    }
  });

  it('keeps sentences of the story that look like furniture, in a text and in a page', () => {
    for (const s of STORY_SENTENCES) {
      for (const w of ['mid', 'end'] as const) {
        for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
          expect(read(story(w, [s])), `${medium}, ${w}: ${s}`).toContain(s);
        }
      }
    }
  });
});
