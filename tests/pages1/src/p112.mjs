import {emit, esc} from './lib.mjs';
const id='p112-almashhadalyemeni-home';
let n=318400;
const item=(h,l,cat,big)=>{n+=37;return `<li class="post-item ${big?'is-first-post ':''}tie-standard">
<a href="https://www.almashhadalyemeni.net/${n}" class="post-thumb"><img width="${big?390:220}" height="${big?220:150}" src="https://www.almashhadalyemeni.net/wp-content/uploads/2024/03/${n}-${big?390:220}x${big?220:150}.jpg" class="attachment-jannah-image-${big?'large':'small'} tie-small-image wp-post-image" alt="" loading="lazy" /></a>
<div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">منذ ${1+(n%9)} ساعات</span></div>
<h2 class="post-title"><a href="https://www.almashhadalyemeni.net/${n}">${esc(h)}</a></h2>
${l?`<p class="post-excerpt">${esc(l)}</p>`:''}</div></li>`};
const block=(title,cat,items,cls='big-post-left-box')=>`<div id="tie-block_${n%9000}" class="mag-box ${cls} has-first-big-post" data-current="1"><div class="container-wrapper">
<div class="mag-box-title the-global-title"><h3><a href="https://www.almashhadalyemeni.net/category/${cat[2]}">${title}</a></h3><div class="tie-alignleft"><div class="mag-box-options"><a class="block-more-button" href="https://www.almashhadalyemeni.net/category/${cat[2]}">المزيد</a></div></div></div>
<div class="mag-box-container clearfix"><ul class="posts-items posts-list-container">
${items.map((x,i)=>item(x[0],x[1],cat,i==0)).join('\n')}
</ul><div class="clearfix"></div></div></div></div>`;
const C={local:['محليات',2,'local'],pol:['سياسة',3,'politics'],eco:['اقتصاد',4,'economy'],arab:['عربي ودولي',5,'world'],sport:['رياضة',6,'sport'],op:['مقالات',7,'articles'],health:['صحة',8,'health']};
const slides=[
['الحكومة تعلن خطة طارئة لإنقاذ العملة بعد تراجع الريال إلى مستوى قياسي في عدن','اجتماع استثنائي لمجلس الوزراء يقر حزمة إجراءات تشمل ضبط الاستيراد وترشيد الإنفاق'],
['المبعوث الأممي يصل الرياض في جولة جديدة لإحياء خارطة الطريق','غروندبرغ يلتقي مسؤولين سعوديين وعمانيين لبحث تثبيت الهدنة وصرف المرتبات'],
['انقطاع الكهرباء يتجاوز 14 ساعة يومياً في عدن مع بدء موجة الحر','احتجاجات في أحياء المنصورة والشيخ عثمان والمؤسسة تعزو الأزمة إلى نفاد الوقود'],
['منتخب الشباب يتأهل إلى نهائيات كأس آسيا بعد فوز مثير على البحرين','هدف في الوقت بدل الضائع يمنح اليمن بطاقة العبور للمرة الثالثة في تاريخه'],
];
const blocks=[
['محليات',C.local,[
['محافظ تعز يفتتح مشروع مياه يخدم 40 ألف نسمة في جبل صبر','المشروع ممول من البنك الدولي ويشمل شبكة أنابيب بطول 18 كيلومتراً وخزانين رئيسيين'],
['سيول جارفة تقطع طريق صنعاء - الحديدة وتحاصر عشرات المسافرين','فرق الدفاع المدني تواصل جهودها لفتح الطريق وسط توقعات بهطول أمطار غزيرة'],
['مأرب: ضبط شحنة مخدرات قادمة عبر الصحراء','الأجهزة الأمنية تعلن القبض على ثلاثة متهمين بعد مطاردة استمرت ساعات'],
['جامعة عدن تعلن نتائج القبول في كلية الطب','المفاضلة شملت أكثر من ستة آلاف متقدم وقُبل منهم 320 طالباً وطالبة'],
['حضرموت: مطالبات بتحسين خدمات مستشفى المكلا العام','نقابة الأطباء تحذر من نقص حاد في الأدوية والمستلزمات الجراحية'],
]],
['سياسة',C.pol,[
['مجلس القيادة الرئاسي يعقد اجتماعاً موسعاً لمناقشة الوضع الاقتصادي والعسكري','رئيس المجلس يدعو إلى توحيد الجهود ومواجهة التحديات في ظل استمرار التصعيد في البحر الأحمر'],
['وزير الخارجية يبحث مع نظيره الأردني ملف الأسرى والمختطفين','لقاء على هامش اجتماعات الجامعة العربية في القاهرة'],
['الحوثيون يعلنون استهداف سفينة تجارية في خليج عدن','واشنطن تقول إن السفينة لم تتعرض لأضرار جسيمة'],
['البرلمان يطالب الحكومة بتقديم تقرير عن إيرادات الموانئ','جلسة ساخنة في سيئون تشهد انتقادات لأداء الوزارات الخدمية'],
]],
['اقتصاد',C.eco,[
['البنك المركزي في عدن يطرح مزاداً جديداً لبيع 30 مليون دولار','المزاد الخامس عشر منذ بداية العام يهدف إلى تغطية واردات السلع الأساسية'],
['ارتفاع أسعار القمح والدقيق بنسبة 12% في الأسواق المحلية','تجار يرجعون الزيادة إلى ارتفاع كلفة الشحن والتأمين البحري'],
['صادرات البن اليمني تسجل رقماً قياسياً في الموسم الأخير','الطلب يتزايد في أسواق اليابان والخليج على البن الخولاني والحرازي'],
['تحويلات المغتربين تتراجع خلال الربع الأول','تقرير مصرفي يرصد انخفاضاً بنحو 8 في المئة مقارنة بالعام الماضي'],
]],
['عربي ودولي',C.arab,[
['مجلس الأمن يمدد ولاية بعثة الأمم المتحدة لدعم اتفاق الحديدة','القرار صدر بالإجماع ويمدد عمل البعثة حتى يوليو من العام المقبل'],
['السعودية تستضيف اجتماعاً خليجياً لبحث أمن الملاحة في البحر الأحمر','وزراء الخارجية يناقشون تداعيات الهجمات على حركة التجارة العالمية'],
['الأمم المتحدة: 18 مليون يمني بحاجة إلى مساعدات غذائية هذا العام','برنامج الأغذية العالمي يحذر من تقليص الحصص بسبب نقص التمويل'],
['مصر: قناة السويس تخسر نصف إيراداتها منذ بداية الأزمة','رئيس هيئة القناة يتحدث عن تراجع عدد السفن العابرة'],
]],
['رياضة',C.sport,[
['أهلي صنعاء يتوج بكأس الرئيس بعد الفوز على وحدة عدن بركلات الترجيح','المباراة أقيمت على ملعب الظرافي وسط حضور جماهيري كبير'],
['اتحاد الكرة يعلن قائمة المنتخب الأول لتصفيات كأس العالم','المدرب يستدعي خمسة لاعبين محترفين في الدوري العماني'],
['لاعب يمني ينضم إلى نادٍ سعودي في دوري الدرجة الأولى','صفقة انتقال حر لمدة موسمين'],
]],
];
const menu=['الرئيسية','أخبار محلية','سياسة','اقتصاد','عربي ودولي','رياضة','مقالات','حوارات','تقارير','منوعات','صحة','تكنولوجيا','فيديو','كاريكاتير'];
const html=`<!DOCTYPE html>
<html dir="rtl" lang="ar" class="" data-skin="light">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>المشهد اليمني - موقع إخباري يمني مستقل</title>
	<meta name="description" content="المشهد اليمني موقع إخباري يمني مستقل يقدم آخر الأخبار المحلية والعربية والدولية على مدار الساعة" />
	<link rel="canonical" href="https://www.almashhadalyemeni.net/" />
	<meta property="og:locale" content="ar_AR" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="المشهد اليمني" />
	<meta property="og:description" content="موقع إخباري يمني مستقل" />
	<meta property="og:url" content="https://www.almashhadalyemeni.net/" />
	<meta property="og:site_name" content="المشهد اليمني" />
	<meta property="og:image" content="https://www.almashhadalyemeni.net/wp-content/uploads/2021/05/logo-og.png" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","@id":"https://www.almashhadalyemeni.net/","url":"https://www.almashhadalyemeni.net/","name":"المشهد اليمني","isPartOf":{"@id":"https://www.almashhadalyemeni.net/#website"},"inLanguage":"ar"},{"@type":"WebSite","@id":"https://www.almashhadalyemeni.net/#website","url":"https://www.almashhadalyemeni.net/","name":"المشهد اليمني","potentialAction":[{"@type":"SearchAction","target":{"@type":"EntryPoint","urlTemplate":"https://www.almashhadalyemeni.net/?s={search_term_string}"},"query-input":"required name=search_term_string"}],"inLanguage":"ar"}]}</script>
	<link rel='stylesheet' id='tie-css-base-css' href='https://www.almashhadalyemeni.net/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.4' type='text/css' media='all' />
	<link rel='stylesheet' id='tie-css-styles-css' href='https://www.almashhadalyemeni.net/wp-content/themes/jannah/assets/css/style.min.css?ver=7.1.4' type='text/css' media='all' />
	<link rel='stylesheet' id='tie-css-widgets-css' href='https://www.almashhadalyemeni.net/wp-content/themes/jannah/assets/css/widgets.min.css?ver=7.1.4' type='text/css' media='all' />
	<style id='tie-css-styles-inline-css' type='text/css'>.brand-title,a:hover,.tie-popup-search-submit,#logo.text-logo a,.theme-header nav .components #search-submit:hover{color:#b5121b;}#tie-wrapper .mag-box-title h3 a,.breaking .breaking-title{background-color:#b5121b;color:#fff;}</style>
	<script type='text/javascript' src='https://www.almashhadalyemeni.net/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
	<script type="text/javascript">var tie = {"is_rtl":"1","ajaxurl":"https:\\/\\/www.almashhadalyemeni.net\\/wp-admin\\/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","type_to_search":"","lang_no_results":"\\u0644\\u0627 \\u062a\\u0648\\u062c\\u062f \\u0646\\u062a\\u0627\\u0626\\u062c","breaking_news_type":"reveal"};</script>
	<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-8861042201137725" crossorigin="anonymous"></script>
</head>
<body id="tie-body" class="rtl home page-template-default page page-id-2 wrapper-has-shadow block-head-4 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad has-builder hide_share_post_top hide_share_post_bottom">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="الشريط العلوي"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">الأحد 17 مارس 2024</div>
<div class="tie-alignright"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">عاجل</span></span>
<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">
<li class="news-item"><a href="https://www.almashhadalyemeni.net/318399">غارات أمريكية بريطانية تستهدف مواقع في الحديدة وصعدة</a></li>
<li class="news-item"><a href="https://www.almashhadalyemeni.net/318398">الريال اليمني يسجل 1650 أمام الدولار في عدن</a></li>
<li class="news-item"><a href="https://www.almashhadalyemeni.net/318396">وصول دفعة جديدة من المنحة السعودية للمشتقات النفطية</a></li>
<li class="news-item"><a href="https://www.almashhadalyemeni.net/318391">إعلان نتائج الثانوية العامة الأسبوع المقبل</a></li>
</ul></div></div>
<div class="tie-alignleft"><ul class="components"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/almashhadalyemeni"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">فيسبوك</span></a></li><li class="social-icons-item"><a class="social-link twitter-social-icon" rel="external noopener nofollow" target="_blank" href="https://twitter.com/almashhadye"><span class="tie-social-icon tie-icon-twitter"></span><span class="screen-reader-text">X</span></a></li><li class="social-icons-item"><a class="social-link telegram-social-icon" rel="external noopener nofollow" target="_blank" href="https://t.me/almashhadalyemeni"><span class="tie-social-icon tie-icon-paper-plane"></span><span class="screen-reader-text">تيلقرام</span></a></li></ul></div>
</div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo" style="margin-top: 20px; margin-bottom: 20px;"><a title="المشهد اليمني" href="https://www.almashhadalyemeni.net/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="https://www.almashhadalyemeni.net/wp-content/uploads/2021/05/logo.png" alt="المشهد اليمني" width="300" height="80" /></picture></a><h1 class="h1-off">المشهد اليمني</h1></div></div></div>
<div class="container stream-item stream-item-top-wrapper"><div class="stream-item-top"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-8861042201137725" data-ad-slot="2297115530"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="القائمة الرئيسية"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu" role="menubar">
${menu.map((m,i)=>`<li id="menu-item-${40+i}" class="menu-item menu-item-type-${i?'taxonomy':'custom'} menu-item-object-${i?'category':'custom'}${i==0?' current-menu-item current_page_item menu-item-home tie-current-menu':''} menu-item-${40+i}"><a href="https://www.almashhadalyemeni.net/${i?'category/c'+i:''}">${m}</a></li>`).join('\n')}
</ul></div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<section id="tie-block_1471" class="slider-area mag-box"><div class="slider-area-inner"><div id="tie-main-slider-1-block_1471" class="tie-main-slider main-slider boxed-slider boxed-five-slides-slider slider-in-container tie-slick-slider-wrapper" data-slider-id="1" data-speed="3000"><div class="main-slider-inner"><div class="container slider-main-container"><div class="tie-slick-slider">
${slides.map((s,i)=>{n+=11;return `<div style="background-image: url(https://www.almashhadalyemeni.net/wp-content/uploads/2024/03/${n}.jpg)" class="slide slide-id-${n} tie-slide-${i+1} tie-standard"><a href="https://www.almashhadalyemeni.net/${n}" class="all-over-thumb-link" aria-label="${esc(s[0])}"></a><div class="thumb-overlay"><span class="post-cat-wrap"><span class="post-cat tie-cat-2">أخبار محلية</span></span><div class="thumb-content"><div class="thumb-meta"><span class="date meta-item tie-icon">منذ ساعتين</span></div><h2 class="thumb-title"><a href="https://www.almashhadalyemeni.net/${n}">${esc(s[0])}</a></h2><div class="thumb-desc">${esc(s[1])}</div></div></div></div>`}).join('\n')}
</div></div></div></div></div></section>
${blocks.slice(0,3).map(b=>block(...b)).join('\n')}
<div class="stream-item stream-item-between"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-8861042201137725" data-ad-slot="6630125590" data-ad-format="auto"></ins></div>
${blocks.slice(3).map(b=>block(b[0],b[1],b[2],'mini-posts-box')).join('\n')}
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية الرئيسية"><div class="theiaStickySidebar">
<div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">الأكثر قراءة</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container posts-list-counter"><ul class="posts-list-items widget-posts-wrapper">
${['فيديو متداول يكشف لحظة انهيار مبنى في صنعاء القديمة','قرار مفاجئ من البنك المركزي بشأن شركات الصرافة','تعرف على أسعار الذهب في صنعاء وعدن اليوم','وفاة فنان يمني شهير بعد صراع مع المرض','عاجل: تعيين محافظ جديد لمحافظة شبوة'].map(h=>{n+=5;return `<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body no-small-thumbs"><a class="post-title the-subtitle" href="https://www.almashhadalyemeni.net/${n}">${h}</a><div class="post-meta"><span class="date meta-item tie-icon">منذ يوم واحد</span></div></div></li>`}).join('\n')}
</ul></div></div><div class="clearfix"></div></div>
<div id="posts-list-widget-5" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">مقالات الرأي</div></div><ul class="posts-list-items">
${[['عن الريال الذي يسقط كل صباح','عبدالله الصنعاني'],['البحر الأحمر وحسابات الربح والخسارة','نادية الحكيمي'],['ماذا تبقى من اتفاق الرياض؟','فيصل المقطري']].map(([h,a])=>{n+=3;return `<li class="widget-single-post-item"><a class="post-title the-subtitle" href="https://www.almashhadalyemeni.net/${n}">${h}</a><span class="meta-author meta-item">${a}</span></li>`}).join('\n')}
</ul></div>
<div id="custom_html-2" class="widget_text container-wrapper widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="newsletter-widget"><h4>تابعنا على تيليجرام</h4><p>احصل على الأخبار العاجلة فور حدوثها</p><a href="https://t.me/almashhadalyemeni" class="button">اشترك الآن</a></div></div></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container"><div class="footer-widget-area"><div class="widget"><div class="widget-title the-global-title"><div class="the-subtitle">عن الموقع</div></div><div class="textwidget"><p>المشهد اليمني موقع إخباري مستقل يهتم بالشأن اليمني والعربي والدولي.</p></div></div></div></div></div>
<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">جميع الحقوق محفوظة © 2024 المشهد اليمني</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="https://www.almashhadalyemeni.net/about">من نحن</a></li><li class="menu-item"><a href="https://www.almashhadalyemeni.net/privacy">سياسة الخصوصية</a></li><li class="menu-item"><a href="https://www.almashhadalyemeni.net/contact">اتصل بنا</a></li></ul></div></div></div></div></div>
</footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">زر الذهاب إلى الأعلى</span></a>
</div></div></div>
<script type='text/javascript' src='https://www.almashhadalyemeni.net/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.4' id='tie-scripts-js'></script>
<script type='text/javascript' src='https://www.almashhadalyemeni.net/wp-content/themes/jannah/assets/js/sliders.min.js?ver=7.1.4' id='tie-js-sliders-js'></script>
<script type='text/javascript' src='https://www.almashhadalyemeni.net/wp-content/themes/jannah/assets/js/breaking-news.min.js?ver=7.1.4' id='tie-js-breaking-js'></script>
</body>
</html>`;
emit(id,null,null,null,null,null,html);
