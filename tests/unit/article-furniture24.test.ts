// Site furniture left in the article (issue 14, round 24): tool bars (listen, font size, e-mail), stamps written with
// «آخر تعديل» or in English, related-story headings («موضوعات متعلقة», «لا تفوّت», «المزيد من رياضة»), captions of the
// scene («جانب من …») and archive credits, lines of hashtags, end marks drawn with tatweel or followed by a time, editors'
// initials dotted or between slashes, an agency alone in brackets, and the writer signing under the text.
// Every line is written for these tests; each is tried between two paragraphs and under the text, as text and as a page.
import { describe, expect, it } from 'vitest';
import { MEDIA, fromText } from './helpers/furniture';

const TITLE = 'وزيرة الاقتصاد تبحث مع وفد تجاري ياباني فرص الاستثمار المشترك';
const P = [
  'بحثت وزيرة الاقتصاد اليوم مع وفد تجاري ياباني رفيع المستوى فرص الاستثمار المشترك في قطاعات الصناعة والتقنية والموانئ.',
  'وأكدت الوزيرة خلال الاجتماع الذي عقد في مقر الوزارة أهمية الشراكة مع اليابان في نقل الخبرات وتوطين الصناعات المتقدمة.',
  'من جانبه، أشاد رئيس الوفد الياباني بالحوافز المقدمة للمستثمرين الأجانب، معربا عن رغبة الشركات اليابانية في توسيع حضورها.',
  'واتفق الجانبان على تشكيل فريق عمل مشترك لمتابعة المشاريع المقترحة وعقد اجتماع ثان قبل نهاية العام الجاري.',
];

const FURNITURE: Record<string, string[]> = {
  'a tool bar': ['استمع إلى الخبر', 'الاستماع للمقال', 'تغيير حجم الخط', 'إرسال الخبر بالبريد الإلكتروني', 'تحميل التطبيق'],
  'a share bar of other words': ['حجم النص', 'شارك القصة', 'طباعة PDF', 'تويتر فيسبوك لينكدن', 'ع+ ع-', 'اختصار الرابط'],
  'a stamp': ['آخر تعديل: 3 مارس 2023', 'Updated: 3 March 2023 09:15 GMT', 'Published 03/03/2023'],
  'a related-stories heading': ['تقارير متعلقة', 'أخبار مشابهة', 'لا تفوتك', 'المزيد من اقتصاد', 'المزيد في رياضة', 'المزيد من أخبار اليابان'],
  'a caption or its credit': ['جانب من الاجتماع مع الوفد الياباني', 'جانب من المباحثات - (الأناضول)', 'أرشيفية - أ ف ب', 'صورة تعبيرية', 'عدسة: سامي حداد'],
  'a line of hashtags': ['#اليابان #الاستثمار', '#عاجل', '#وزارة_الاقتصاد'],
  'an end mark': ['ــ انتهى ــ', 'ـ خلا ـ', '// انتهى // 09:40ت م'],
  "editors' initials": ['س.م', '/ر.ع/', 'ك.ل/ م.ن', '(ف.ح)', '/ ق ع /'],
  'an agency alone in brackets': ['(شينخوا)', '(الأناضول)', '(أ ش أ)'],
  "the site's chrome": ['مساحة إعلانية', 'Advertisement', 'أبلغ عن خطأ', 'اترك تعليقاً', 'المقال السابق', 'أضف إلى المفضلة'],
  'a breadcrumb trail': ['الرئيسية > عربي ودولي > الخليج', 'الرئيسية / اقتصاد'],
  'an end mark with one dotted initial': ['/انتهى/ س.ف', 'انتهى/ك.م'],
  "an agency's credit with the archive": ['(الأناضول - أرشيف)', '(أ ف ب-أرشيفية)', 'الصور: الأناضول', '(و م ع)'],
  'a reading time or a section label': ['الوقت المقدر للقراءة: 4 دقائق', 'زمن القراءة: 2 د', 'القسم: اقتصاد وأعمال'],
};

describe('furniture between two paragraphs or under the text goes, and every paragraph stays', () => {
  for (const [kind, lines] of Object.entries(FURNITURE)) {
    for (const line of lines) {
      it(`${kind}: «${line}»`, () => {
        for (const [medium, read] of MEDIA) {
          expect(read([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
          expect(read([TITLE, ...P, line]), medium).toEqual([TITLE, ...P]);
        }
      });
    }
  }
});

describe("a caption credited to an agency's archive goes", () => {
  for (const line of ['وزيرة الاقتصاد خلال مؤتمر صحفي في العاصمة (الأناضول - أرشيف)', 'رئيس الوفد الياباني لدى وصوله إلى المطار (رويترز-أرشيفية)']) {
    it(`«${line}»`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
        expect(read([TITLE, line, ...P]), medium).toEqual([TITLE, ...P]);
      }
    });
  }
});

describe('the writer signing under the text goes', () => {
  for (const line of ['طرابلس - خالد المصراتي', 'خالد المصراتي - طرابلس', 'طرابلس: خالد المصراتي', 'كتبه: خالد المصراتي']) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, ...P, line])).toEqual([TITLE, ...P]);
    });
  }
});

describe("another story's signature inside the text goes", () => {
  for (const line of ['طرابلس - خالد المصراتي', 'خالد المصراتي - طرابلس', 'الشارقة: «الخليج»', 'عدن: خالد المصراتي - صنعاء: سامي حداد']) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, ...P]);
    });
  }
});

describe('article lines that look like furniture stay', () => {
  const STAYS = [
    'جانب من الأزمة يعود إلى تأخر صرف المستحقات، بحسب مصادر في الوزارة.',
    'المزيد من الضحايا',
    'الوزيرة: سامي حداد يقود الوفد',
    'الرئيسية في المدينة لم تتضرر من الفيضانات التي ضربت الأحياء الشرقية.',
    'التالي في القائمة هو وزير المالية الذي سيزور طوكيو الشهر المقبل.',
    '#',
    'وقال الوزير إن الاجتماع المقبل سيعقد في طوكيو، مضيفا أن المباحثات انتهت باتفاق.',
  ];
  for (const line of STAYS) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, P[0], P[1], line, P[2], P[3]]);
    });
  }
});
