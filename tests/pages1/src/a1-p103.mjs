import { writePage } from './a1-lib.mjs';
const id = 'p103-addiyar-lebanon-electricity';
const title = 'فياض: ساعات التغذية الى 10 يومياً مع وصول شحنة الفيول العراقي... والغاز المصري «مسألة أسابيع»';
const paras = [
  'أعلن وزير الطاقة والمياه وليد فياض ان ساعات التغذية بالتيار الكهربائي سترتفع تدريجياً الى نحو عشر ساعات يومياً في معظم المناطق اللبنانية، بعد تفريغ شحنة جديدة من الفيول العراقي في معملي دير عمار والزهراني خلال الايام المقبلة.',
  'وقال فياض، في مؤتمر صحافي عقده في مقر الوزارة في كورنيش النهر، ان «الشحنة الثالثة بموجب الاتفاق مع الحكومة العراقية وصلت الى المياه الاقليمية، وستسمح لمؤسسة كهرباء لبنان برفع الانتاج الى حدود 650 ميغاواط»، مؤكداً ان «هذا ليس حلاً نهائياً بل مرحلة انتقالية حتى وصول الغاز المصري والكهرباء الاردنية».',
  'واضاف ان المفاوضات مع الجانبين المصري والاردني «قطعت شوطاً كبيراً»، وان العقود باتت شبه جاهزة بانتظار الحصول على ضمانات خطية من وزارة الخزانة الاميركية بعدم شمول الاتفاق بعقوبات «قانون قيصر»، كاشفاً ان ايصال الغاز عبر الاراضي السورية بات «مسألة اسابيع لا اشهر».',
  'وعن التعرفة الجديدة، اوضح وزير الطاقة ان رفع التعرفة «امر لا مفر منه» في ظل انهيار سعر صرف الليرة، لافتاً الى ان المؤسسة تبيع الكيلوواط ساعة بأقل من واحد في المئة من كلفة انتاجه، وان خطة الوزارة تلحظ «شطوراً مخففة» للعائلات ذات الدخل المحدود.',
  'في المقابل، شكك نواب في لجنة الاشغال العامة والطاقة النيابية في امكان الالتزام بهذه المواعيد، وقال احدهم لـ«الديار» ان «الوعود نفسها تتكرر منذ الصيف الماضي، فيما يدفع المواطن فاتورتين، واحدة للدولة واخرى لصاحب المولد».',
  'وعلى خط المولدات الخاصة، دعت وزارة الاقتصاد والتجارة اصحاب المولدات الى الالتزام بالتسعيرة الرسمية التي تصدرها شهرياً، محذرة من انها ستسطر محاضر ضبط بحق المخالفين، بعدما تلقت مئات الشكاوى من المواطنين في بيروت والبقاع والشمال.',
  'وكان رئيس الحكومة نجيب ميقاتي قد اكد خلال جلسة مجلس الوزراء الاخيرة ان ملف الكهرباء «اولوية مطلقة»، مشيراً الى ان البنك الدولي ابدى استعداده لتمويل استجرار الطاقة من الاردن والغاز من مصر، شرط اقرار خطة اصلاح شاملة للقطاع وتعيين الهيئة الناظمة.',
];
const inl1 = [['ميقاتي يلتقي وفد البنك الدولي: لا تمويل من دون اصلاحات', 'بحث رئيس الحكومة مع الوفد شروط القرض المخصص لقطاع الطاقة وآلية صرفه.'], ['اصحاب المولدات يرفعون الصوت: المازوت بالدولار والتسعيرة بالليرة', 'هدد تجمع اصحاب المولدات بإطفاء المحركات ساعات اضافية يومياً.']];
const inl2 = [['طوابير البنزين تعود الى المحطات... والشركات المستوردة تطمئن', 'اكدت الشركات ان البواخر ستفرغ حمولتها قبل نهاية الاسبوع.']];
const ticker = ['عون يستقبل قائد الجيش في بعبدا', 'سعر صرف الدولار في السوق السوداء يلامس 23 الف ليرة', 'البيطار يحدد موعداً جديداً لاستجواب وزراء سابقين'];
const popular = ['بالفيديو: اشكال في احد مطاعم جونية ينتهي بإطلاق نار', 'الحريري يحسم قراره الانتخابي قريباً', 'ارتفاع جديد في اسعار المحروقات... الى كم وصل سعر صفيحة البنزين؟', 'وفاة شاب صعقاً بالكهرباء في عكار', 'كورونا: 1214 اصابة و11 حالة وفاة'];
const related = [['عتمة شاملة في الضاحية والجنوب بعد اطفاء معمل الزهراني', 'اعلنت مؤسسة كهرباء لبنان خروج المعمل عن الخدمة لنفاد الفيول.'], ['الاردن: جاهزون لتزويد لبنان بـ 250 ميغاواط فور توقيع العقد', 'قال وزير الطاقة الاردني ان الشبكة الاردنية قادرة على التصدير.'], ['لجنة الطاقة النيابية تستمع الى مدير عام كهرباء لبنان', 'ناقشت اللجنة خطة الطوارئ وكلفة الانتاج ونسبة الهدر التقني.']];
const P = (s) => `<p>${s}</p>`;
const inline = (items) => `<div class="td_block_wrap td_block_related_posts td_block_inline tdi_82_9b1 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_82_9b1"><div class="td-block-title-wrap"><h4 class="td-block-title"><span class="td-pulldown-size">اقرأ أيضاً</span></h4></div><div id="tdi_82_9b1" class="td_block_inner">${items.map(([h, l], i) => `<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack"><div class="td-module-container td-category-pos-"><div class="td-image-container"><div class="td-module-thumb"><a href="https://addiyar.com/article/19${i}4102-${i}" rel="bookmark" class="td-image-wrap " title="${h}"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="https://addiyar.com/wp-content/uploads/2021/11/elec-${i}-218x150.jpg"></span></a></div></div><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="https://addiyar.com/article/19${i}4102-${i}" rel="bookmark" title="${h}">${h}</a></h3><div class="td-excerpt">${l}</div></div></div></div>`).join('')}</div></div>`;
const html = `<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-US"> <!--<![endif]-->
<head>
    <title>فياض: ساعات التغذية الى 10 يومياً مع وصول شحنة الفيول العراقي... والغاز المصري «مسألة أسابيع» - الديار</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="https://addiyar.com/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="icon" type="image/png" href="https://addiyar.com/wp-content/uploads/2020/06/favicon.png">
	<!-- This site is optimized with the Yoast SEO plugin v17.5 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="أعلن وزير الطاقة والمياه وليد فياض ان ساعات التغذية بالتيار الكهربائي سترتفع تدريجياً" />
	<link rel="canonical" href="https://addiyar.com/article/1954102-فياض-ساعات-التغذية" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="فياض: ساعات التغذية الى 10 يومياً مع وصول شحنة الفيول العراقي" />
	<meta property="og:url" content="https://addiyar.com/article/1954102-فياض-ساعات-التغذية" />
	<meta property="og:site_name" content="الديار" />
	<meta property="article:publisher" content="https://www.facebook.com/addiyar" />
	<meta property="article:published_time" content="2021-11-16T22:15:07+00:00" />
	<meta property="og:image" content="https://addiyar.com/wp-content/uploads/2021/11/fayad-press.jpg" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Written by" />
	<meta name="twitter:data1" content="ربى منذر" />
	<meta name="twitter:label2" content="Est. reading time" />
	<meta name="twitter:data2" content="3 minutes" />
	<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://addiyar.com/#organization","name":"\\u0627\\u0644\\u062f\\u064a\\u0627\\u0631","url":"https://addiyar.com/"},{"@type":"WebSite","@id":"https://addiyar.com/#website","url":"https://addiyar.com/","name":"\\u0627\\u0644\\u062f\\u064a\\u0627\\u0631","inLanguage":"en-US"},{"@type":"WebPage","@id":"https://addiyar.com/article/1954102#webpage","inLanguage":"en-US","datePublished":"2021-11-16T22:15:07+00:00"},{"@type":"Article","@id":"https://addiyar.com/article/1954102#article","isPartOf":{"@id":"https://addiyar.com/article/1954102#webpage"},"author":{"@id":"https://addiyar.com/#/schema/person/8d1f"},"headline":"\\u0641\\u064a\\u0627\\u0636: \\u0633\\u0627\\u0639\\u0627\\u062a \\u0627\\u0644\\u062a\\u063a\\u0630\\u064a\\u0629","datePublished":"2021-11-16T22:15:07+00:00","articleSection":["\\u0644\\u0628\\u0646\\u0627\\u0646"],"inLanguage":"en-US"}]}</script>
	<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='td-plugin-multi-purpose-css'  href='https://addiyar.com/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=6e115e4f3fd55dfd38f44cc142869bd1' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css'  href='https://addiyar.com/wp-content/themes/Newspaper/style.css?ver=11.2' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-rtl-css'  href='https://addiyar.com/wp-content/themes/Newspaper/rtl.css?ver=11.2' type='text/css' media='all' />
<script type='text/javascript' src='https://addiyar.com/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<script>
    var tdBlocksArray = []; //here we store all the items for the current page
    var tdLocalCache = {};
    var td_viewport_interval_list=[{"limitBottom":767,"sidebarWidth":228},{"limitBottom":1018,"sidebarWidth":300},{"limitBottom":1140,"sidebarWidth":324}];
    var tdc_is_installed="yes";
    var td_ajax_url="https:\\/\\/addiyar.com\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=11.2";
    var td_get_template_directory_uri="https:\\/\\/addiyar.com\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
    var tds_general_modal_image="yes";
</script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4920336817449412" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-1954102 single-format-standard rtl td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap ">
<div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div >Tuesday, November 16, 2021</div></div><div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="https://addiyar.com/about">من نحن</a></li><li class="menu-item"><a href="https://addiyar.com/contact">اتصل بنا</a></li><li class="menu-item"><a href="https://addiyar.com/pdf">العدد الورقي</a></li></ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://addiyar.com/"><img class="td-retina-data" data-retina="https://addiyar.com/wp-content/uploads/2020/06/logo-retina.png" src="https://addiyar.com/wp-content/uploads/2020/06/logo.png" alt="الديار" title="الديار"/><span class="td-visual-hidden">الديار</span></a></div><div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header  td-a-rec-no-translate tdi_1_5e8 td_block_template_1"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-4920336817449412" data-ad-slot="6071824401"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div><div class="menu-main-menu-container"><ul id="menu-main-menu" class="sf-menu"><li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-object-custom current-menu-item menu-item-first td-menu-item td-normal-menu menu-item-10"><a href="https://addiyar.com/">الرئيسية</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/lebanon">لبنان</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/politics">سياسة</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/arab-world">عربي ودولي</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/economy">اقتصاد</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/security">أمن وقضاء</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/articles">مقالات</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/culture">ثقافة وفن</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/sport">رياضة</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/health">صحة</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/misc">منوعات</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="https://addiyar.com/category/caricature">كاريكاتير</a></li></ul></div></div><div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div></div></div></div></div>
</div></div>
<div class="td_block_wrap td_block_trending_now tdi_3_a77 td-trending-now-wrapper td_block_template_1"><div class="td-trending-now-title">عاجل</div><div class="td-trending-now-display-area">${ticker.map((t, i) => `<div class="td_module_trending_now td-trending-now-post-${i} ${i ? '' : 'td-trending-now-post-active'}"><h3 class="entry-title td-module-title"><a href="https://addiyar.com/article/19541${i}" rel="bookmark" title="${t}">${t}</a></h3></div>`).join('')}</div><div class="td-next-prev-wrap"><a href="#" class="td-trending-now-nav-left"><i class="td-icon-menu-left"></i></a><a href="#" class="td-trending-now-nav-right"><i class="td-icon-menu-right"></i></a></div></div>
<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container td-post-template-default ">
        <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://addiyar.com/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in لبنان" class="entry-crumb" href="https://addiyar.com/category/lebanon">لبنان</a></span></div></div>
        <div class="td-pb-row">
            <div class="td-pb-span8 td-main-content" role="main">
                <div class="td-ss-main-content">
<article id="post-1954102" class="post-1954102 post type-post status-publish format-standard has-post-thumbnail category-lebanon tag-electricity" itemscope itemtype="https://schema.org/Article">
    <div class="td-post-header">
        <ul class="td-category"><li class="entry-category"><a  href="https://addiyar.com/category/lebanon">لبنان</a></li></ul>
        <header class="td-post-title">
            <h1 class="entry-title">${title}</h1>
            <div class="td-module-meta-info">
                <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://addiyar.com/author/roba-monzer">ربى منذر</a><div class="td-author-line"> - </div> </div>
                <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2021-11-16T22:15:07+00:00" >November 16, 2021</time></span>
                <div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div>
                <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-1954102">2871</span></div>
            </div>
        </header>
    </div>
    <div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Faddiyar.com%2Farticle%2F1954102"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text="><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="https://api.whatsapp.com/send?text="><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">WhatsApp</div></a></div></div></div>
    <div class="td-post-content tagdiv-type">
        <div class="td-post-featured-image"><figure><a href="https://addiyar.com/wp-content/uploads/2021/11/fayad-press.jpg" data-caption="وزير الطاقة وليد فياض خلال مؤتمره الصحافي (دالاتي ونهرا)"><img width="696" height="391" class="entry-thumb td-modal-image" src="https://addiyar.com/wp-content/uploads/2021/11/fayad-press-696x391.jpg" alt="" title="fayad-press"/></a><figcaption class="wp-caption-text">وزير الطاقة وليد فياض خلال مؤتمره الصحافي (دالاتي ونهرا)</figcaption></figure></div>
${P(paras[0])}
${P(paras[1])}
${inline(inl1)}
${P(paras[2])}
<div class="td-a-rec td-a-rec-id-content_inline  tdi_5_0c1 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-4920336817449412" data-ad-slot="9107730338"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>
${P(paras[3])}
${P(paras[4])}
${inline(inl2)}
${P(paras[5])}
${P(paras[6])}
    </div>
    <footer>
        <div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="https://addiyar.com/tag/%d9%88%d9%84%d9%8a%d8%af-%d9%81%d9%8a%d8%a7%d8%b6">وليد فياض</a></li><li><a href="https://addiyar.com/tag/electricity">كهرباء لبنان</a></li><li><a href="https://addiyar.com/tag/iraqi-fuel">الفيول العراقي</a></li></ul></div>
        <div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe title="bottomFacebookLike" frameBorder="0" src="https://www.facebook.com/plugins/like.php?href=https://addiyar.com/article/1954102&amp;layout=button_count&amp;show_faces=false&amp;width=105&amp;action=like&amp;colorscheme=light&amp;height=21" style="border:none; overflow:hidden; width:105px; height:21px; background-color:transparent;"></iframe></div></div>
        <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="https://addiyar.com/article/1954098">جنبلاط: لا خروج من الازمة الا بالحوار</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="https://addiyar.com/article/1954107">الجيش يوقف مطلوبين في بريتال</a></div></div></div>
        <div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="https://addiyar.com/author/roba-monzer">ربى منذر</a></span></div>
    </footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_86_4e0 td_with_ajax_pagination td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_86_4e0" ><h4 class="td-related-title td-block-title"><a id="tdi_87_2a9" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_86_4e0" href="#">RELATED ARTICLES</a><a id="tdi_88_f31" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_86_4e0" href="#">MORE FROM AUTHOR</a></h4><div id=tdi_86_4e0 class="td_block_inner"><div class="td-related-row">${related.map(([h, l], i) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="https://addiyar.com/article/19530${i}" rel="bookmark" class="td-image-wrap" title="${h}"><img class="entry-thumb" src="https://addiyar.com/wp-content/uploads/2021/11/r${i}-218x150.jpg" alt="" title="${h}" width="218" height="150" /></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://addiyar.com/article/19530${i}" rel="bookmark" title="${h}">${h}</a></h3><div class="td-excerpt">${l}</div></div></div></div>`).join('')}</div></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" href="/article/1954102#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://addiyar.com/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
                </div>
            </div>
            <div class="td-pb-span4 td-main-sidebar" role="complementary">
                <div class="td-ss-main-sidebar">
                    <div class="td_block_wrap td_block_7 tdi_90_b12 td_block_widget td-pb-border-top td_block_template_1 td-column-1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">الأكثر قراءة</span></h4></div><div id=tdi_90_b12 class="td_block_inner">${popular.map((t, i) => `<div class="td-block-span12"><div class="td_module_6 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="https://addiyar.com/article/19539${i}" rel="bookmark" class="td-image-wrap" title="${t}"><img class="entry-thumb" src="https://addiyar.com/wp-content/uploads/2021/11/p${i}-100x70.jpg" alt="" width="100" height="70" /></a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://addiyar.com/article/19539${i}" rel="bookmark" title="${t}">${t}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2021-11-16T1${i}:00:00+00:00" >November 16, 2021</time></span></div></div></div></div>`).join('')}</div></div>
                    <div class="td-a-rec td-a-rec-id-sidebar  tdi_91_c88 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" style="display:inline-block;width:300px;height:600px" data-ad-client="ca-pub-4920336817449412" data-ad-slot="3318220912"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>
                    <div class="td_block_wrap td_block_social_counter tdi_92_d01 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">تابعونا</span></h4></div><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp td-sp-facebook"></div><span class="td_social_info td_social_info_counter">1,245,310</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.com/addiyar">Like</a></span></div></div><div class="td_social_type td-pb-margin-side td_social_twitter"><div class="td-social-box"><div class="td-sp td-sp-twitter"></div><span class="td_social_info td_social_info_counter">312,004</span><span class="td_social_info td_social_info_name">Followers</span><span class="td_social_button"><a href="https://twitter.com/addiyar">Follow</a></span></div></div></div></div>
                </div>
            </div>
        </div>
    </div>
</div>
<div class="td-footer-wrapper td-footer-container td-container-wrap td-footer-template-2 "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info"><div class="footer-logo-wrap"><a href="https://addiyar.com/"><img class="td-retina-data" src="https://addiyar.com/wp-content/uploads/2020/06/logo-footer.png" alt="الديار" title="الديار"/></a></div><div class="footer-text-wrap">جريدة الديار - يومية سياسية مستقلة تصدر عن دار الديار للصحافة والطباعة والنشر<div class="footer-email-wrap">Contact us: <a href="mailto:info@addiyar.com">info@addiyar.com</a></div></div></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-menu-container"><ul id="menu-footer-menu" class="td-subfooter-menu"><li class="menu-item"><a href="https://addiyar.com/privacy-policy">Privacy Policy</a></li><li class="menu-item"><a href="https://addiyar.com/advertise">أعلن معنا</a></li></ul></div></div><div class="td-pb-span td-sub-footer-copy">&copy; جميع الحقوق محفوظة لجريدة الديار 2021</div></div></div></div>
</div><!--close td-outer-wrap-->
<script type='text/javascript' src='https://addiyar.com/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=11.2' id='td-site-min-js'></script>
<script type="text/javascript">jQuery().ready(function(){var blockClass='.tdi_86_4e0';jQuery(blockClass+'.td_with_ajax_pagination').each(function(){});});</script>
</body>
</html>`;
writePage(id, html, { title, paras, source: 'invented page (heldout-pages set 1, writer A), Al-Diyar (WordPress, tagDiv Newspaper theme, lang="en-US") markup as of 2021', excludes: [
  'ميقاتي يلتقي وفد البنك الدولي: لا تمويل من دون اصلاحات',
  'بحث رئيس الحكومة مع الوفد شروط القرض المخصص لقطاع الطاقة وآلية صرفه.',
  'اصحاب المولدات يرفعون الصوت: المازوت بالدولار والتسعيرة بالليرة',
  'طوابير البنزين تعود الى المحطات... والشركات المستوردة تطمئن',
  'اقرأ أيضاً',
  '- Advertisement -',
  'وزير الطاقة وليد فياض خلال مؤتمره الصحافي (دالاتي ونهرا)',
  'TAGS وليد فياض كهرباء لبنان الفيول العراقي',
  'جنبلاط: لا خروج من الازمة الا بالحوار',
  'عتمة شاملة في الضاحية والجنوب بعد اطفاء معمل الزهراني',
  'قال وزير الطاقة الاردني ان الشبكة الاردنية قادرة على التصدير.',
  'الحريري يحسم قراره الانتخابي قريباً',
  'LEAVE A REPLY',
]});
