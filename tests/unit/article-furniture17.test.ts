// Furniture classes of issue 14 that text files and pages kept (round 17): a time stamp with a time zone's letters
// glued to it under the sign-off («18:42ت م»), and an agency's notice about what it publishes, under the text. Every line is written for these tests; each is tested in a text and in a page, beside
// story sentences of the same look that stay.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle, locate, type ArticleInPage } from '@/lib/article/find';
import { articleFromPlainText } from '@/lib/article/text';

const TITLE = 'وزيرة التجارة تبحث مع نظيرها التونسي زيادة المبادلات وفتح خطوط شحن جديدة';
const LEDE = 'بحثت وزيرة التجارة والصناعة مع نظيرها التونسي خلال لقائهما اليوم الأربعاء سبل زيادة المبادلات التجارية بين البلدين وفتح خطوط شحن بحري مباشرة.';
const P = [
  'وأكدت الوزيرة أن حجم التبادل التجاري لا يعكس مستوى العلاقات السياسية المتميزة، داعية إلى تفعيل اللجنة المشتركة قبل نهاية العام الجاري.',
  'من جانبه، أعرب الوزير التونسي عن تطلع بلاده إلى استقطاب مزيد من الاستثمارات في قطاعي الصناعات الغذائية والنسيج.',
  'وحضر اللقاء عدد من كبار المسؤولين في الوزارتين وسفير تونس المعتمد لدى البلاد.',
];

const fromText = (lines: string[]) => articleFromPlainText(lines.join('\n\n')).text.split('\n\n');
function pageOf(lines: string[]): ArticleInPage | null {
  const [title, ...body] = lines;
  const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>${title}</title></head><body><main><article><h1>${title}</h1><div class="c1">${body
    .map((l) => `<div class="c2"><p>${l.replace(/</g, '&lt;')}</p></div>`)
    .join('')}</div></article></main></body></html>`;
  return findArticle(parseHTML(html).document as unknown as Document);
}
const fromPage = (lines: string[]) => pageOf(lines)?.text.split('\n\n') ?? [];
const MEDIA = [['text', fromText], ['page', fromPage]] as const;

/** Every offset of the text maps back to the same character of a text node. */
function expectExactMap(a: ArticleInPage) {
  for (let offset = 0; offset < a.text.length; offset++) {
    const pos = locate(a, offset);
    if (!/\s/.test(a.text[offset]!)) expect(pos!.node.data[pos!.offset]).toBe(a.text[offset]);
  }
}

describe('under the text, a time stamp with a time zone glued to it and the end mark above it', () => {
  for (const stamp of ['18:42ت م', '09:15ت غ', '10:30ص', '١٤:٠٥ت م']) {
    it(`are left out: «${stamp}»`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, LEDE, ...P, '// انتهى //', stamp]), medium).toEqual([TITLE, LEDE, ...P]);
        expect(read([TITLE, LEDE, ...P, stamp]), medium).toEqual([TITLE, LEDE, ...P]);
      }
    });
  }
  it('on a page, the text left after the stamp is cut maps back to the page character for character', () => {
    const a = pageOf([TITLE, LEDE, ...P, '// انتهى //', '18:42ت م']);
    expect(a).not.toBeNull();
    expectExactMap(a!);
  });
  it('a sentence with a time in it stays', () => {
    const s = 'وتبدأ الرحلة الأولى للخط البحري الجديد في تمام الساعة 18:42 من ميناء رادس باتجاه ميناء الحمرية.';
    for (const [medium, read] of MEDIA) expect(read([TITLE, LEDE, ...P, s]), medium).toContain(s);
  });
});

describe("under the text, the site's or agency's notice about what it publishes", () => {
  const NOTICES = [
    'الأخبار المنشورة على الصفحة الرسمية للوكالة هي ملخص لما يبث لعملائها عبر خدمة الأخبار المدفوعة.',
    'جميع المواد المنشورة في هذا الموقع تعبر عن أصحابها ويحظر استخدامها دون إذن مسبق.',
    'المقالات والتقارير المنشورة عبر تطبيق الصحيفة متاحة للمشتركين فقط.',
    'الصور المنشورة على موقعنا مملوكة للوكالة.',
  ];
  for (const n of NOTICES) {
    it(`is left out: «${n.slice(0, 40)}…»`, () => {
      for (const [medium, read] of MEDIA) {
        expect(read([TITLE, LEDE, ...P, n]), medium).toEqual([TITLE, LEDE, ...P]);
        expect(read([TITLE, LEDE, ...P, n, '(وكالات)']), `${medium}, then a credit`).toEqual([TITLE, LEDE, ...P]);
      }
    });
  }
  it('a story sentence about published news stays, at the end and in the middle', () => {
    const kept = [
      'الأخبار المنشورة على مواقع التواصل عن إغلاق المعبر غير صحيحة، بحسب ما أكده مصدر في الوزارة.',
      'وكانت الصور المنشورة على الصفحة الرسمية للوزارة قد أظهرت الوزيرين خلال جولة في ميناء رادس.',
      'المعلومات المنشورة في التقرير السنوي للبنك المركزي تظهر تراجعا في العجز التجاري.',
      'الأخبار المنشورة على موقع إحدى الصحف عن استقالة الوزيرة غير دقيقة، بحسب مصدر في مكتبها.',
      'المعلومات المنشورة على الصفحة الرسمية للسفارة تفيد بأن الخط البحري سيفتتح في الربيع، وقال الوزير إنها دقيقة.',
    ];
    for (const s of kept) for (const [medium, read] of MEDIA) {
      expect(read([TITLE, LEDE, ...P, s]), `${medium}: ${s}`).toContain(s);
    }
  });
});
