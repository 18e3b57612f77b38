// Furniture classes of issue 14 that a page's blocks and a text's lines had kept (round 11): a wire's end mark or an
// agency's credit after a paragraph's last sentence (text files cut it, pages did not; «// انتهى //» and «(أ ش أ)» were
// kept by both), links to a person's profile («Name: phrase»), captions placing the people in a photo or crediting it
// with a label or the archive, tags under «كلمات دلالية», a few related-links labels, a contact line, a wire's dateline
// with its agency in brackets or after a dash with no space in a line of its own, «النص من إعداد», a byline and a stamp in one line, a writer with «د.», and the paragraphs of
// a block that <br><br> cuts (old layouts), judged one by one as a text's lines are. Every line is written for these tests, each
// tested in a text and in a page (the same harness as article-furniture.test.ts), beside story sentences of the
// same look that stay.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fromPage, fromText } from './helpers/furniture';
import { findArticle, locate, type ArticleInPage } from '@/lib/article/find';

const TITLE = 'وزير الخارجية العماني يبحث مع نظيره الهولندي تعزيز التعاون في مجال الموانئ';
const P = [
  'بحث وزير الخارجية العماني، بدر البوسعيدي، مع نظيره الهولندي، الثلاثاء، في مسقط سبل تعزيز التعاون بين البلدين في مجالات الموانئ والطاقة النظيفة والنقل البحري.',
  'وأكد البوسعيدي خلال اللقاء أن السلطنة تنظر باهتمام إلى الخبرات الهولندية في إدارة الموانئ الكبرى، معربا عن أمله في توقيع مذكرة تفاهم قبل نهاية العام.',
  'من جانبه، قال الوزير الهولندي إن بلاده ترى في ميناء الدقم شريكا واعدا، مشيرا إلى أن شركات هولندية عدة تدرس الاستثمار في المنطقة الاقتصادية الخاصة هناك.',
  'وتناول الجانبان كذلك الأوضاع في المنطقة وجهود التهدئة في البحر الأحمر، واتفقا على مواصلة التشاور بين الوزارتين على مستوى كبار المسؤولين.',
  'وكان الوزير الهولندي قد وصل إلى مسقط مساء الاثنين في زيارة رسمية تستمر يومين يلتقي خلالها عددا من المسؤولين في السلطنة.',
];
type Where = 'head' | 'mid' | 'end';
function story(where: Where, furniture: string[]): string[] {
  if (where === 'head') return [TITLE, ...furniture, ...P];
  if (where === 'mid') return [TITLE, P[0]!, P[1]!, ...furniture, P[2]!, P[3]!, P[4]!];
  return [TITLE, ...P, ...furniture];
}
/** Each class: where it is printed, and several wordings of it (a line, or a block of lines joined by « || »). */
const SHAPES: Record<string, { where: Where[]; lines: string[] }> = {
  "a link to a person's profile («Name: phrase»)": {
    where: ['mid', 'end'],
    lines: [
      'بدر البوسعيدي: الدبلوماسي الذي ورث مدرسة الحياد العمانية',
      'مارك روته: رئيس الوزراء الذي حكم هولندا 14 عاما',
      'هيثم بن طارق: السلطان الذي جاء من وزارة الثقافة',
      'هانكه بروينز سلوت: المرأة التي تقود الدبلوماسية الهولندية',
      'البوسعيدي: سيرة وزير خارجية',
      'بدر البوسعيدي في سطور',
      'الملكة ماكسيما.. بطاقة تعريف',
    ],
  },
  'a caption placing the people in the photo, or crediting it with a label or the archive': {
    where: ['mid', 'end'],
    lines: [
      'البوسعيدي (يمين) ونظيره الهولندي خلال المؤتمر الصحفي في مسقط',
      'الوزيران (وسط) خلال جولة في ميناء الدقم',
      'البوسعيدي (إلى اليسار) يصافح الوزير الهولندي',
      'أعضاء الوفد الهولندي مع السفير العماني (الثاني من اليمين) في لاهاي',
      'سفينة حاويات في ميناء الدقم (صورة: رويترز)',
      'الوزير الهولندي لدى وصوله إلى مطار مسقط (تصوير: سامي الحارثي)',
      'جانب من اللقاء - أرشيف',
      'رافعات الحاويات في ميناء الدقم مساء الاثنين (الصور: رويترز)',
      'بعدسة: رويترز',
    ],
  },
  'tags under «كلمات دلالية» or «تصنيفات»': {
    where: ['end'],
    lines: ['كلمات دلالية: عمان، هولندا، الموانئ', 'الكلمات الدلالية || سلطنة عمان || هولندا', 'تصنيفات: سياسة، اقتصاد', 'العلامات: عمان، هولندا'],
  },
  'a related-links label the vocabulary lacked': {
    where: ['mid', 'end'],
    lines: ['للمزيد اقرأ: السلطنة توقع اتفاقية للنقل البحري مع سنغافورة', 'رابط ذو صلة || السلطنة توقع اتفاقية للنقل البحري مع سنغافورة'],
  },
  'a contact line, a credit of who prepared the text': {
    where: ['end'],
    lines: ['للتواصل مع المحرر: news@example.com', 'البريد الإلكتروني: desk@example.org', 'النص من إعداد: سامي الحارثي', 'من إعداد: منى البلوشي'],
  },
  "a wire's dateline with its agency in brackets, in a line of its own": {
    where: ['head'],
    lines: ['مسقط (رويترز) -', 'الرياض (واس)', 'الدوحة (قنا) -', 'صلالة (العمانية)'],
  },
  'a byline and a publication stamp in one line, or two stamps': {
    where: ['head'],
    lines: [
      'نشر في: الثلاثاء 14 مايو 2024 - 10:30 ص | آخر تحديث: الثلاثاء 14 مايو 2024 - 11:45 ص',
      'كتب: سامي الحارثي | الثلاثاء 14 مايو 2024',
      'كتبت منى البلوشي الثلاثاء، 14 مايو 2024 09:15 ص',
      'بقلم سامي الحارثي - 14 مايو 2024',
      'مسقط - منى البلوشي | 14 مايو 2024',
    ],
  },
  "a writer's name with an abbreviated title under the title": { where: ['head'], lines: ['د. منى البلوشي', 'أ.د. سامي الحارثي'] },
  "a wire's dateline with no space around its dash": { where: ['head'], lines: ['دمشق-سانا', 'مسقط-العمانية', 'الرياض-واس', 'الدوحة–قنا'] },
};

/** A wire's end mark or an agency's credit after the last sentence of a paragraph. */
const TAILS = [' (النهاية)', ' -انتهى-', ' / انتهى /', ' (انتهى)', ' - خلا -', ' // انتهى //', ' (أ ش أ)', ' (قنا)', ' (واس)', ' (وكالات)', ' (سانا)'];

/** A subheading quoting a speaker, between paragraphs (at the very end a «Speaker: words» line is a headline). */
const SUBHEADING = 'البوسعيدي: الاتفاق الذي وقعناه اليوم يفتح صفحة جديدة مع هولندا';
/** Story sentences that look like these classes and stay. */
const STORY_SENTENCES = [
  'قال البوسعيدي إن هولندا هي الشريك الذي تبحث عنه السلطنة في قطاع الموانئ.',
  'ويتقدم حزب الشعب (يمين) في استطلاعات الرأي قبل الانتخابات الهولندية المقبلة.',
  'وقال الوزير الهولندي لوكالة (رويترز) إن بلاده تنوي فتح مكتب تجاري في الدقم.',
  'ويمكن للشركات الراغبة في الاستثمار مراسلة الوزارة على العنوان invest@example.om قبل نهاية الشهر.',
  'سيرة البوسعيدي الدبلوماسية تمتد لأكثر من ثلاثين عاما في وزارة الخارجية.',
];

describe('furniture of round 11, in a text file and in a page', () => {
  for (const [shape, { where, lines }] of Object.entries(SHAPES)) {
    it(`leaves out ${shape}, and nothing of the story`, () => {
      for (const line of lines) {
        for (const w of where) {
          for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
            expect(read(story(w, line.split(' || '))), `${medium}, ${w}: ${line}`).toEqual([TITLE, ...P]);
          }
        }
      }
    });
  }

  it("cuts a wire's end mark or an agency's credit off the last sentence of a paragraph, in a text and in a page", () => {
    for (const t of TAILS) {
      for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
        expect(read([TITLE, ...P.slice(0, 4), P[4]! + t]), `${medium}: ${t}`).toEqual([TITLE, ...P]);
        expect(read([TITLE, P[0]!, P[1]! + t, ...P.slice(2)]), `${medium}, mid: ${t}`).toEqual([TITLE, ...P]);
      }
    }
  });

  it('keeps story sentences that look like these classes', () => {
    for (const s of STORY_SENTENCES) {
      for (const w of ['mid', 'end'] as const) {
        for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
          expect(read(story(w, [s])), `${medium}, ${w}: ${s}`).toContain(s);
        }
      }
    }
    for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) expect(read(story('mid', [SUBHEADING])), medium).toContain(SUBHEADING);
  });
});

/** Every offset of the text maps back to the same character of a text node. */
function expectExactMap(a: ArticleInPage) {
  for (let offset = 0; offset < a.text.length; offset++) {
    const pos = locate(a, offset);
    if (!/\s/.test(a.text[offset]!)) expect(pos!.node.data[pos!.offset]).toBe(a.text[offset]);
  }
}
const bodyPage = (body: string) =>
  findArticle(parseHTML(`<html lang="ar"><body><nav><a href="/">الرئيسية</a> <a href="/x">محليات</a></nav><div id="main"><h1>${TITLE}</h1><div class="news-details">${body}</div></div></body></html>`).document as unknown as Document)!;

describe('a body cut by <br> in one block (old layouts)', () => {
  it('judges each paragraph <br><br> ends as a text line: a related link, a profile link, an end mark and a sign-off between them go', () => {
    const a = bodyPage(`${P[0]}<br><br>\n ${P[1]}<br>${P[2]}<br> <br>اقرأ أيضا: السلطنة توقع اتفاقية للنقل البحري مع سنغافورة<br><br><b>بدر البوسعيدي: الدبلوماسي الذي ورث مدرسة الحياد</b><br><br>${P[3]}<br><br>${P[4]} (النهاية)<br><br>ع ب ر / م ع ح`);
    expect(a.text.split('\n\n')).toEqual([TITLE, P[0], `${P[1]}\n${P[2]}`, P[3], P[4]]);
    expectExactMap(a);
  });

  it('keeps a paragraph whose lines a single <br> wraps, and one the page source cuts with a blank line', () => {
    const a = bodyPage(`${P[0]}<br><br>وقال البوسعيدي إن السلطنة<br>تنظر باهتمام إلى الخبرات الهولندية<br><br>وأكد الوزير الهولندي خلال اللقاء\n\n   أن بلاده ترى في ميناء الدقم شريكا واعدا.<br><br>${P[3]}`);
    expect(a.text).toContain('وقال البوسعيدي إن السلطنة\nتنظر باهتمام إلى الخبرات الهولندية');
    expect(a.text).toContain('وأكد الوزير الهولندي خلال اللقاء\n\n   أن بلاده ترى في ميناء الدقم شريكا واعدا.');
    expectExactMap(a);
  });
});

describe("another wire story's lede alone after the end", () => {
  it('goes when it opens with a dateline naming a wire or a site, even on the same subject; a dateline-less last paragraph stays', () => {
    for (const lede of [
      'مسقط - العمانية - استقبل وزير الخارجية بدر البوسعيدي اليوم سفير بلجيكا لدى السلطنة وبحث معه التعاون في مجال الموانئ.',
      'مسقط (رويترز) - قال وزير الخارجية العماني بدر البوسعيدي إن السلطنة تدرس عروضا أوروبية لتطوير ميناء صلالة.',
      'الدوحة (قنا) - بحث وزير الخارجية العماني مع نظيره القطري في الدوحة تعزيز التعاون في مجال النقل البحري.',
    ]) {
      for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) expect(read([TITLE, ...P, lede]), `${medium}: ${lede}`).toEqual([TITLE, ...P]);
    }
    const last = 'واستقبل وزير الخارجية بدر البوسعيدي في ختام اليوم سفير بلجيكا لدى السلطنة وبحث معه التعاون في مجال الموانئ.';
    const placed = 'الوزير الهولندي (يمين الصورة): نأمل أن نعود إلى مسقط قريبا مع وفد من رجال الأعمال الهولنديين.';
    for (const [medium, read] of [['text', fromText], ['page', fromPage]] as const) {
      expect(read([TITLE, ...P, last]), medium).toEqual([TITLE, ...P, last]);
      expect(read([TITLE, ...P, placed]), medium).toEqual([TITLE, ...P, placed]);
    }
  });
});
