// Layouts of real news pages the finder must read (issue 14): short agency stories, bodies without <p>, old CMS
// tables, Joomla, pages declaring another language, broken markup. The Arabic text is written for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle, locate, type ArticleInPage } from '@/lib/article/find';

const TITLE = 'وزير الزراعة يفتتح سوق التمور السنوي في واحة الأحساء';
const S1 = 'افتتح وزير الزراعة سالم العتيبي صباح اليوم سوق التمور السنوي في واحة الأحساء، بمشاركة أكثر من مئتي مزارع من مختلف المحافظات.';
const S2 = 'وقال العتيبي في كلمته إن السوق يهدف إلى دعم المزارعين وفتح أسواق جديدة لتمور الواحة في الداخل والخارج.';
const S3 = 'وأضاف أن الوزارة ستقدم قروضا ميسرة لأصحاب مزارع النخيل الصغيرة خلال موسم الحصاد المقبل، وأن باب التسجيل يفتح الأسبوع القادم.';
const S4 = 'ويستمر السوق عشرة أيام، تقام خلالها ندوات عن تسويق التمور وتصديرها، ومسابقة لأفضل إنتاج في الواحة لهذا الموسم.';

const MENU = '<nav><a href="/">الرئيسية</a> <a href="/local">محليات</a> <a href="/eco">اقتصاد</a> <a href="/sport">رياضة</a></nav>';
const SIDEBAR = `<aside class="sidebar"><h3>الأكثر قراءة</h3><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/n${i}">عنوان خبر آخر رقم ${i} عن أحداث اليوم في المنطقة</a></li>`).join('')}</ul></aside>`;

const page = (html: string) => parseHTML(html).document as unknown as Document;

/** Every offset of the text maps back to the same character of a text node. */
function expectExactMap(a: ArticleInPage) {
  for (let offset = 0; offset < a.text.length; offset += 7) {
    const pos = locate(a, offset);
    if (!/\s/.test(a.text[offset]!)) expect(pos!.node.data[pos!.offset]).toBe(a.text[offset]);
  }
}

describe('pages the finder used to give up on', () => {
  it('a short agency story (under 50 words) under its headline', () => {
    const doc = page(`<html lang="ar"><head><meta property="og:type" content="article"><title>${TITLE}</title></head><body>${MENU}
      <div class="post"><h1>${TITLE}</h1><div class="text"><p>${S1}</p><p>${S2}</p></div></div>${SIDEBAR}</body></html>`);
    const a = findArticle(doc)!;
    expect(a.text.split('\n\n')).toEqual([TITLE, S1, S2]);
    expectExactMap(a);
  });

  it('a short text with nothing saying it is an article is not one', () => {
    const doc = page(`<html lang="ar"><body>${MENU}<div class="box"><p>${S1}</p><p>${S2}</p></div>${SIDEBAR}</body></html>`);
    expect(findArticle(doc)).toBeNull();
  });

  it('a body without <p>: text and <br> in one <div>', () => {
    const doc = page(`<html lang="ar"><body>${MENU}<div id="main"><h1>${TITLE}</h1><span class="date">12 مايو 2019</span>
      <div class="news-details">${S1}<br><br>${S2}<br>${S3}<br><br>${S4}</div></div>${SIDEBAR}</body></html>`);
    const a = findArticle(doc)!;
    expect(a.text).toContain(S1);
    expect(a.text).toContain(S4);
    expect(a.text).not.toContain('محليات');
    expect(a.text).not.toContain('الأكثر قراءة');
    expectExactMap(a);
  });

  it('an old Joomla page: the article in a table cell of "contentpaneopen"', () => {
    const doc = page(`<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>${TITLE} - جريدة المدينة</title></head><body>
      <table width="100%"><tr><td class="left">${MENU}</td><td valign="top">
      <table class="contentpaneopen"><tr><td class="contentheading" width="100%">${TITLE}</td></tr></table>
      <table class="contentpaneopen"><tr><td class="createdate">الأحد, 12 مايو 2019 10:20</td></tr>
      <tr><td valign="top"><p>${S1}</p><p>${S2} ${S3}</p><p>${S4}</p></td></tr></table>
      </td><td class="right">${SIDEBAR}</td></tr></table></body></html>`);
    const a = findArticle(doc)!;
    expect(a.text).toContain(S1);
    expect(a.text).toContain(S4);
    expect(a.text).not.toContain('الأكثر قراءة');
    expectExactMap(a);
  });

  it('a WordPress page declaring lang="en-US" over an Arabic body, and one with no lang at all', () => {
    for (const lang of [' lang="en-US"', '']) {
      const doc = page(`<html dir="rtl"${lang}><head><title>${TITLE} | موقع الأخبار</title></head><body>${MENU}
        <article class="post"><h1 class="entry-title">${TITLE}</h1><div class="entry-content"><p>${S1}</p><p>${S2}</p><p>${S3}</p><p>${S4}</p></div></article>${SIDEBAR}</body></html>`);
      const a = findArticle(doc)!;
      expect(a.text.split('\n\n')).toEqual([TITLE, S1, S2, S3, S4]);
    }
  });

  it('a page whose <html> sits in conditional comments (some parsers make two bodies of it)', () => {
    const doc = page(`<!doctype html><!--[if IE 8]><html class="ie8" lang="ar"><![endif]--><!--[if gt IE 8]><!--><html lang="ar"><!--<![endif]-->
      <head><meta property="og:type" content="article"></head><body>${MENU}<div class="single"><h1>${TITLE}</h1>
      <div class="entry-content no-share"><p>${S1}</p><p>${S2}</p><p>${S3}</p></div></div>${SIDEBAR}</body></html>`);
    const a = findArticle(doc)!;
    expect(a.text.split('\n\n')).toEqual([TITLE, S1, S2, S3]);
  });

  it('a body whose class negates a furniture word ("entry-content no-share") is still the body', () => {
    const doc = page(`<html lang="ar"><body>${MENU}<div class="single"><h1>${TITLE}</h1>
      <div class="entry-content no-share"><p>${S1}</p><p>${S2}</p><p>${S3}</p></div><div class="share-buttons"><a href="#">شارك على فيسبوك</a></div></div>${SIDEBAR}</body></html>`);
    expect(findArticle(doc)!.text.split('\n\n')).toEqual([TITLE, S1, S2, S3]);
  });
});
