// Site furniture recognised wherever it stands (issue 14, round 28): the leak probe (scripts/eval/leak-probe.ts) grafted
// every readable gold's furniture into other outlets' articles and found lines dropped under the title or the text but
// kept between paragraphs — a wire's dateline alone, a correspondent's «Place: Writer», an outlet alone in quotation
// marks, the outlet's notice about what it publishes; and two caption shapes met at first contact (h13r): a
// photographer's credit after the archive, in brackets, and a caption of an event («… خلال استقباله …») with no verb.
// Every line is written for these tests, tried under the title, between two paragraphs and under the text, as text and
// as a page.
import { describe, expect, it } from 'vitest';
import { MEDIA, fromText, STORY, STORY_TITLE } from './helpers/furniture';

const TITLE = STORY_TITLE;
const P = STORY;

const FURNITURE: Record<string, string[]> = {
  "a wire's dateline alone": ['مسقط / العمانية', 'الرباط - و م ع', 'الدوحة في 3 مارس /قنا/', 'نيروبي/ سامي حداد/ الأناضول', 'المنامة (بنا)'],
  "a correspondent's «Place: Writer»": ['القاهرة: سامي حداد', 'الرباط: نادية بنسعيد', 'الدار البيضاء: خالد المصراتي'],
  'an outlet alone in quotation marks': ['«قنا»', '«الخليج»', '"الديار"'],
  "a photographer's credit after the archive or a photo's label, in brackets or not": ['(أرشيفية - سامي حداد)', '(نادية بنسعيد - أرشيف)', '(عدسة خالد المصراتي)', '(تصوير: سامي حداد)'],
  'a caption of an event, with no verb of a sentence': [
    'رئيس الوزراء خلال استقباله وزير الخارجية الياباني في مكتبه أمس.',
    'وزيرة النقل لدى وصولها إلى محطة القطار الرئيسية',
    'صاحب السمو الشيخ خالد بن محمد خلال تفقده أعمال المشروع في الميناء.',
    'الوزير أثناء جولته في ورش الصيانة',
  ],
  "the outlet's notice about what it publishes": [
    'الأخبار المنشورة على الموقع الرسمي للوكالة موجز لما يبث لمشتركي خدمة الأخبار الفورية.',
    'جميع المقالات المنشورة في هذه الصحيفة تعبر عن آراء كتابها',
  ],
};

describe('furniture goes under the title, between two paragraphs and under the text', () => {
  for (const [kind, lines] of Object.entries(FURNITURE)) {
    for (const line of lines) {
      it(`${kind}: «${line}»`, () => {
        for (const [medium, read] of MEDIA) {
          expect(read([TITLE, line, ...P]), medium).toEqual([TITLE, ...P]);
          expect(read([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
          expect(read([TITLE, ...P, line]), medium).toEqual([TITLE, ...P]);
        }
      });
    }
  }
});

describe('article lines of the same look stay between paragraphs', () => {
  const STAYS = [
    'الوزير: القطار يغير وجه المنطقة',
    'عمان: عبدالله الثاني يستقبل الوفد',
    'القاهرة: فيصل يتسلم المهام',
    'واشنطن: ترامب يهدد',
    'الوزير خلال الحفل يستعرض خطط توسيع الخط نحو المدن الشمالية.',
    'وزير النقل، خلال جولته في المحطة، أشاد بجهود العاملين.',
    'الرئيس خلال لقائه الوفد أكد أن المشروع أولوية وطنية.',
    'جرى خلال الاجتماع استعراض مراحل تنفيذ المشروع وسبل تسريعها.',
    'الإمارات - السعودية',
    'وقالت الوزارة في بيان نشرته على موقعها إن الأخبار المنشورة على بعض المواقع غير دقيقة.',
  ];
  for (const line of STAYS) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!])).toEqual([TITLE, P[0], P[1], line, P[2], P[3]]);
    });
  }
});

describe('a list of labelled names (a new cabinet) stays whole', () => {
  const LIST = ['الداخلية: سامي حداد', 'الخارجية: خالد المصراتي', 'المالية: نادية بنسعيد'];
  it('every line of the list', () => {
    expect(fromText([TITLE, P[0]!, P[1]!, ...LIST, P[2]!, P[3]!])).toEqual([TITLE, P[0], P[1], ...LIST, P[2], P[3]]);
  });
});

describe("the editors' or readers' picks, «you can also read», hot topics: a related-stories heading and its headlines go", () => {
  const LIST = ['الحكومة تقر خطة جديدة لدعم المزارعين في الجنوب', 'ارتفاع أسعار الوقود للمرة الثالثة هذا العام'];
  for (const heading of ['يمكنك أيضا قراءة', 'مختارات المحرر', 'اختيارات القراء', 'مقالات مختارة', 'مواضيع ساخنة']) {
    it(`«${heading}»`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, P[0]!, P[1]!, heading, ...LIST, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
        expect(read([TITLE, ...P, heading, ...LIST]), medium).toEqual([TITLE, ...P]);
      }
    });
  }
});

describe("the site's chrome alone on a line goes wherever it stands", () => {
  for (const line of ['محتوى مدعوم', 'سجل الآن', 'شريط الأخبار']) {
    it(`«${line}»`, () => {
      for (const [medium, read] of MEDIA) expect(read([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
    });
  }
});

describe('comment chrome, a «تم نشره» stamp and a republication notice go wherever they stand', () => {
  for (const line of ['لا توجد تعليقات على الخبر', 'كن أول من يعلق', 'تم نشره الأحد 3 آذار / مارس 2024', 'لا مانع من الاقتباس وإعادة النشر بشرط ذكر المصدر', 'جميع المواد محمية بحقوق النشر']) {
    it(`«${line}»`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, line, ...P]), medium).toEqual([TITLE, ...P]);
        expect(read([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
      }
    });
  }
});

describe("under the title, the caption of the story's photo of a person (a title and a name) goes", () => {
  const HEADER = ['كتب سامي حداد', 'الأحد، 12 مايو 2024 10:30 ص'];
  for (const line of ['وزير النقل سامي حداد', 'وزيرة النقل نادية بنسعيد', 'الرئيس خالد المصراتي']) {
    it(`«${line}»`, () => {
      expect(fromText([TITLE, ...HEADER, line, ...P])).toEqual([TITLE, ...P]);
      expect(fromText([TITLE, line, ...P])).toEqual([TITLE, ...P]);
    });
  }
  for (const line of ['وزير النقل يعلن موعد التشغيل', 'وزير النقل أعلن موعد التشغيل التجريبي', 'وزير النقل في المحطة الرئيسية']) {
    // Above the byline and the date, where subtitles stand (under them, right before the first paragraph, a short line
    // is the photo's caption whatever its shape: round 33, article-furniture33.test.ts).
    it(`a subtitle stays: «${line}»`, () => {
      expect(fromText([TITLE, line, ...HEADER, ...P])).toEqual([TITLE, line, ...P]);
    });
  }
  it('a list of members in the text stays', () => {
    const LIST = ['وزير النقل سامي حداد', 'وزيرة المالية نادية بنسعيد', 'وزير الخارجية خالد المصراتي'];
    expect(fromText([TITLE, P[0]!, P[1]!, 'وضم الوفد كلا من:', ...LIST, P[2]!, P[3]!])).toEqual([TITLE, P[0], P[1], 'وضم الوفد كلا من:', ...LIST, P[2], P[3]]);
  });
});

describe("a wire's dateline of other agencies (Iraq's, Iran's, Spain's, Italy's, Bloomberg) goes", () => {
  for (const line of ['بغداد / واع', 'مدريد (إفي)', 'روما - آكي', 'نيويورك - بلومبرغ']) {
    it(`«${line}»`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, line, ...P]), medium).toEqual([TITLE, ...P]);
        expect(read([TITLE, P[0]!, P[1]!, line, P[2]!, P[3]!]), medium).toEqual([TITLE, ...P]);
      }
    });
  }
});
