import {emit, esc} from './lib.mjs';
const id='p110-elaph-saudi-worldcup-2034';
const title='رسمياً.. السعودية تستضيف كأس العالم 2034 والأمير عبدالعزيز بن تركي: «وعدنا وأوفينا»';
const paras=[
'أعلن الاتحاد الدولي لكرة القدم (فيفا)، الأربعاء، منح المملكة العربية السعودية حق استضافة نهائيات كأس العالم 2034، وذلك خلال الجمعية العمومية الاستثنائية التي عُقدت عبر الاتصال المرئي بمشاركة الاتحادات الأعضاء البالغ عددها 211 اتحاداً.',
'وجاء القرار بالتزكية بعدما كان الملف السعودي الوحيد المتقدم لاستضافة النسخة، وحصل على أعلى تقييم فني في تاريخ ملفات الترشح بلغ 419.8 نقطة من أصل 500، بحسب تقرير لجنة التقييم في فيفا.',
'وقال رئيس فيفا جياني إنفانتينو في كلمته إن النسخة المقبلة «ستكون استثنائية في كل المقاييس»، مشيراً إلى أن المملكة «قدمت ملفاً متكاملاً يشمل 15 ملعباً في خمس مدن».',
'من جهته، قال وزير الرياضة السعودي الأمير عبدالعزيز بن تركي الفيصل إن استضافة المونديال «تتويج لرؤية المملكة 2030 ولعمل سنوات طويلة»، مضيفاً: «وعدنا وأوفينا، وسنقدم للعالم نسخة لا تُنسى».',
'وتتوزع الملاعب المقترحة على الرياض وجدة والخبر وأبها ونيوم، ومن المقرر أن يُبنى أحد عشر ملعباً منها من الصفر، أبرزها ملعب الملك سلمان الدولي في الرياض بسعة تتجاوز 92 ألف متفرج.',
'وأكد رئيس الاتحاد السعودي لكرة القدم ياسر المسحل أن العمل على البنية التحتية «بدأ فعلاً»، وأن الاتحاد سيعلن خلال الأشهر المقبلة عن الجدول الزمني لتسليم الملاعب.',
];
const ex=[
'اقرأ أيضاً: المغرب وإسبانيا والبرتغال تنال رسمياً تنظيم مونديال 2030',
'اقرأ أيضاً: إنفانتينو: دوري روشن أصبح من أقوى الدوريات في العالم',
'اقرأ أيضاً: 15 ملعباً في خمس مدن.. تعرف على ملاعب مونديال السعودية',
'الحمد لله.. المملكة العربية السعودية تستضيف كأس العالم 2034',
'فخورون بثقة العالم',
'وزارة الرياضة (@MinistryofSport)',
'إيلاف من الرياض:',
'مواضيع ذات صلة',
'الأكثر قراءة',
'حمّل تطبيق إيلاف',
'هل تستطيع المملكة إنجاز 11 ملعباً جديداً في عشر سنوات؟',
'جميع الحقوق محفوظة لإيلاف',
];
const tweet=(p,who,handle,url,date)=>`<div class="embedded-entity"><blockquote class="twitter-tweet" data-lang="ar" data-dnt="true"><p lang="ar" dir="rtl">${p}</p>&mdash; ${who} (@${handle}) <a href="${url}">${date}</a></blockquote></div>`;
const ra=(t,n)=>`<p class="read-also"><strong>اقرأ أيضاً: <a href="https://elaph.com/Web/Sports/2024/12/${n}.html" target="_blank">${t}</a></strong></p>`;
const P=p=>`<p>${esc(p)}</p>`;
const menu=[['أخبار','News'],['سياسة','Politics'],['اقتصاد','Economics'],['رياضة','Sports'],['ثقافات','Culture'],['صحة','Health'],['علوم','Science'],['تكنولوجيا','Tech'],['منوعات','Variety'],['ترفيه','Entertainment'],['آراء','Opinion'],['إيلاف المغرب','Morocco'],['إيلاف الخليج','Gulf'],['فيديو','Video'],['ملفات','Files']];
const ld={"@context":"https://schema.org","@type":"NewsArticle","headline":title,"url":"https://elaph.com/Web/Sports/2024/12/1556213.html","datePublished":"2024-12-11T17:35:00+00:00","dateModified":"2024-12-11T18:02:00+00:00","image":["https://elaph.com/resources/images/Sports/2024/12/large/1556213_wc2034.jpg"],"author":[{"@type":"Organization","name":"إيلاف"}],"publisher":{"@type":"Organization","name":"Elaph","logo":{"@type":"ImageObject","url":"https://elaph.com/themes/custom/elaph/logo.svg"}}};
const html=`<!DOCTYPE html>
<html lang="en" dir="rtl" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-6L7TQYB3E2"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-6L7TQYB3E2", {"groups":"default","page_placeholder":"PLACEHOLDER_page_location"});</script>
<meta name="description" content="أعلن الاتحاد الدولي لكرة القدم (فيفا) منح المملكة العربية السعودية حق استضافة نهائيات كأس العالم 2034" />
<link rel="canonical" href="https://elaph.com/Web/Sports/2024/12/1556213.html" />
<meta name="keywords" content="كأس العالم 2034,السعودية,فيفا,عبدالعزيز بن تركي الفيصل" />
<meta property="og:site_name" content="إيلاف" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://elaph.com/Web/Sports/2024/12/1556213.html" />
<meta property="og:title" content="${esc(title)}" />
<meta property="og:description" content="السعودية تستضيف كأس العالم 2034 رسمياً" />
<meta property="og:image" content="https://elaph.com/resources/images/Sports/2024/12/large/1556213_wc2034.jpg" />
<meta property="article:published_time" content="2024-12-11T17:35:00+0000" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@elaph" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<link rel="icon" href="/themes/custom/elaph/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>${esc(title)} | إيلاف</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vq1uPkHh4xbgqkz7w2qk1JvJ0v5YgqyKfAT0Lw9S0lM.css?delta=0&amp;language=en&amp;theme=elaph&amp;include=eJxLzUnMyFRIzUlNz0kFAB8MBPs" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1556213","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","gtag":{"tagId":"G-6L7TQYB3E2"},"user":{"uid":0,"permissionsHash":"3b1e0e2f"}}</script>
    <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
    <script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/22461547/Elaph_Sports_Top',[[970,90],[728,90]],'div-gpt-ad-1702203311-0').addService(googletag.pubads());googletag.defineSlot('/22461547/Elaph_Sports_MPU',[300,250],'div-gpt-ad-1702203311-1').addService(googletag.pubads());googletag.enableServices();});</script>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header">
      <div id="block-elaph-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/elaph/logo.svg" alt="إيلاف" /></a><div class="site-slogan">أول يومية إلكترونية صدرت من لندن</div></div>
      <div id="div-gpt-ad-1702203311-0" class="ad-slot ad-leaderboard"></div>
    </div>
    <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-elaph-main-menu-menu" id="block-elaph-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-elaph-main-menu-menu">Main navigation</h2>
<ul class="menu menu--level-1">
${menu.map(([a,e],i)=>`<li class="menu-item${e=='Sports'?' menu-item--active-trail':''}"><a href="/Web/${e}.html" data-drupal-link-system-path="taxonomy/term/${11+i}">${a}</a></li>`).join('\n')}
</ul></nav></div>
  </header>
  <div class="region region-highlighted"><div id="block-breakingnews" class="block block-views block-views-blockbreaking-news-block-1"><div class="views-element-container"><div class="view view-breaking-news view-id-breaking_news view-display-id-block_1"><span class="breaking-label">عاجل</span><div class="view-content marquee">
<div class="views-row"><a href="/Web/News/2024/12/1556220.html" hreflang="ar">الإدارة السورية الجديدة تعلن تشكيل حكومة تصريف أعمال</a></div>
<div class="views-row"><a href="/Web/News/2024/12/1556218.html" hreflang="ar">نتنياهو يمثل أمام المحكمة للمرة الأولى في قضايا الفساد</a></div>
<div class="views-row"><a href="/Web/Economics/2024/12/1556201.html" hreflang="ar">التضخم الأميركي يرتفع إلى 2.7 في المئة في نوفمبر</a></div>
</div></div></div></div></div>
  <main role="main"><a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <div id="block-elaph-content" class="block block-system block-system-main-block">
<article data-history-node-id="1556213" role="article" about="/Web/Sports/2024/12/1556213.html" class="node node--type-article node--promoted node--view-mode-full">
  <div class="node__breadcrumb"><a href="/">الرئيسية</a> › <a href="/Web/Sports.html">رياضة</a></div>
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${esc(title)}</span></h1>
  <div class="node__meta"><span class="field field--name-field-source field--type-string">إيلاف من الرياض:</span> <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2024-12-11T17:35:00Z">الأربعاء 11 ديسمبر 2024 - 19:35 GMT</time></span></div>
  <div class="share-links"><ul><li><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=https://elaph.com/Web/Sports/2024/12/1556213.html">Facebook</a></li><li><a class="share-x" href="https://x.com/intent/tweet?url=https://elaph.com/Web/Sports/2024/12/1556213.html">X</a></li><li><a class="share-wa" href="https://wa.me/?text=https://elaph.com/Web/Sports/2024/12/1556213.html">WhatsApp</a></li></ul></div>
  <div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/resources/images/Sports/2024/12/large/1556213_wc2034.jpg" width="900" height="506" alt="شعار ملف السعودية 2034" /><div class="image-caption">احتفالات في الرياض بعد إعلان فوز ملف السعودية باستضافة مونديال 2034 (وزارة الرياضة)</div></div>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${P(paras[0])}
${ra('المغرب وإسبانيا والبرتغال تنال رسمياً تنظيم مونديال 2030','1556190')}
${P(paras[1])}
${tweet('الحمد لله.. المملكة العربية السعودية تستضيف كأس العالم 2034 🇸🇦 فخورون بثقة العالم <a href="https://twitter.com/hashtag/%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9_2034?src=hash&amp;ref_src=twsrc%5Etfw">#السعودية_2034</a> <a href="https://t.co/Xk29fPq1Lm">pic.twitter.com/Xk29fPq1Lm</a>','وزارة الرياضة','MinistryofSport','https://twitter.com/MinistryofSport/status/1866898123456789012','December 11, 2024')}
${P(paras[2])}
${ra('إنفانتينو: دوري روشن أصبح من أقوى الدوريات في العالم','1555874')}
${P(paras[3])}
${tweet('شكراً لكل من آمن بالحلم.. موعدنا 2034 <a href="https://twitter.com/hashtag/%D9%85%D8%B9%D8%A7_%D9%84%D9%84%D8%A7%D8%B3%D8%AA%D8%B6%D8%A7%D9%81%D8%A9?src=hash&amp;ref_src=twsrc%5Etfw">#معا_للاستضافة</a>','الاتحاد السعودي لكرة القدم','saudiFF','https://twitter.com/saudiFF/status/1866901987654321098','December 11, 2024')}
${P(paras[4])}
${ra('15 ملعباً في خمس مدن.. تعرف على ملاعب مونديال السعودية','1556215')}
${P(paras[5])}
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
    </div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">الكلمات المفتاحية</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/8812" hreflang="ar">كأس العالم 2034</a></div><div class="field__item"><a href="/taxonomy/term/412" hreflang="ar">السعودية</a></div><div class="field__item"><a href="/taxonomy/term/977" hreflang="ar">فيفا</a></div></div></div>
  </div>
  <div class="app-promo"><a href="https://elaph.com/app">حمّل تطبيق إيلاف</a> وتابع الأخبار لحظة بلحظة</div>
</article>
<div id="div-gpt-ad-1702203311-1" class="ad-slot ad-mpu"></div>
<div class="views-element-container block block-views block-views-blockrelated-content-block-1"><h2 class="block-title">مواضيع ذات صلة</h2><div class="view view-related-content"><div class="view-content">
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/Web/Sports/2024/12/1556199.html" hreflang="ar">هل تستطيع المملكة إنجاز 11 ملعباً جديداً في عشر سنوات؟</a></span></div><div class="views-field views-field-body"><div class="field-content">خبراء يتحدثون عن تحديات الجدول الزمني وكلفة المشاريع.</div></div></div>
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/Web/Sports/2024/11/1554002.html" hreflang="ar">تقرير فيفا يمنح الملف السعودي أعلى تقييم في التاريخ</a></span></div><div class="views-field views-field-body"><div class="field-content">419.8 نقطة من أصل 500 في التقييم الفني.</div></div></div>
</div></div></div>
        </div>
      </div>
    </div>
    <aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
      <div class="views-element-container block block-views block-views-blockmost-read-block-1"><h2 class="block-title">الأكثر قراءة</h2><div class="view view-most-read"><div class="item-list"><ol>
<li><a href="/Web/News/2024/12/1556088.html">ماذا بعد سقوط الأسد؟ خمسة سيناريوهات لسوريا</a></li>
<li><a href="/Web/Variety/2024/12/1556102.html">نجمة هوليوودية تعلن اعتزالها بعد أربعين عاماً</a></li>
<li><a href="/Web/Economics/2024/12/1556150.html">الذهب يقترب من أعلى مستوى في أسبوعين</a></li>
<li><a href="/Web/Culture/2024/12/1556177.html">جائزة الشيخ زايد للكتاب تعلن قائمتها الطويلة</a></li>
</ol></div></div></div>
    </div></aside>
  </main>
  <footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="footer-menu"><a href="/About.html">من نحن</a> | <a href="/Advertise.html">للإعلان</a> | <a href="/Privacy.html">سياسة الخصوصية</a> | <a href="/Contact.html">اتصل بنا</a></nav><div class="copyright">© 2001 - 2024 جميع الحقوق محفوظة لإيلاف</div></div></footer>
</div>
    </div>
    <script src="/sites/default/files/js/js_3PlWqH2m3TtK7m0yQ7zv3vR8mO6c2s3v0kD2B9y3KxA.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=elaph&amp;include=eJxLzUnMyFRIzUlNz0kFAB8MBPs"></script>
  </body>
</html>`;
emit(id,'Elaph (Drupal 10, lang="en")','2024',title,paras,ex,html);
