// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromStructuredData, findArticle, findArticleSteps, locate, samePrefix, type ArticleInPage } from '@/lib/article/find';
import { stripSiteName } from '@/lib/article/meta';
import { keepArticleUnits, keepArticleUnitsSteps } from '@/lib/article/boilerplate';
import { keyBoilerplateSteps } from '@/lib/vocab/boilerplate';

// Saved-page fixtures written for these tests (tests/fixtures/sites/README.md): the layouts of the big sites,
// with invented article text.
const FIXTURES = resolve(import.meta.dirname, '../fixtures/sites');
const load = (name: string) => parseHTML(readFileSync(`${FIXTURES}/${name}`, 'utf8')).document as unknown as Document;
const dom = (html: string) => parseHTML(`<!DOCTYPE html><html lang="ar"><body>${html}</body></html>`).document as unknown as Document;

/** Boilerplate present on every site fixture: none of it may reach the article text. */
const EVERY_PAGE_BOILERPLATE = ['الأكثر قراءة', 'ملفات تعريف الارتباط', 'جميع الحقوق محفوظة', 'عاجل'];

interface SiteCase {
  file: string;
  title: string;
  first: string;
  last: string;
  excluded: string[];
}

const SITES: SiteCase[] = [
  {
    file: 'aljazeera.html',
    title: 'وزيرا خارجية الأردن والعراق يبحثان في عمّان مشروع الربط الكهربائي',
    first: 'عمّان- بحث وزير الخارجية الأردني مع نظيره العراقي',
    last: 'إنشاء منطقة صناعية مشتركة قرب الحدود.',
    excluded: ['اقرأ أيضا', 'وفد اقتصادي عراقي يصل إلى عمّان', 'الأمطار الغزيرة تغلق طرقا', 'النشرة البريدية', 'المصدر : الجزيرة', 'فيسبوك', 'ابحث في الجزيرة نت'],
  },
  {
    file: 'alarabiya.html',
    title: 'السعودية ومصر توقعان اتفاقيات للتعاون في مجالي الطاقة والنقل',
    first: 'وقعت السعودية ومصر، الأربعاء، حزمة من الاتفاقيات',
    last: 'لمتابعة تنفيذ ما تم الاتفاق عليه.',
    excluded: ['اقرأ المزيد', 'خطة لرفع التبادل التجاري', 'الوسوم', 'الطاقة المتجددة\n', 'شارك على فيسبوك', 'انسخ الرابط', 'نشر في', 'تراجع أسعار النفط'],
  },
  {
    file: 'aawsat.html',
    title: 'تونس تطلق خطة وطنية لترشيد استهلاك المياه مع تراجع مخزون السدود',
    first: 'أعلنت الحكومة التونسية، أمس، خطة وطنية',
    last: 'اعتماد تقنيات الري المقتصد.',
    excluded: ['مواضيع ذات صلة', 'الجزائر تسرع إنجاز محطات', 'مهرجان السينما', 'كتاب الشرق الأوسط', 'المنجي السعيداني', 'جمادى'],
  },
  {
    file: 'skynewsarabia.html',
    title: 'قمة ثلاثية في القاهرة تبحث تعزيز التعاون الاقتصادي والأمني',
    first: 'احتضنت القاهرة، الخميس، قمة ثلاثية',
    last: 'وتسهيل حركة البضائع عبر الحدود.',
    excluded: ['كلمات دالة', 'شارك هذا المقال', 'أخبار ذات صلة', 'وزراء خارجية الدول الثلاث يمهدون', 'فيضانات مفاجئة', 'نشر في'],
  },
  {
    file: 'bbcarabic.html',
    title: 'المغرب وإسبانيا يتفقان على خطة مشتركة لمكافحة حرائق الغابات',
    first: 'اتفق المغرب وإسبانيا على خطة مشتركة',
    last: 'بمخاطر إشعال النار في المناطق الحرجية.',
    excluded: ['قصص مقترحة', 'موجة حر تضرب جنوب أوروبا', 'صدر الصورة', 'Getty Images', 'علماء يكتشفون نوعا جديدا', 'انتقل إلى المحتوى', '2024'],
  },
  {
    file: 'rtarabic.html',
    title: 'موسكو وطهران تبحثان توسيع ممر النقل بين الشمال والجنوب',
    first: 'بحث نائب رئيس الوزراء الروسي مع وزير الطرق الإيراني',
    last: 'تنويع منافذهما التجارية.',
    excluded: ['اقرأ المزيد', 'روسيا تعلن زيادة صادرات الحبوب', 'المصدر: وكالات', 'Sputnik', 'صور من الفضاء', 'Telegram'],
  },
];

/** Every segment holds exactly the characters of its text node, and locate() maps each offset back to them. */
function expectExactMap(a: ArticleInPage) {
  for (const s of a.segments) {
    const from = s.from ?? 0;
    const to = s.to ?? s.node.data.length;
    expect(a.text.slice(s.start, s.start + to - from)).toBe(s.node.data.slice(from, to));
  }
  for (let offset = 0; offset < a.text.length; offset += 7) {
    const pos = locate(a, offset);
    expect(pos).not.toBeNull();
    if (!/\s/.test(a.text[offset]!)) expect(pos!.node.data[pos!.offset]).toBe(a.text[offset]);
  }
}

describe('findArticle on saved pages of the big Arabic sites', () => {
  for (const site of SITES) {
    for (const mode of ['site rule', 'generic scoring'] as const) {
      it(`${site.file} (${mode}): body found, title, no boilerplate, exact offsets`, () => {
        const doc = load(site.file);
        // An unknown URL turns the per-site table off, so the generic scorer must find the same body.
        const a = findArticle(doc, mode === 'generic scoring' ? { url: 'https://unknown.example/a' } : {});
        expect(a).not.toBeNull();
        expect(a!.title).toBe(site.title);
        expect(a!.text.startsWith(site.title + '\n\n')).toBe(true);
        expect(a!.text).toContain(site.first);
        expect(a!.text.endsWith(site.last)).toBe(true);
        for (const s of [...EVERY_PAGE_BOILERPLATE, ...site.excluded]) expect(a!.text, s).not.toContain(s);
        for (const b of a!.blocks) {
          expect(a!.root.contains(b)).toBe(true);
          expect(b.closest('aside, footer, nav, header[role=banner]')).toBeNull();
        }
        expectExactMap(a!);
      });
    }
  }
});

describe('pages that are not Arabic articles', () => {
  it('a home page of headlines and teasers has no article', () => {
    expect(findArticle(load('home.html'))).toBeNull();
    expect(findArticle(load('home.html'), { url: 'https://unknown.example/' })).toBeNull();
  });
  it('an English article has no Arabic article', () => {
    expect(findArticle(load('english.html'))).toBeNull();
  });
  it('a page with a short Arabic note only has no article', () => {
    expect(findArticle(dom('<div class="content"><p>نص قصير جدا لا يكفي ليكون مقالا.</p></div>'))).toBeNull();
  });
  it('a section front of headline links with long teasers has no article', () => {
    const teaser = 'ملخص الخبر: ناقش المجلس في جلسته الأسبوعية عددا من الملفات الاقتصادية والاجتماعية، وقرر إحالة مشروع القانون إلى اللجنة المختصة لدراسته وإبداء الرأي فيه قبل التصويت عليه.';
    const items = Array.from({ length: 8 }, (_, i) =>
      `<div class="item"><h3><a href="/n${i}">عنوان الخبر رقم ${i} عن جلسة المجلس الأسبوعية</a></h3><p>${teaser}</p></div>`).join('');
    expect(findArticle(dom(`<main><section class="section-news">${items}</section></main>`))).toBeNull();
  });

  it('a section front whose container is mostly links has no article', () => {
    const items = Array.from({ length: 12 }, (_, i) =>
      `<li><a href="/n${i}">عنوان خبر رقم ${i} عن تطورات الأوضاع السياسية والاقتصادية في المنطقة العربية اليوم</a><p>ملخص قصير للخبر.</p></li>`).join('');
    expect(findArticle(dom(`<main><ul class="news-list">${items}</ul></main>`))).toBeNull();
  });
});

describe('the text index', () => {
  const para = 'وأكد وزير الخارجية في مؤتمر صحفي عقده في العاصمة أن المباحثات تناولت العلاقات الثنائية وسبل تطويرها في مختلف المجالات، إضافة إلى القضايا الإقليمية والدولية ذات الاهتمام المشترك بين البلدين.';
  const body = (inner: string) => dom(`<article><h1>عنوان المقال التجريبي عن المباحثات</h1><div class="article-body">${inner}</div></article>`);

  it('leaves out scripts, styles, hidden elements, form fields and editable areas, keeps the visible text', () => {
    const doc = body(`<p>${para}</p><p>${para}<script>var x = "نص برمجي مخفي";</script><span style="display:none">نص مخفي بالأسلوب</span><span hidden>نص مخفي بالسمة</span></p>
      <p>${para}<textarea>نص في حقل</textarea><span contenteditable="true">نص قابل للتحرير</span></p>`);
    const a = findArticle(doc)!;
    expect(a).not.toBeNull();
    for (const s of ['نص برمجي', 'نص مخفي', 'نص في حقل', 'نص قابل للتحرير']) expect(a.text).not.toContain(s);
    expect(a.text.split('\n\n')).toEqual(['عنوان المقال التجريبي عن المباحثات', para, para, para]);
    expectExactMap(a);
  });

  it('keeps white space inside a node as it is, trims it at block edges, and breaks lines at <br>', () => {
    const doc = body(`<p>\n   ${para}   \n</p><div>${para}<br>${para}</div><p>ثم  <b>كلمة</b>  أخرى في نهاية النص هنا وهنا.</p>`);
    const a = findArticle(doc)!;
    expect(a.text.split('\n\n')).toEqual(['عنوان المقال التجريبي عن المباحثات', para, `${para}\n${para}`, 'ثم  كلمة  أخرى في نهاية النص هنا وهنا.']);
    expectExactMap(a);
    const start = a.text.indexOf(para);
    const pos = locate(a, start)!;
    expect(pos.node.data.slice(pos.offset, pos.offset + 4)).toBe(para.slice(0, 4));
    // An offset in the "\n\n" between blocks maps to the start of the next block, or with bias "end" to the end of the previous.
    const gap = a.text.indexOf('\n\n');
    expect(locate(a, gap + 1)!.node.data.trim().startsWith(para.slice(0, 10))).toBe(true);
    expect(locate(a, gap, 'end')!.offset).toBe(a.segments[0]!.node.data.length);
  });

  it('drops bylines, link lists, share prompts and the "most read" list inside the body', () => {
    const doc = body(`<p class="byline">القاهرة — مراسل الموقع</p><p>${para}</p><p>اقرأ أيضا: <a href="/x">عنوان مقال آخر لا علاقة له</a></p><ul><li><a href="/1">رابط أول طويل عن موضوع آخر</a></li><li><a href="/2">رابط ثان طويل عن موضوع آخر</a></li></ul>
      <p>${para}</p><div class="share-tools"><span>شارك على فيسبوك</span></div><p>${para}</p><h3>الأكثر قراءة</h3><p>خبر من الأخبار الأكثر قراءة اليوم</p><p>خبر آخر من القائمة نفسها</p>`);
    const a = findArticle(doc)!;
    expect(a.text.split('\n\n')).toEqual(['عنوان المقال التجريبي عن المباحثات', para, para, para]);
  });

  it('reads text directly inside a container between blocks only when it is long (not a byline or date)', () => {
    const doc = body(`كتب محمد علي<p>${para}</p>${para}<br>${para}<p>${para}</p>`);
    const a = findArticle(doc)!;
    expect(a.text).not.toContain('كتب محمد علي');
    expect(a.text.split('\n\n').length).toBe(4);
    expectExactMap(a);
  });

  it('reads pages wrapped whole in a <form> (ASP.NET) and articles with furniture-like class words', () => {
    const side = '<aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/1">خبر جانبي أول عن موضوع مختلف تماما</a></li></ul></aside>';
    const doc = dom(`<form id="aspnetForm"><div class="page"><article class="node author-editor1"><h1>عنوان المقال التجريبي عن المباحثات</h1><div class="text">
      <p>${para}</p><p>${para}</p><p>${para}</p></div></article>${side}</div></form>`);
    const a = findArticle(doc, { url: 'https://unknown.example/a' })!;
    expect(a).not.toBeNull();
    expect(a.text.split('\n\n')).toEqual(['عنوان المقال التجريبي عن المباحثات', para, para, para]);
  });

  it('never reads a comments section, even one longer than the article', () => {
    const comment = 'تعليق طويل من أحد القراء يعبر فيه عن رأيه في الموضوع ويضيف تفاصيل كثيرة عن تجربته الشخصية مع هذه القضية، ويطالب المسؤولين بالتحرك السريع لحلها.';
    const comments = Array.from({ length: 12 }, () => `<li class="comment"><div class="comment-body"><p>${comment}</p></div></li>`).join('');
    for (const inside of [true, false]) {
      const list = `<div id="comments" class="comments-area"><h3>التعليقات</h3><ol class="comment-list">${comments}</ol></div>`;
      const doc = dom(`<div class="page"><article class="post"><h1>عنوان المقال التجريبي عن المباحثات</h1><div class="entry-content"><p>${para}</p><p>${para}</p><p>${para}</p>${inside ? list : ''}</div></article>${inside ? '' : list}</div>`);
      const a = findArticle(doc, { url: 'https://unknown.example/a' })!;
      expect(a, inside ? 'inside' : 'after').not.toBeNull();
      expect(a.text).not.toContain('تعليق طويل');
      expect(a.text.split('\n\n')).toEqual(['عنوان المقال التجريبي عن المباحثات', para, para, para]);
    }
  });

  it('reads an old table layout with paragraphs separated by <br>', () => {
    const doc = dom(`<table><tr><td class="menu"><a href="/">الرئيسية</a><br><a href="/a">محليات</a><br><a href="/b">اقتصاد</a></td>
      <td class="main"><font class="title">عنوان المقال التجريبي عن المباحثات</font><br><br>${para}<br><br>${para}<br><br>${para}</td></tr></table>`);
    const a = findArticle(doc, { url: 'https://unknown.example/a' })!;
    expect(a).not.toBeNull();
    expect(a.text).not.toContain('محليات');
    expect(a.text).toContain(`${para}\n\n${para}\n\n${para}`);
    expectExactMap(a);
  });

  it('follows the JSON-LD articleBody when another block of the page has more text', () => {
    const other = 'نص آخر في الصفحة لا علاقة له بالمقال، يتحدث عن موضوع مختلف تماما ويمتد على عدة فقرات طويلة، مع تفاصيل كثيرة وأرقام وتواريخ، ويضم فواصل عديدة، وجملا متتابعة.';
    const json = JSON.stringify({ '@type': 'NewsArticle', headline: 'عنوان المقال التجريبي عن المباحثات', articleBody: [para, para, para].join('\n') });
    const doc = parseHTML(`<html><head><script type="application/ld+json">${json}</script></head><body>
      <div class="a"><p>${para}</p><p>${para}</p><p>${para}</p></div><div class="b"><p>${other}</p><p>${other}</p><p>${other}</p><p>${other}</p></div></body></html>`).document as unknown as Document;
    const a = findArticle(doc, { url: 'https://unknown.example/a' })!;
    expect(a.text).toBe([para, para, para].join('\n\n'));
  });

  it('uses the page in a browser-like DOM too (happy-dom DOMParser)', () => {
    const html = readFileSync(`${FIXTURES}/rtarabic.html`, 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const a = findArticle(doc)!;
    expect(a.text).toBe(findArticle(load('rtarabic.html'))!.text);
  });
});

describe('titles', () => {
  it('drops the site name from og:title', () => {
    expect(stripSiteName('وزير الخارجية يستقبل نظيره - اليوم السابع', 'اليوم السابع')).toBe('وزير الخارجية يستقبل نظيره');
    expect(stripSiteName('عنوان الخبر هنا | الجزيرة نت', null)).toBe('عنوان الخبر هنا');
    expect(stripSiteName('الجبير: نقل السفارة مخالف للقوانين الدولية', null)).toBe('الجبير: نقل السفارة مخالف للقوانين الدولية');
  });
});

describe('articleFromStructuredData', () => {
  it('reads the JSON-LD articleBody of a page whose body a script renders', () => {
    const body = 'أعلنت وزارة الخارجية &quot;اليوم&quot; أن الوزير سيزور العاصمة الأسبوع المقبل لإجراء مباحثات مع نظيره حول العلاقات الثنائية والقضايا الإقليمية.';
    const json = JSON.stringify({ '@type': 'NewsArticle', headline: 'الوزير يزور العاصمة', articleBody: `<p>${body}</p><p>${body}</p><p>${body}</p><p>${body}</p>` });
    const doc = parseHTML(`<html><head><script type="application/ld+json">${json}</script></head><body><div id="app"></div></body></html>`).document as unknown as Document;
    expect(findArticle(doc)).toBeNull();
    const a = articleFromStructuredData(doc)!;
    expect(a.title).toBe('الوزير يزور العاصمة');
    const plain = body.replaceAll('&quot;', '"');
    expect(a.text).toBe([plain, plain, plain, plain].join('\n\n'));
  });
});

describe('findArticleSteps', () => {
  it('yields between phases and returns what findArticle returns, article or null', () => {
    for (const name of ['aljazeera.html', 'bbcarabic.html', 'home.html']) {
      const doc = load(name);
      const steps = findArticleSteps(doc);
      let yields = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) yields++;
      const whole = findArticle(doc);
      expect(step.value?.text, name).toBe(whole?.text);
      expect(step.value?.segments.length, name).toBe(whole?.segments.length);
      if (whole) expect(yields, name).toBeGreaterThanOrEqual(4);
    }
  });

  /** A long article page: a headline, then the fixture paragraphs again and again, then a list of other stories. */
  const longPage = (paragraphs: number) => {
    const p = (i: number) => `<p>الفقرة رقم ${i}: بحث وزير الخارجية مع نظيره في العاصمة سبل تعزيز التعاون بين البلدين في مجالات الطاقة والنقل والتجارة، وأكد الجانبان أهمية مواصلة التشاور.</p>`;
    return dom(`<article><h1>وزير الخارجية يبحث مع نظيره سبل التعاون</h1>${Array.from({ length: paragraphs }, (_, i) => p(i)).join('')}</article>
      <aside><h3>الأكثر قراءة</h3><ul><li><a href="/a">عنوان خبر آخر عن الطقس في البلاد</a></li></ul></aside>`);
  };
  const run = (doc: Document, preview?: number) => {
    const steps = findArticleSteps(doc, { preview });
    const previews: ArticleInPage[] = [];
    for (;;) {
      const step = steps.next();
      if (step.done) return { found: step.value, previews };
      if (step.value) previews.push(step.value.preview);
    }
  };

  it('hands out a long article\'s beginning once, before its end, and returns what findArticle returns', () => {
    const doc = longPage(120);
    const { found, previews } = run(doc, 1000);
    expect(found?.text).toBe(findArticle(doc)?.text);
    expect(previews).toHaveLength(1);
    const [preview] = previews;
    expect(preview!.text.length).toBeGreaterThanOrEqual(2000);
    expect(preview!.text.length).toBeLessThan(found!.text.length);
    expect(samePrefix(preview!, found!, preview!.text.length)).toBe(true);
  });

  it('judges a page\'s units a few at a time, the vocabulary\'s tables keyed one per step', () => {
    // The first units judged compile the rules' code: a step of a few units keeps that out of one long task.
    const units = Array.from({ length: 40 }, (_, i) => `الفقرة رقم ${i}: بحث الوزير مع نظيره سبل التعاون بين البلدين.`);
    const steps = keepArticleUnitsSteps(units);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(step.value).toEqual(keepArticleUnits(units));
    const tables = [...keyBoilerplateSteps()].length;
    expect(tables).toBeGreaterThanOrEqual(40);
    expect(yields).toBeGreaterThanOrEqual(tables + 40 / 8);
  });

  it('hands out no beginning of an article shorter than it, nor when not asked', () => {
    expect(run(longPage(8), 1000).previews).toHaveLength(0);
    expect(run(longPage(120)).previews).toHaveLength(0);
    expect(run(load('aljazeera.html'), 1000).previews).toHaveLength(0);
  });

  it('samePrefix: the same text, text nodes and title up to the offset', () => {
    const doc = longPage(40);
    const a = findArticle(doc)!;
    const b = findArticle(doc)!;
    expect(samePrefix(a, b, a.text.length)).toBe(true);
    expect(samePrefix(a, { ...b, title: 'عنوان آخر' }, 10)).toBe(false);
    expect(samePrefix(a, { ...b, text: b.text.slice(0, 100) + 'x' + b.text.slice(101) }, 100)).toBe(true);
    expect(samePrefix(a, { ...b, text: b.text.slice(0, 100) + 'x' + b.text.slice(101) }, 101)).toBe(false);
    expect(samePrefix(a, findArticle(longPage(40))!, 100)).toBe(false);
  });
});
