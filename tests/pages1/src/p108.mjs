import {emit, esc} from './lib.mjs';
const id='p108-skynewsarabia-amp-jordan-rates';
const title='الأردن يرفع أسعار الفائدة 50 نقطة أساس';
const paras=[
'أعلن البنك المركزي الأردني، الخميس، رفع أسعار الفائدة الرئيسية بمقدار 50 نقطة أساس، في خطوة تأتي بعد ساعات من قرار مماثل لمجلس الاحتياطي الفدرالي الأميركي.',
'وقال البنك في بيان إن القرار يهدف إلى "الحفاظ على جاذبية الموجودات بالدينار وتعزيز الاستقرار النقدي"، مؤكدا أن مستويات الاحتياطيات الأجنبية "مريحة وتغطي مستوردات المملكة لأكثر من سبعة أشهر".',
'ويرتبط الدينار الأردني بالدولار الأميركي منذ عام 1995.',
];
const ex=[
'اقرأ أيضاً',
'المركزي المصري يبقي أسعار الفائدة دون تغيير للمرة الثالثة',
'الأكثر قراءة',
'الفدرالي الأميركي يرفع الفائدة ويلمح إلى مزيد من التشديد',
'ارتفاع أسعار النفط مع تراجع المخزونات الأميركية',
'شارك الخبر',
'حمّل تطبيق سكاي نيوز عربية',
'جميع الحقوق محفوظة لشركة سكاي نيوز عربية',
'عمّان - رويترز',
'مقر البنك المركزي الأردني في عمّان - أرشيفية',
];
const ld={"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.skynewsarabia.com/business/1587412-الأردن-يرفع-أسعار-الفائدة-50-نقطة-أساس"},"headline":title,"image":{"@type":"ImageObject","url":"https://www.skynewsarabia.com/images/v1/2022/12/15/1587412/1200/675/1-1587412.jpg","width":1200,"height":675},"datePublished":"2022-12-15T08:12:00+04:00","dateModified":"2022-12-15T08:12:00+04:00","author":{"@type":"Organization","name":"رويترز"},"publisher":{"@type":"Organization","name":"Sky News Arabia","logo":{"@type":"ImageObject","url":"https://www.skynewsarabia.com/asset/img/amp-logo.png","width":600,"height":60}},"description":paras[0]};
const menu=['الرئيسية','الشرق الأوسط','العالم','اقتصاد','رياضة','علوم وتكنولوجيا','ثقافة وفنون','منوعات','صحة','فيديو','برامج','البث المباشر','قصص مصورة','مونت كارلو الدولية'];
const rel=(h,n,img)=>`<div class="amp-related-item"><a href="https://www.skynewsarabia.com/amp/business/${n}"><amp-img src="https://www.skynewsarabia.com/images/v1/2022/12/${img}/${n}/320/180/1-${n}.jpg" width="320" height="180" layout="responsive" alt="${h}"></amp-img><h3 class="amp-related-title">${h}</h3></a></div>`;
const html=`<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>
<title>${esc(title)} | سكاي نيوز عربية</title>
<link rel="canonical" href="https://www.skynewsarabia.com/business/1587412-الأردن-يرفع-أسعار-الفائدة-50-نقطة-أساس">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="${esc(paras[0])}">
<meta name="keywords" content="البنك المركزي الأردني,أسعار الفائدة,الأردن,الفدرالي الأميركي">
<meta property="og:site_name" content="سكاي نيوز عربية">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(title)}">
<meta property="og:description" content="${esc(paras[0])}">
<meta property="og:image" content="https://www.skynewsarabia.com/images/v1/2022/12/15/1587412/1200/675/1-1587412.jpg">
<meta property="og:url" content="https://www.skynewsarabia.com/business/1587412">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@skynewsarabia">
<meta property="article:published_time" content="2022-12-15T08:12:00+04:00">
<meta property="article:section" content="اقتصاد">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"الرئيسية","item":"https://www.skynewsarabia.com/"},{"@type":"ListItem","position":2,"name":"اقتصاد","item":"https://www.skynewsarabia.com/business"}]}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>
<style amp-custom>
@font-face{font-family:'SkyArabic';src:url('https://www.skynewsarabia.com/asset/fonts/SkyArabic-Regular.woff2') format('woff2');font-display:swap}
body{font-family:'SkyArabic',Tahoma,sans-serif;background:#fff;color:#222;margin:0}
.amp-header{background:#0c1c3e;height:56px;display:flex;align-items:center;justify-content:space-between;padding:0 12px}
.amp-header .hamburger{color:#fff;font-size:24px;background:none;border:0}
.amp-breaking{background:#c4161c;color:#fff;padding:6px 12px;font-size:14px}
.amp-breaking b{margin-left:8px}
.amp-article{padding:0 14px}
.amp-article-title{font-size:26px;line-height:1.5;margin:14px 0 8px}
.amp-article-meta{color:#777;font-size:13px}
.amp-article-body p{font-size:18px;line-height:1.9}
.amp-read-also{border-right:4px solid #0c1c3e;background:#f3f5f9;padding:10px;margin:16px 0}
.amp-read-also span{display:block;font-weight:700;color:#0c1c3e}
.amp-related h2,.amp-mostread h2{font-size:20px;border-bottom:2px solid #0c1c3e}
.amp-related-title{font-size:16px;margin:6px 0 14px}
.amp-footer{background:#0c1c3e;color:#cfd6e6;padding:20px;font-size:13px;text-align:center}
.amp-tags a{display:inline-block;background:#eef;padding:3px 8px;margin:2px;border-radius:3px;color:#0c1c3e;text-decoration:none}
.ad-container{text-align:center;margin:16px 0;min-height:250px;background:#fafafa}
</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"UA-31424567-1","config":{"UA-31424567-1":{"groups":"default"}}}}</script></amp-analytics>
<amp-analytics type="comscore"><script type="application/json">{"vars":{"c2":"18827442"}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="right">
<button class="close-sidebar" on="tap:sidebar.close">✕</button>
<ul class="amp-sidebar-menu">
${menu.map((m,i)=>`<li><a href="https://www.skynewsarabia.com/${['','middle-east','world','business','sport','technology','varieties','varieties','health','video','program','live','stories','mcd'][i]}">${m}</a></li>`).join('\n')}
</ul>
</amp-sidebar>
<header class="amp-header">
<button class="hamburger" on="tap:sidebar.toggle" aria-label="القائمة">☰</button>
<a href="https://www.skynewsarabia.com/amp"><amp-img src="https://www.skynewsarabia.com/asset/img/amp-logo-white.png" width="150" height="30" alt="سكاي نيوز عربية"></amp-img></a>
<a class="live-btn" href="https://www.skynewsarabia.com/live-stream">البث المباشر</a>
</header>
<div class="amp-breaking"><b>عاجل</b><a href="https://www.skynewsarabia.com/amp/world/1587420">الكرملين: لا خطط حاليا لإجراء محادثات بين بوتين وبايدن</a></div>
<div class="ad-container"><amp-ad width="320" height="100" type="doubleclick" data-slot="/7229/SNA_AMP/Business/Top_320x100" data-multi-size="320x50" rtc-config='{"vendors":{"aps":{"PUB_ID":"3158","PARAMS":{"amp":"1"}}}}'><div fallback></div></amp-ad></div>
<main class="amp-article">
<div class="amp-breadcrumb"><a href="https://www.skynewsarabia.com/amp">الرئيسية</a> / <a href="https://www.skynewsarabia.com/amp/business">اقتصاد</a></div>
<h1 class="amp-article-title">${esc(title)}</h1>
<div class="amp-article-meta"><span class="amp-article-source">عمّان - رويترز</span> <time datetime="2022-12-15T08:12:00+04:00">نشر في: 15 ديسمبر 2022 - 08:12 صباحاً بتوقيت أبوظبي</time></div>
<div class="amp-share"><span class="amp-share-label">شارك الخبر</span>
<amp-social-share type="facebook" width="32" height="32" data-param-app_id="1524637684504418"></amp-social-share>
<amp-social-share type="twitter" width="32" height="32"></amp-social-share>
<amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>
<amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<figure class="amp-article-image"><amp-img src="https://www.skynewsarabia.com/images/v1/2022/12/15/1587412/800/450/1-1587412.jpg" width="800" height="450" layout="responsive" alt="البنك المركزي الأردني"></amp-img><figcaption>مقر البنك المركزي الأردني في عمّان - أرشيفية</figcaption></figure>
<div class="amp-article-body">
<p>${esc(paras[0])}</p>
<p>${esc(paras[1])}</p>
<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick" data-slot="/7229/SNA_AMP/Business/InArticle_300x250" data-loading-strategy="prefer-viewability-over-views"><div placeholder></div></amp-ad></div>
<div class="amp-read-also"><span>اقرأ أيضاً</span><a href="https://www.skynewsarabia.com/amp/business/1587389">المركزي المصري يبقي أسعار الفائدة دون تغيير للمرة الثالثة</a></div>
<p>${esc(paras[2])}</p>
</div>
<div class="amp-tags"><a href="https://www.skynewsarabia.com/topic/7421-البنك-المركزي-الأردني">البنك المركزي الأردني</a><a href="https://www.skynewsarabia.com/topic/1042-أسعار-الفائدة">أسعار الفائدة</a><a href="https://www.skynewsarabia.com/topic/281-الأردن">الأردن</a></div>
<div class="amp-app-prompt"><a href="https://skynewsarabia.page.link/app">حمّل تطبيق سكاي نيوز عربية</a> لمتابعة آخر الأخبار العاجلة</div>
<section class="amp-related"><h2>أخبار ذات صلة</h2>
${rel('الفدرالي الأميركي يرفع الفائدة ويلمح إلى مزيد من التشديد','1587301','14')}
${rel('السعودية والإمارات وقطر ترفع الفائدة بعد قرار الفدرالي','1587355','14')}
${rel('صندوق النقد يتوقع نمو الاقتصاد الأردني 2.7% العام المقبل','1586120','08')}
</section>
<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick" data-slot="/7229/SNA_AMP/Business/Bottom_300x250"></amp-ad></div>
<section class="amp-mostread"><h2>الأكثر قراءة</h2><ol>
<li><a href="https://www.skynewsarabia.com/amp/business/1587290">ارتفاع أسعار النفط مع تراجع المخزونات الأميركية</a></li>
<li><a href="https://www.skynewsarabia.com/amp/sport/1587398">مونديال 2022.. الأرجنتين وفرنسا في النهائي</a></li>
<li><a href="https://www.skynewsarabia.com/amp/world/1587377">الاتحاد الأوروبي يتفق على حزمة عقوبات تاسعة ضد روسيا</a></li>
<li><a href="https://www.skynewsarabia.com/amp/technology/1587301">ماسك يبيع أسهما جديدة في تسلا بـ3.6 مليار دولار</a></li>
</ol></section>
</main>
<footer class="amp-footer">
<amp-img src="https://www.skynewsarabia.com/asset/img/amp-logo-white.png" width="120" height="24" alt="سكاي نيوز عربية"></amp-img>
<nav><a href="https://www.skynewsarabia.com/about-us">من نحن</a> | <a href="https://www.skynewsarabia.com/terms">شروط الاستخدام</a> | <a href="https://www.skynewsarabia.com/privacy-policy">سياسة الخصوصية</a> | <a href="https://www.skynewsarabia.com/contact-us">اتصل بنا</a></nav>
<p>© 2022 جميع الحقوق محفوظة لشركة سكاي نيوز عربية</p>
<a href="https://www.skynewsarabia.com/business/1587412?ampfull=1">عرض النسخة الكاملة</a>
</footer>
</body>
</html>`;
emit(id,'Sky News Arabia AMP','2022',title,paras,ex,html);
