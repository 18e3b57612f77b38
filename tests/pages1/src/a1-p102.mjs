import { writePage } from './a1-lib.mjs';
const id = 'p102-aawsat-saudi-nonoil-exports';
const title = 'الصادرات السعودية غير النفطية ترتفع 22 % في الربع الثالث';
const paras = [
  'سجلت الصادرات السعودية غير النفطية ارتفاعاً بنسبة 22.4 في المائة خلال الربع الثالث من العام الحالي مقارنة بالفترة ذاتها من العام الماضي، لتبلغ نحو 61.3 مليار ريال (16.3 مليار دولار)، وفق بيانات أصدرتها الهيئة العامة للإحصاء أمس.',
  'وأظهرت البيانات أن منتجات الصناعات الكيماوية واللدائن استحوذت على الحصة الأكبر من الصادرات غير النفطية، تلتها المعادن العادية ومصنوعاتها، فيما جاءت الصين والإمارات والهند في مقدمة الدول المستوردة.',
  'وقال وزير الاقتصاد والتخطيط محمد التويجري إن النتائج «تعكس نجاح برامج التنويع الاقتصادي ضمن رؤية المملكة 2030»، مؤكداً أن الحكومة ماضية في تحسين بيئة الأعمال وتسهيل إجراءات التصدير أمام المنشآت الصغيرة والمتوسطة.',
  'من جهته، أوضح الأمين العام لهيئة تنمية الصادرات السعودية صالح السلمي أن الهيئة تستهدف رفع مساهمة الصادرات غير النفطية في الناتج المحلي غير النفطي من 16 في المائة إلى 50 في المائة بحلول 2030.',
  'ويرى اقتصاديون أن تعافي أسعار البتروكيماويات عالمياً أسهم بقدر كبير في هذا النمو، داعين إلى توسيع قاعدة السلع المصدرة لتشمل المنتجات الغذائية والدوائية.',
];
const comments = [
  ['أبو فيصل', '11/20/2018 - 07:42', 'خبر جميل ويبشر بالخير، لكن يا جماعة لازم نفرق بين الصادرات اللي تعتمد على البتروكيماويات وبين الصادرات الحقيقية من صناعات مستقلة. أغلب الرقم جاي من سابك وأخواتها، يعني لو نزلت أسعار النفط بكرة بتنزل الصادرات معها. المطلوب دعم المصانع الصغيرة في المدن الصناعية، وأنا أعرف أصحاب مصانع في الدمام يعانون من الرسوم على العمالة وارتفاع الكهرباء، وبعضهم قفل خطوط الإنتاج في الصيف الماضي.'],
  ['سارة العتيبي', '11/20/2018 - 09:15', 'أتفق مع الأخ أبو فيصل جزئياً. الرسوم فعلاً أثرت على المصانع، لكن في نفس الوقت برامج مثل «صنع في السعودية» والتمويل من بنك التصدير بدأت تعطي نتائج. أنا أشتغل في شركة تغليف وصدرنا هذي السنة لأول مرة إلى الأردن ومصر وكينيا، والإجراءات الجمركية صارت أسرع بكثير من قبل سنتين. المشكلة الوحيدة عندنا هي الشحن البحري وتكلفته العالية مقارنة بالمنافسين في تركيا والإمارات.'],
  ['عبدالله م.', '11/20/2018 - 10:03', 'الأرقام بالريال جميلة لكن ليت الصحيفة تنشر الأرقام بالكميات أيضاً، لأن ارتفاع الأسعار العالمية يضخم النسبة. لو قارنا بالأطنان ممكن نلقى النمو أقل بكثير من 22 في المائة. ثم إن الربع الثالث من العام الماضي كان ضعيفاً أصلاً بسبب الصيانة في بعض المصانع، فالمقارنة معه ليست عادلة تماماً. نحتاج بيانات سنوية كاملة قبل الحكم.'],
  ['مواطن من جدة', '11/20/2018 - 12:28', 'كل هذا كلام حلو، بس وين الوظائف للشباب؟ المصانع اللي تصدر أغلب موظفيها من الخارج، والشاب السعودي خريج الهندسة يدور شغل سنة وسنتين. إذا ما انعكس نمو الصادرات على التوظيف والرواتب فما استفدنا شي. أتمنى الوزارة تربط الحوافز والإعفاءات بنسب السعودة الحقيقية مو الوهمية اللي نشوفها في بعض الشركات.'],
  ['د. خالد الزهراني', '11/20/2018 - 14:51', 'من الناحية الاقتصادية، التنويع يحتاج وقتاً طويلاً، وتجارب دول مثل ماليزيا وكوريا الجنوبية أخذت عقوداً. المهم هو الاستمرارية في السياسات وعدم تغييرها كل سنة، والاستثمار في التعليم الفني والتدريب المهني، وتطوير الموانئ والخدمات اللوجستية. وأرى أن قطاع التعدين، خاصة الفوسفات والألمنيوم، هو الأمل الحقيقي للسنوات القادمة إلى جانب الصناعات الدوائية والغذائية التي ذكرها المقال.'],
  ['ريم', '11/21/2018 - 08:06', 'شكراً للشرق الأوسط على التغطية، وياليت تعملون تقريراً مفصلاً عن المنتجات الغذائية المصدرة، لأن عندنا تمور ومنتجات ألبان ممتازة وتصل أسواق أوروبا وآسيا. أختي عندها مشروع تمور في القصيم وتحاول تصدر لكن تواجه صعوبات في شهادات الجودة والتغليف والتسويق الإلكتروني، ومحتاجين جهة واحدة ترشد أصحاب المشاريع الصغيرة خطوة بخطوة بدل التنقل بين عشر جهات حكومية.'],
];
const most = ['«أرامكو» توقع اتفاقيات بقيمة 34 مليار دولار مع شركات عالمية', 'الريال السعودي عند أعلى مستوياته في أسواق العقود الآجلة منذ عام', 'مصر: ارتفاع الاحتياطي الأجنبي إلى 44.5 مليار دولار', 'أسعار النفط تتراجع لأدنى مستوى في عام وسط مخاوف التخمة', 'الحكومة اللبنانية... العقد تراوح مكانها'];
const P = (s) => `<p>${s}</p>`;
const html = `<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://aawsat.com/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="سجلت الصادرات السعودية غير النفطية ارتفاعاً بنسبة 22.4 في المائة خلال الربع الثالث من العام الحالي" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="https://aawsat.com/home/article/1469876/الصادرات-السعودية-غير-النفطية-ترتفع-22-في-الربع-الثالث" />
<link rel="shortlink" href="https://aawsat.com/node/1469876" />
<meta property="og:site_name" content="الشرق الأوسط" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://aawsat.com/home/article/1469876" />
<meta property="og:title" content="الصادرات السعودية غير النفطية ترتفع 22 % في الربع الثالث" />
<meta property="og:image" content="https://aawsat.com/sites/default/files/styles/article_img_top/public/2018/11/20/jeddah-port.jpg" />
<meta property="article:published_time" content="2018-11-20T03:30:00+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@aawsat_News" />
<title>الصادرات السعودية غير النفطية ترتفع 22 % في الربع الثالث | الشرق الأوسط</title>
<style type="text/css" media="all">@import url("https://aawsat.com/modules/system/system.base.css?pi8x2k");@import url("https://aawsat.com/sites/all/modules/views/css/views.css?pi8x2k");@import url("https://aawsat.com/sites/all/themes/aawsat/css/style.css?pi8x2k");</style>
<script type="text/javascript" src="https://aawsat.com/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://aawsat.com/misc/drupal.js?pi8x2k"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"aawsat","theme_token":"Qh3m2Jd9xV0sLk"},"googleanalytics":{"trackOutbound":1},"dfp":{"slug":"node\\/1469876"}});
//--><!]]>
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"الصادرات السعودية غير النفطية ترتفع 22 % في الربع الثالث","datePublished":"2018-11-20T03:30:00+03:00","author":{"@type":"Organization","name":"الشرق الأوسط"},"publisher":{"@type":"Organization","name":"الشرق الأوسط","logo":{"@type":"ImageObject","url":"https://aawsat.com/sites/all/themes/aawsat/logo.png"}},"articleSection":"الاقتصاد"}</script>
<script async='async' src='https://www.googletagservices.com/tag/js/gpt.js'></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-1469876 node-type-article i18n-ar" >
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="الرئيسية" rel="home" id="logo"><img src="https://aawsat.com/sites/all/themes/aawsat/logo.png" alt="الشرق الأوسط" /></a>
<div class="region region-header"><div id="block-block-12" class="block block-block"><div class="content"><span class="today-date">الثلاثاء - 12 شهر ربيع الأول 1440 هـ - 20 نوفمبر 2018 مـ - رقم العدد [14603]</span></div></div>
<div id="block-search-form" class="block block-search"><div class="content"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">Search form</h2><div class="form-item form-type-textfield form-item-search-block-form"><input title="أدخل الكلمات التي تريد البحث عنها." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="بحث" class="form-submit" /></div></div></div></form></div></div></div>
</div></div>
<div id="navigation"><div class="section"><ul class="menu"><li class="first leaf"><a href="/">الرئيسية</a></li><li class="leaf"><a href="/home/international/section/arab-world">العالم العربي</a></li><li class="leaf"><a href="/home/international/section/gulf">الخليج</a></li><li class="leaf"><a href="/home/international/section/world-news">العالم</a></li><li class="leaf active-trail"><a href="/home/international/section/economy" class="active-trail">الاقتصاد</a></li><li class="leaf"><a href="/home/international/section/opinion">الرأي</a></li><li class="leaf"><a href="/home/international/section/culture">ثقافة وفنون</a></li><li class="leaf"><a href="/home/international/section/sports">رياضة</a></li><li class="leaf"><a href="/home/international/section/tech">تكنولوجيا</a></li><li class="leaf"><a href="/home/international/section/health">صحتك</a></li><li class="leaf"><a href="/home/international/section/travel">سفر وسياحة</a></li><li class="leaf"><a href="/home/international/section/cars">سيارات</a></li><li class="leaf"><a href="/home/international/section/caricature">كاريكاتير</a></li><li class="last leaf"><a href="/pdf-issue">النسخة الورقية</a></li></ul></div></div>
<div id="block-views-breaking-news-block" class="block block-views breaking"><div class="content"><div class="view view-breaking-news view-id-breaking_news view-display-id-block"><div class="view-header">عاجل</div><div class="view-content"><div class="views-row views-row-1 views-row-odd views-row-first"><span class="field-content">مجلس الوزراء السعودي يقر ميزانية الربع الأول</span></div><div class="views-row views-row-2 views-row-even views-row-last"><span class="field-content">وزير الطاقة: أوبك ستفعل ما يلزم لتحقيق التوازن في السوق</span></div></div></div></div></div>
<div id="block-dfp-leaderboard" class="block block-dfp"><div class="content"><div id="dfp-ad-leaderboard-wrapper" class="dfp-tag-wrapper"><div id="dfp-ad-leaderboard" class="dfp-tag-wrapper"><script type="text/javascript">googletag.cmd.push(function(){googletag.display("dfp-ad-leaderboard");});</script></div></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-1469876" class="node node-article node-promoted clearfix" about="/home/article/1469876" typeof="sioc:Item foaf:Document">
<div class="node-section-title"><a href="/home/international/section/economy">الاقتصاد</a></div>
<h1 class="title node-title" property="dc:title">${title}</h1>
<div class="field field-name-field-subtitle field-type-text field-label-hidden"><div class="field-items"><div class="field-item even"><h2>بيانات رسمية تظهر تقدم الكيماويات واللدائن... والصين في مقدمة المستوردين</h2></div></div></div>
<div class="submitted"><span property="dc:date dc:created" content="2018-11-20T03:30:00+03:00" datatype="xsd:dateTime">الثلاثاء - 12 شهر ربيع الأول 1440 هـ - 20 نوفمبر 2018 مـ رقم العدد [ 14603]</span></div>
<div class="share-this"><ul class="social-share"><li class="fb"><a href="https://www.facebook.com/sharer/sharer.php?u=https://aawsat.com/node/1469876">فيسبوك</a></li><li class="tw"><a href="https://twitter.com/intent/tweet?text=">تويتر</a></li><li class="wa"><a href="whatsapp://send?text=">واتساب</a></li><li class="mail"><a href="mailto:?subject=">بريد</a></li><li class="print"><a href="/print/1469876">طباعة</a></li></ul></div>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="https://aawsat.com/sites/default/files/styles/article_img_top/public/2018/11/20/jeddah-port.jpg?itok=7HwqKd2P" width="700" height="400" alt="" /><div class="photo-caption">رافعات حاويات في ميناء جدة الإسلامي (واس)</div></div></div></div>
<div class="content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p><strong>الرياض: «الشرق الأوسط»</strong></p>
${paras.map(P).join('\n')}</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">مواضيع:&nbsp;</div><ul class="field-items"><li class="field-item even"><a href="/taxonomy/term/1022" typeof="skos:Concept" property="rdfs:label skos:prefLabel">السعودية</a></li><li class="field-item odd"><a href="/taxonomy/term/4410">الاقتصاد السعودي</a></li><li class="field-item even"><a href="/taxonomy/term/9981">رؤية 2030</a></li></ul></div>
</div>
<div class="aawsat-app-promo"><a href="https://aawsat.com/app">حمّل تطبيق «الشرق الأوسط» على هاتفك الذكي وتابع الأخبار لحظة بلحظة</a></div>
<div id="comments" class="comment-wrapper">
<h2 class="title">التعليقات</h2>
${comments.map(([n, d, t], i) => `<a id="comment-${880211 + i}"></a>
<div class="comment comment-by-anonymous ${i % 2 ? 'even' : 'odd'} clearfix" about="/comment/${880211 + i}#comment-${880211 + i}" typeof="sioc:Post sioct:Comment">
<div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span rel="sioc:has_creator"><span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">${n}</span></span></p><p class="comment-time"><span property="dc:date dc:created" datatype="xsd:dateTime">${d}</span></p></div></div>
<div class="comment-text"><div class="content"><span rel="sioc:reply_of" resource="/home/article/1469876" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>${t}</p></div></div></div></div>
<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/1469876/${880211 + i}">رد</a></li></ul></div></div>`).join('\n')}
<h2 class="title comment-form">أضف تعليقاً</h2>
<form class="comment-form" action="/comment/reply/1469876" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">الاسم </label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div><div class="form-item form-type-textarea"><label for="edit-comment-body-und-0-value">التعليق <span class="form-required" title="هذا الحقل مطلوب.">*</span></label><textarea id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5" class="text-full form-textarea required"></textarea></div><div class="description">تخضع التعليقات للمراجعة قبل النشر، ولا تعبر عن رأي الصحيفة.</div><div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="إرسال" class="form-submit" /></div></div></form>
</div>
</div>
</div></div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-most-read-block" class="block block-views"><h2>الأكثر قراءة</h2><div class="content"><div class="view view-most-read"><div class="view-content"><div class="item-list"><ol>${most.map((t, i) => `<li class="views-row views-row-${i + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="/home/article/14698${i}0">${t}</a></span></div></li>`).join('')}</ol></div></div></div></div></div>
<div id="block-dfp-mpu" class="block block-dfp"><div class="content"><div id="dfp-ad-mpu" class="dfp-tag-wrapper"><script type="text/javascript">googletag.cmd.push(function(){googletag.display("dfp-ad-mpu");});</script></div></div></div>
<div id="block-views-opinion-block" class="block block-views"><h2>مقالات ذات صلة</h2><div class="content"><div class="view-content"><div class="views-row views-row-1"><div class="views-field views-field-title"><a href="/home/article/1467002">الاقتصاد السعودي... من الريع إلى الإنتاج</a></div><div class="views-field views-field-field-writer">عبد الرحمن الراشد</div></div><div class="views-row views-row-2"><div class="views-field views-field-title"><a href="/home/article/1466210">هل تكفي الصادرات لتعويض تقلبات النفط؟</a></div><div class="views-field views-field-field-writer">سليمان جودة</div></div></div></div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu"><li class="first leaf"><a href="/about-us">من نحن</a></li><li class="leaf"><a href="/advertise">أعلن معنا</a></li><li class="leaf"><a href="/privacy">سياسة الخصوصية</a></li><li class="last leaf"><a href="/contact">اتصل بنا</a></li></ul></div></div><div id="block-block-3" class="block block-block"><div class="content"><p>جميع الحقوق محفوظة &copy; 2018 الشرق الأوسط - الشركة السعودية للأبحاث والتسويق</p></div></div></div></div></div>
</div></div>
<script type="text/javascript">(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)};a=s.createElement(o);m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,"script","https://www.google-analytics.com/analytics.js","ga");ga("create","UA-21354786-1",{"cookieDomain":"auto"});ga("send","pageview");</script>
</body>
</html>`;
const cw = comments.map((c) => c[2]).join(' ').split(/\s+/).length;
console.log('comment words', cw);
writePage(id, html, { title, paras, source: 'invented page (heldout-pages set 1, writer A), Asharq Al-Awsat (Drupal 7) markup as of 2018', excludes: [
  'أغلب الرقم جاي من سابك وأخواتها',
  'أنا أشتغل في شركة تغليف وصدرنا هذي السنة لأول مرة إلى الأردن ومصر وكينيا',
  'الأرقام بالريال جميلة لكن ليت الصحيفة تنشر الأرقام بالكميات أيضاً',
  'كل هذا كلام حلو، بس وين الوظائف للشباب؟',
  'وأرى أن قطاع التعدين، خاصة الفوسفات والألمنيوم، هو الأمل الحقيقي',
  'أختي عندها مشروع تمور في القصيم',
  'رافعات حاويات في ميناء جدة الإسلامي (واس)',
  'حمّل تطبيق «الشرق الأوسط» على هاتفك الذكي وتابع الأخبار لحظة بلحظة',
  'تخضع التعليقات للمراجعة قبل النشر، ولا تعبر عن رأي الصحيفة.',
  '«أرامكو» توقع اتفاقيات بقيمة 34 مليار دولار مع شركات عالمية',
  'هل تكفي الصادرات لتعويض تقلبات النفط؟',
  'مواضيع: السعودية الاقتصاد السعودي رؤية 2030',
  'أضف تعليقاً',
]});
