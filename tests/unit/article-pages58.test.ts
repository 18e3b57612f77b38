// Markup of pages the finder had never met (issue 14, round 58): a social post embedded between paragraphs, a
// gallery's or a figure's captions inside the body, a title box that also holds the byline and the date, a lead
// printed between the headline and the body's element. The Arabic text and the markup are written for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle, locate, type ArticleInPage } from '@/lib/article/find';
import { keepArticleUnits } from '@/lib/article/boilerplate';

const TITLE = 'بلدية المدينة تطلق مشروعا لتشجير الأحياء الجنوبية قبل موسم الأمطار';
const P1 = 'أطلقت بلدية المدينة صباح اليوم الثلاثاء مشروعا لزراعة عشرة آلاف شجرة في الأحياء الجنوبية، بمشاركة متطوعين من المدارس والجمعيات الأهلية.';
const P2 = 'وقال رئيس البلدية خالد الشمري في تصريح للصحفيين إن المشروع يهدف إلى خفض درجات الحرارة في الصيف وتحسين جودة الهواء في الأحياء المكتظة.';
const P3 = 'وأضاف أن البلدية خصصت ميزانية إضافية لري الأشجار خلال سنتها الأولى، وأن فرقا ميدانية ستتابع نموها كل شهر وتستبدل ما يتلف منها.';
const P4 = 'ومن المنتظر أن تمتد المرحلة الثانية من المشروع إلى الأحياء الشمالية مطلع العام المقبل، بعد تقييم نتائج المرحلة الأولى.';
const LEAD = 'أعلنت البلدية أن المشروع يشمل أربعة أحياء في مرحلته الأولى، وأن المتطوعين سيتسلمون الشتلات من المشاتل البلدية مجانا.';
const CAPTION = 'متطوعون من طلاب المدارس يزرعون الشتلات الأولى في حديقة الحي الجنوبي صباح اليوم بحضور رئيس البلدية';

const MENU = '<nav><a href="/">الرئيسية</a> <a href="/local">محليات</a> <a href="/eco">اقتصاد</a></nav>';
const page = (body: string) =>
  parseHTML(`<!DOCTYPE html><html lang="ar"><head><title>${TITLE}</title><meta property="og:type" content="article"></head><body>${MENU}${body}</body></html>`)
    .document as unknown as Document;

function expectExactMap(a: ArticleInPage) {
  for (let offset = 0; offset < a.text.length; offset += 5) {
    const pos = locate(a, offset);
    if (!/\s/.test(a.text[offset]!)) expect(pos!.node.data[pos!.offset]).toBe(a.text[offset]);
  }
}

describe('embedded social posts', () => {
  const tweet = (href: string) =>
    `<blockquote class="embed"><p lang="ar" dir="rtl">رئيس البلدية: زرعنا اليوم أول ألف شجرة في حي الروضة، بمشاركة مئات المتطوعين من أبناء المدينة وطلاب مدارسها. <a href="https://t.co/abc">pic.example.com/abc</a></p>&mdash; بلدية المدينة (@city) <a href="${href}">March 12, 2024</a></blockquote>`;

  it('a tweet between paragraphs is left out, the paragraphs around it kept', () => {
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><p>${P1}</p>${tweet('https://twitter.com/city/status/1234567890')}<p>${P2}</p><p>${P3}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
    expectExactMap(a);
  });

  it("AMP's component for a tweet, its placeholder without a link, is left out", () => {
    const amp = `<amp-twitter data-tweetid="1234567890" width="375" height="472" layout="responsive"><blockquote placeholder><p lang="ar">رئيس البلدية: زرعنا اليوم أول ألف شجرة في حي الروضة، بمشاركة مئات المتطوعين من أبناء المدينة وطلاب مدارسها.</p></blockquote></amp-twitter>`;
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><p>${P1}</p>${amp}<p>${P2}</p><p>${P3}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });

  it('a post on x.com or Instagram too; a quotation in a <blockquote> with no post link stays', () => {
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><p>${P1}</p>${tweet('https://x.com/city/status/99')}<p>${P2}</p>${tweet('https://www.instagram.com/p/Cx1/')}<blockquote><p>${P3}</p></blockquote></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });
});

describe('photos and their captions inside the body', () => {
  it("a gallery's slides (an image beside a caption and its credit) are left out", () => {
    const slide = (n: number) => `<div class="slide"><img src="/g${n}.jpg"><div class="cap"><p>${CAPTION} رقم ${n}</p><span>(تصوير البلدية)</span></div></div>`;
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><p>${P1}</p><p>${P2}</p><div class="g"><div class="track">${slide(1)}${slide(2)}${slide(3)}</div></div><p>${P3}</p><p>${P4}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3, P4]);
  });

  it("an AMP carousel's slides (amp-img beside its caption) are left out", () => {
    const slide = (n: number) => `<div class="slide"><amp-img src="/g${n}.jpg" width="800" height="533" layout="responsive"></amp-img><p class="c">${CAPTION} رقم ${n}</p></div>`;
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><p>${P1}</p><p>${P2}</p><amp-carousel type="slides" width="800" height="600">${slide(1)}${slide(2)}</amp-carousel><p>${P3}</p><p>${P4}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3, P4]);
  });

  it('a <figcaption> is left out', () => {
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><figure><a href="/big.jpg"><img src="/f.jpg"></a><figcaption>${CAPTION}</figcaption></figure><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });

  it('an image inline in a paragraph, or a line of three words under a photo (a subheading there), stays', () => {
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><p><img src="/i.jpg" align="right">${P1}</p><div class="pic"><img src="/p.jpg"><br><span>المرحلة الثانية</span></div><p>${P2}</p><p>${P3}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, 'المرحلة الثانية', P2, P3]);
  });

  it("a body's paragraph beside an image in a box of its own is not a caption when it is the body", () => {
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="body"><div class="part"><div class="media"><img src="/a.jpg"></div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><p>${P4}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3, P4]);
  });

  it("a gallery's count of photos on a line of its own is furniture", () => {
    expect(keepArticleUnits([TITLE, P1, '5 صور', P2, P3], { firstIsTitle: true })).toEqual([true, true, false, true, true]);
  });
});

describe('the headline and the lead', () => {
  it('a title box holding the headline, the byline, the date and a view count gives the headline alone', () => {
    const a = findArticle(page(`<article><header class="post-title"><h1 class="entry-title">${TITLE}</h1><div class="meta"><div class="by"><div>بواسطة</div> <a href="/writers/x">نشرة المدينة</a></div><span class="date"><time>12 مارس 2024</time></span><div class="views"><span>1٬204</span></div></div></header><div class="post-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });

  it("a lead between the headline and the body's element is read before the body", () => {
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="date">12.03.2024</div><div class="cover"><img src="/c.jpg"><span>${CAPTION}</span></div><div class="share"><a href="#">فيسبوك</a></div><div class="summary">${LEAD}</div><div class="text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, LEAD, P1, P2, P3]);
    expectExactMap(a);
  });

  it('many blocks of text between the headline and the body are no lead', () => {
    const box = [`${P4} ${LEAD}`, `${LEAD} ${P4}`, `${CAPTION}، وفي المساء يعود المتطوعون إلى بيوتهم. ${P4}`, `ويتجه سكان الحي مساء كل جمعة إلى الحديقة الكبيرة التي زرعتها البلدية قبل سنوات. ${LEAD}`]
      .map((t) => `<div class="item">${t}</div>`).join('');
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="wrap"><div class="box">${box}</div></div><div class="main"><div class="text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });

  it('a lead that repeats the first paragraph is not read twice', () => {
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="summary">${P1}</div><div class="text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`))!;
    expect(a.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });

  it("an old CMS's headline in a span whose class says Title (any case) above a table-cell body", () => {
    const doc = page(`<table><tr><td><span class="NewsTitle">${TITLE}</span></td></tr><tr><td><span class="Writer">المدينة - سعيد علي</span></td></tr><tr><td class="Body"><font size="4"><span><p>${P1}</p><p>${P2}</p><p>${P3}</p></span></font></td></tr></table>`);
    expect(findArticle(doc)!.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });
});

describe('fine print', () => {
  const NOTE = 'تنشر الوكالة على موقعها جزءا من الأخبار التي تقدمها للمشتركين في خدمتها الإخبارية، وبشكل موجز. للاشتراك يرجى مراسلة قسم المبيعات.';

  it('a paragraph all in <small> under the body is left out, beside the body or inside it', () => {
    for (const html of [
      `<div class="story"><h1>${TITLE}</h1><div class="content"><div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><p class="note"><small>${NOTE}</small></p></div></div>`,
      `<div class="story"><h1>${TITLE}</h1><div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p><small>${NOTE}</small></p></div></div>`,
    ]) expect(findArticle(page(html))!.text.split('\n\n')).toEqual([TITLE, P1, P2, P3]);
  });

  it('a paragraph with a few words in <small> stays', () => {
    const p3 = `${P3} <small>(تحديث)</small>`;
    const a = findArticle(page(`<div class="story"><h1>${TITLE}</h1><div class="content"><p>${P1}</p><p>${P2}</p><p>${p3}</p></div></div>`))!;
    expect(a.text).toContain(P3);
  });
});
