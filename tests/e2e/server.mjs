// The local news site the browser tests visit: an article page made from the seed article (header, menu,
// sidebar with "الأكثر قراءة", footer), a home page, a single-page site, and hostile pages (issue 7).
// Usage: node tests/e2e/server.mjs [port]   (default 4310; 127.0.0.1 only)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const read = (name) => readFileSync(join(here, '..', 'fixtures', 'articles', name), 'utf8');
const lines = (text) => text.replace(/\r\n?/g, '\n').split(/\n+/).map((l) => l.trim()).filter(Boolean);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const seed = lines(read('diyar-putin-kim.txt'));
// The seed's first line is the outlet's promo and its last two the "most read" box: they go where a site puts them.
const promo = seed[0];
const mostReadHeading = seed[seed.length - 2];
const mostReadHeadline = seed[seed.length - 1];
const seedBody = seed.slice(1, -2);
const seedTitle = 'بوتين وكيم جونغ أون يبدآن مباحثاتهما في بيونغ يانغ بمشاركة وفدي البلدين';
const riyadh = lines(read('synthetic-riyadh-talks.txt'));
const riyadhTitle = 'وزير الخارجية الأمريكي في الرياض';
const lavrov = lines(read('synthetic-lavrov-ankara.txt'));
const lavrovTitle = 'لافروف وفيدان يبحثان في أنقرة العلاقات الثنائية';
const [receptionTitle, ...receptionBody] = lines(read('synthetic-spa-reception.txt'));

const THEMES = {
  light: 'body{background:#fff;color:#222}',
  dark: 'body{background:#121212;color:#e6e6e6} a{color:#8ab4f8}',
  auto: ':root{color-scheme:light dark} body{background:#fff;color:#222} @media (prefers-color-scheme: dark){body{background:#15171a;color:#e6e6e6} a{color:#8ab4f8}}',
};

function layout({ title, main, theme = 'light', head = '', script = '' }) {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | الديار</title><link rel="icon" href="data:,">
<style>
body{margin:0;font:18px/1.8 "DejaVu Sans",sans-serif} ${THEMES[theme] ?? THEMES.light}
header.site{background:#8b0000;color:#fff;padding:8px 16px} header.site a{color:#fff;margin-inline-end:12px;text-decoration:none}
.wrap{display:flex;gap:24px;padding:16px;max-width:1100px;margin:auto} main{flex:3;min-width:0} aside{flex:1;border-inline-start:1px solid #ccc;padding-inline-start:12px}
footer{padding:16px;border-top:1px solid #ccc;font-size:14px} .promo{font-size:14px;opacity:.8}
/* Hostile page CSS: it must not reach the card, and must not stop our marks from showing. */
mark{all:unset} div{box-sizing:content-box} button{font-size:40px !important;color:red !important}
</style>${head}</head>
<body>
<header class="site"><strong>الديار</strong>
<nav><a href="/">الرئيسية</a><a href="/">لبنان</a><a href="/">عربي ودولي</a><a href="/">اقتصاد</a><a href="/">رياضة</a></nav></header>
<div class="wrap">
<main>${main}</main>
<aside><h3>${esc(mostReadHeading)}</h3><ul><li><a href="/">${esc(mostReadHeadline)}</a></li>
<li><a href="/">الرئيس الأسد يستقبل وفدا برلمانيا</a></li></ul>
<p>إعلان: اشترك في النشرة الإخبارية للديار</p></aside>
</div>
<footer><p>جميع الحقوق محفوظة © الديار ٢٠٢٤ — من نحن — اتصل بنا — سياسة الخصوصية</p></footer>
${script}
</body></html>`;
}

const articleHtml = (title, paragraphs, extra = '') =>
  `<article id="story"><h1>${esc(title)}</h1><p class="promo"><a href="/">${esc(promo)}</a></p>
<p class="byline">بيونغ يانغ — الديار</p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}${extra}</article>`;

const pages = {
  '/': () => layout({
    title: 'الرئيسية',
    main: `<h1>آخر الأخبار</h1><ul class="headlines">
<li><a href="/article">مباحثات روسية كورية في بيونغ يانغ</a></li>
<li><a href="/">الطقس: أجواء معتدلة في بيروت</a></li>
<li><a href="/">أسعار المحروقات اليوم</a></li>
<li><a href="/">نتائج مباريات الدوري</a></li></ul>`,
  }),
  '/article': (q) => layout({ title: seedTitle, main: articleHtml(seedTitle, seedBody), theme: q.get('theme') ?? 'light' }),
  // Two more articles (written for the tests): one shares an official (Lavrov) with the seed, one does not.
  '/lavrov': () => layout({ title: lavrovTitle, main: articleHtml(lavrovTitle, lavrov) }),
  '/riyadh': () => layout({ title: riyadhTitle, main: articleHtml(riyadhTitle, riyadh) }),
  '/reception': () => layout({
    title: receptionTitle,
    main: `<article id="story"><h1>${esc(receptionTitle)}</h1>\n${receptionBody.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>`,
  }),
  '/spa': () => layout({
    title: seedTitle,
    main: `<a id="next" href="/spa/riyadh">الخبر التالي</a>${articleHtml(seedTitle, seedBody)}`,
    script: `<script>
const second = ${JSON.stringify(articleHtml(riyadhTitle, riyadh))};
document.getElementById('next').addEventListener('click', (e) => {
  e.preventDefault();
  history.pushState({}, '', '/spa/riyadh');
  setTimeout(() => { document.getElementById('story').outerHTML = second; document.title = ${JSON.stringify(riyadhTitle)}; }, 50);
});
</script>`,
  }),
  '/editable': () => layout({
    title: seedTitle,
    main: articleHtml(seedTitle, seedBody,
      `<form><input name="q" value="وزير الخارجية سيرغي لافروف"><textarea name="t">وزير الخارجية سيرغي لافروف</textarea></form>
<div contenteditable="true"><p>وقال وزير الخارجية سيرغي لافروف إن المحادثات مثمرة.</p></div>`),
  }),
};

// Hostile pages (issue 7 item 5).
const hostile = {
  // About 1 MB of article text: the seed repeated.
  '/hostile/huge': () => {
    const paras = [];
    while (paras.join('').length < 520_000) paras.push(...seedBody);
    return layout({ title: seedTitle, main: articleHtml(seedTitle, paras) });
  },
  // Every paragraph wrapped in 60 nested elements.
  '/hostile/nested': () => {
    const deep = (html) => '<div><span>'.repeat(30) + html + '</span></div>'.repeat(30);
    return layout({ title: seedTitle, main: `<article id="story"><h1>${esc(seedTitle)}</h1>${seedBody.map((p) => deep(`<p>${esc(p)}</p>`)).join('\n')}</article>` });
  },
  // Words cut across inline elements (every 3 letters), mid-word.
  '/hostile/split': () => {
    const split = (p) => [...p].reduce((acc, ch, i) => acc + (i % 3 === 0 ? '</b><b>' : '') + esc(ch), '<b>') + '</b>';
    return layout({ title: seedTitle, main: `<article id="story"><h1>${esc(seedTitle)}</h1>${seedBody.map((p) => `<p>${split(p)}</p>`).join('\n')}</article>` });
  },
  // Arabic with Latin, Persian and Urdu letters and digits mixed in.
  '/hostile/mixed': () => layout({
    title: seedTitle,
    main: articleHtml(seedTitle, seedBody.map((p, i) => (i % 2 ? `${p} (Reuters) گزارش پژوهش ۱۴۰۳ — ٹیلی ویژن ڈھاکہ` : `AP — ${p} ۲۰۲۴`))),
  }),
  // Harakat on every letter and tatweel in long words.
  '/hostile/diacritics': () => layout({
    title: seedTitle,
    main: articleHtml(seedTitle, seedBody.map((p) => p.replace(/([\u0628-\u064a])(?=[\u0628-\u064a])/g, (c, _x, i) => (i % 7 === 0 ? `${c}\u0640\u064e` : `${c}\u064e`)))),
  }),
  // Zero-width and bidi controls sprinkled between words and inside them.
  '/hostile/zero-width': () => layout({
    title: seedTitle,
    main: articleHtml(seedTitle, seedBody.map((p) => p.replace(/ /g, (_s, i) => [' \u200f', '\u200b ', ' \u2067', '\u2069 ', ' \u200e', ' '][i % 6]).replace(/ال/g, 'ا\u200dل'))),
  }),
  // The article inside an iframe, plus a short Arabic text outside it.
  '/hostile/iframe': () => layout({ title: seedTitle, main: `<p>مقال:</p><iframe src="/article" width="900" height="600" title="article"></iframe>` }),
  // A page that rewrites its DOM every second (a ticker and the article re-rendered from the same data).
  '/hostile/rewrite': () => layout({
    title: seedTitle,
    main: `<div id="ticker">عاجل</div><div id="host">${articleHtml(seedTitle, seedBody)}</div>`,
    script: `<script>
let n = 0; const html = document.getElementById('host').innerHTML;
setInterval(() => { n++; document.getElementById('ticker').textContent = 'عاجل ' + n; if (n % 3 === 0) document.getElementById('host').innerHTML = html; }, 1000);
</script>`,
  }),
  // A strict Content-Security-Policy: no inline script or style, no connections.
  '/hostile/csp': () => layout({ title: seedTitle, main: articleHtml(seedTitle, seedBody) }),
};

// Saved-page fixtures of real news-site layouts (tests/fixtures/sites/), served as /sites/<name>.
const SITES = join(here, '..', 'fixtures', 'sites');
function savedSite(path) {
  const m = /^\/sites\/([a-z]+)$/.exec(path);
  if (!m || !existsSync(join(SITES, `${m[1]}.html`))) return null;
  return () => readFileSync(join(SITES, `${m[1]}.html`), 'utf8');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let path = url.pathname;
  if (path.startsWith('/spa/')) path = '/spa';
  const page = pages[path] ?? hostile[path] ?? savedSite(path);
  if (!page) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (path === '/hostile/csp')
    headers['content-security-policy'] = "default-src 'none'; style-src 'sha256-none'; script-src 'none'; img-src 'none'; connect-src 'none'; frame-src 'none'";
  res.writeHead(200, headers);
  res.end(page(url.searchParams));
});

const port = Number(process.argv[2] ?? process.env.PORT ?? 4310);
server.listen(port, '127.0.0.1', () => console.log(`news fixtures on http://127.0.0.1:${port}/`));
