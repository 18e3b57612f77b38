import {emit, esc} from './lib.mjs';
const id='p109-alquds-lebanon-president-session';
const title='البرلمان اللبناني يفشل للمرة الثانية عشرة في انتخاب رئيس… وبري يرفع الجلسة بعد الدورة الأولى';
const paras=[
'فشل مجلس النواب اللبناني، الأربعاء، للمرة الثانية عشرة في انتخاب رئيس للجمهورية، بعدما لم يحصل أي من المرشحين على أغلبية الثلثين المطلوبة في الدورة الأولى، وانسحب عدد من نواب «الثنائي الشيعي» وحلفائهم من القاعة قبل انعقاد الدورة الثانية، ما أفقدها النصاب.',
'وحصل الوزير السابق جهاد أزعور، المدعوم من أحزاب المعارضة و«التيار الوطني الحر»، على 59 صوتاً، فيما نال رئيس «تيار المردة» سليمان فرنجية، مرشح «حزب الله» و«حركة أمل»، 51 صوتاً، وتوزعت الأصوات الباقية بين أوراق بيضاء وأسماء أخرى وورقة ملغاة.',
'وأعلن رئيس مجلس النواب نبيه بري رفع الجلسة من دون تحديد موعد جديد، قائلاً في كلمة مقتضبة إن «الحوار هو الطريق الوحيد للخروج من هذا النفق، ومن يرفض الحوار يتحمل مسؤولية إطالة الفراغ».',
'وشهدت الجلسة توتراً واضحاً منذ لحظاتها الأولى، إذ اعترض عدد من نواب المعارضة على طريقة فرز الأصوات، وطالبوا بإعادة العدّ بعد الاختلاف حول ورقة واحدة، قبل أن يحسم أمناء السر النتيجة.',
'وقال رئيس حزب «القوات اللبنانية» سمير جعجع في تصريح بعد الجلسة إن «ما جرى اليوم أثبت أن فريق الممانعة لا يملك الأكثرية، وأنه يلجأ إلى تطيير النصاب كلما شعر بأن مرشحه خاسر»، داعياً بري إلى «الدعوة إلى جلسات مفتوحة متتالية حتى انتخاب رئيس».',
'في المقابل، قال النائب عن «حزب الله» حسن فضل الله إن «المرشح الذي تقاطعت عليه قوى متناقضة لا يملك مشروعاً، بل جاء لقطع الطريق على مرشح جدي»، مؤكداً أن الحزب «متمسك بترشيح فرنجية، ومنفتح على أي حوار لا يفرض شروطاً مسبقة».',
'أما رئيس «التيار الوطني الحر» النائب جبران باسيل فاعتبر أن «التقاطع على اسم أزعور ليس تحالفاً سياسياً، بل محاولة لإنقاذ الاستحقاق الرئاسي من منطق الفرض»، مضيفاً أن التيار «لن يقبل بأن يُختار الرئيس المسيحي من خارج إرادة المسيحيين».',
'ويعيش لبنان في فراغ رئاسي منذ انتهاء ولاية الرئيس ميشال عون في 31 تشرين الأول/أكتوبر الماضي، فيما تدير البلاد حكومة تصريف أعمال برئاسة نجيب ميقاتي، تقول القوى المسيحية الكبرى إنها لا تملك صلاحية اتخاذ قرارات أساسية في غياب رئيس.',
'ويأتي هذا الفشل في وقت تتفاقم فيه الأزمة الاقتصادية التي يصفها البنك الدولي بأنها من بين الأسوأ في العالم منذ منتصف القرن التاسع عشر، مع انهيار قيمة الليرة بأكثر من 98 في المئة من قيمتها منذ عام 2019، وتعثر المفاوضات مع صندوق النقد الدولي حول برنامج إنقاذ.',
'وكان ميقاتي قد حذر الأسبوع الماضي من أن استمرار الشغور «يعطل كل الإصلاحات المطلوبة، ويضع المؤسسات أمام خطر الانحلال»، مشيراً إلى أن ولاية حاكم مصرف لبنان رياض سلامة تنتهي في تموز/يوليو المقبل من دون وجود اتفاق على خلف له.',
'وعلى الصعيد الخارجي، تتابع دول «اللقاء الخماسي» المعني بلبنان، الذي يضم الولايات المتحدة وفرنسا والسعودية وقطر ومصر، مجريات الاستحقاق عن كثب. وقالت مصادر دبلوماسية لـ«القدس العربي» إن الموفد الفرنسي الخاص جان إيف لودريان سيزور بيروت الأسبوع المقبل لإجراء مشاورات مع القيادات اللبنانية.',
'وأضافت المصادر أن باريس «لم تعد متمسكة بمعادلة المقايضة بين رئاسة الجمهورية ورئاسة الحكومة»، وأنها تبحث مع شركائها في اللقاء الخماسي عن «خيار ثالث» يمكن أن يحظى بقبول أوسع، من دون أن تسمي أي مرشح.',
'وفي الشارع، تجمع عشرات المحتجين قرب ساحة النجمة رافعين لافتات تطالب النواب بعدم مغادرة المجلس قبل انتخاب رئيس، فيما انتشرت القوى الأمنية بكثافة في محيط البرلمان ومنعت المحتجين من الاقتراب من المدخل الرئيسي.',
'ويرى مراقبون أن نتيجة الجلسة كرّست توازناً سلبياً بين الفريقين، إذ لا يملك أي منهما أغلبية الـ65 صوتاً اللازمة للفوز في الدورة الثانية، ولا القدرة على منع الآخر من تعطيل النصاب، ما يعني أن الحل بات مرهوناً بتسوية داخلية أو بضغط خارجي.',
'وقال النائب المستقل ملحم خلف، الذي يعتصم داخل مبنى البرلمان منذ أشهر احتجاجاً على الفراغ، إن «اللبنانيين ينتظرون من نوابهم أن يقوموا بواجبهم الدستوري لا أن يحولوا الجلسات إلى استعراض»، مضيفاً أنه سيواصل اعتصامه «حتى انتخاب رئيس».',
];
const ex=[
'مقالات ذات صلة',
'لودريان في بيروت: مهمة استطلاعية أم خريطة طريق؟',
'ميقاتي: الحكومة لن تتخلى عن مسؤولياتها في ظل الشغور',
'الوسوم',
'انتخابات الرئاسة اللبنانية',
'تعليقات',
'الرئاسة في لبنان تُصنع في الخارج منذ الاستقلال، والجلسات ليست إلا مسرحية',
'كل من يعطل النصاب يجب أن يحاسب أمام الشعب',
'اترك تعليقاً',
'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
'الأكثر قراءة',
'اشترك في قائمتنا البريدية',
'الرياض وطهران تتفقان على إعادة فتح السفارات خلال شهرين',
'جلسة انتخاب الرئيس في مجلس النواب اللبناني (أ ف ب)',
];
const comments=[
['سامح //الأردن','14 يونيو 2023 at 6:12 م','الرئاسة في لبنان تُصنع في الخارج منذ الاستقلال، والجلسات ليست إلا مسرحية لتمرير الوقت حتى يتفق الكبار. لا أزعور ولا فرنجية سيأتي إلا بكلمة سر، والمواطن اللبناني هو الذي يدفع الثمن من لقمة عيشه ومن ودائعه المحتجزة في المصارف.'],
['ابن الجبل','14 يونيو 2023 at 6:40 م','كل من يعطل النصاب يجب أن يحاسب أمام الشعب. الدستور واضح: جلسات متتالية حتى انتخاب رئيس، لكن لا أحد يطبق الدستور في هذا البلد.'],
['داود - النرويج','14 يونيو 2023 at 7:05 م','حياك الله عزيزي ابن الجبل وحيا الله الجميع. المشكلة ليست في الدستور بل في النظام الطائفي نفسه، فطالما بقيت المناصب موزعة على الطوائف سيبقى كل استحقاق رهينة التوازنات الإقليمية. ولا حول ولا قوة الا بالله'],
['ماجد من بيروت','14 يونيو 2023 at 7:31 م','أنا موظف في القطاع العام وراتبي لم يعد يكفي لأسبوع واحد. لا يهمني من يصبح رئيساً بقدر ما يهمني أن تعود الدولة إلى العمل. متى يشعر هؤلاء النواب بما يعيشه الناس؟'],
['عربي حر','14 يونيو 2023 at 8:02 م','تحية لقدس العربي على التغطية المتوازنة. ما حصل اليوم يؤكد أن لا أحد يستطيع إلغاء الآخر في لبنان، والحل الوحيد هو التوافق على شخصية من خارج الاصطفافات. التاريخ يعيد نفسه: عام 2016 احتاجوا إلى سنتين ونصف للاتفاق على عون.'],
['سلام','14 يونيو 2023 at 8:47 م','أين الشباب اللبناني الذي نزل إلى الشوارع في 17 تشرين؟ للأسف نفس الوجوه عادت إلى البرلمان ونفس الأساليب. التغيير لن يأتي من داخل هذه المنظومة.'],
['أبو علي - صور','14 يونيو 2023 at 9:15 م','رداً على الأخ سلام: التغيير يأتي بالحوار وليس بالتحريض. الرئيس بري دعا للحوار مرات عديدة ومن رفض الحوار هو من يتحمل المسؤولية، هذا ما قاله بوضوح اليوم.'],
['نور - كندا','15 يونيو 2023 at 1:20 ص','لبنان يستحق أفضل من هذا. ملايين المغتربين يرسلون الأموال لعائلاتهم ليبقوا صامدين، بينما الطبقة السياسية تتقاذف المسؤوليات. نريد رئيساً وحكومة إصلاح حقيقية، لا تسويات على حساب الناس.'],
['خليل','15 يونيو 2023 at 9:03 ص','الـ 59 صوتاً رقم مهم لكنه غير كاف، والـ 51 كذلك. ربما يكون الحل في مرشح ثالث كما تقول المصادر الفرنسية، لكن من سيقبل بأن يتراجع أولاً؟'],
];
const cm=(c,i)=>`<li id="comment-${5482311+i*7}" class="comment ${i%2?'odd alt':'even'} thread-${i%2?'odd thread-alt':'even'} depth-1">
<article id="div-comment-${5482311+i*7}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/${(i*997).toString(16)}a3f?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"/><b class="fn">${c[0]}</b> <span class="says">يقول</span>:</div>
<div class="comment-metadata"><a href="https://www.alquds.co.uk/?p=3134572#comment-${5482311+i*7}"><time datetime="2023-06-14T18:12:00+03:00">${c[1]}</time></a></div></footer>
<div class="comment-content"><p>${c[2]}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${5482311+i*7}" data-commentid="${5482311+i*7}" data-postid="3134572" aria-label="الرد على ${c[0]}">رد</a></div>
</article></li>`;
const menu=['الرئيسية','سياسة','فلسطين','اقتصاد','رأي','ثقافة','رياضة','تكنولوجيا','صحة','منوعات','تحقيقات','بانوراما','كاريكاتير','بالفيديو','صحافة','إعلانات مبوبة'];
const P=p=>`<p>${esc(p)}</p>`;
const ld={"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://www.alquds.co.uk/?p=3134572#article","isPartOf":{"@id":"https://www.alquds.co.uk/?p=3134572"},"author":{"name":"سعد الياس","@id":"https://www.alquds.co.uk/#/schema/person/8d1e3b"},"headline":title,"datePublished":"2023-06-14T15:48:21+00:00","dateModified":"2023-06-14T16:20:03+00:00","wordCount":612,"commentCount":9,"publisher":{"@id":"https://www.alquds.co.uk/#organization"},"image":{"@id":"https://www.alquds.co.uk/?p=3134572#primaryimage"},"keywords":["انتخابات الرئاسة اللبنانية","نبيه بري","جهاد أزعور","سليمان فرنجية"],"articleSection":["سياسة"],"inLanguage":"ar"},{"@type":"Organization","@id":"https://www.alquds.co.uk/#organization","name":"القدس العربي","url":"https://www.alquds.co.uk/","logo":{"@type":"ImageObject","url":"https://www.alquds.co.uk/wp-content/uploads/2019/01/logo.png"}}]};
const html=`<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | القدس العربي</title>
<meta name="description" content="فشل مجلس النواب اللبناني، الأربعاء، للمرة الثانية عشرة في انتخاب رئيس للجمهورية"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://www.alquds.co.uk/البرلمان-اللبناني-يفشل-للمرة-الثانية-عشرة/" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(title)}" />
<meta property="og:description" content="فشل مجلس النواب اللبناني، الأربعاء، للمرة الثانية عشرة في انتخاب رئيس للجمهورية" />
<meta property="og:url" content="https://www.alquds.co.uk/البرلمان-اللبناني-يفشل-للمرة-الثانية-عشرة/" />
<meta property="og:site_name" content="القدس العربي" />
<meta property="article:publisher" content="https://www.facebook.com/alqudsalarabi" />
<meta property="article:tag" content="انتخابات الرئاسة اللبنانية" />
<meta property="article:section" content="سياسة" />
<meta property="og:image" content="https://www.alquds.co.uk/wp-content/uploads/2023/06/14-06-2023-lebanon-parliament-730x438.jpg" />
<meta property="article:published_time" content="2023-06-14T18:48:21+03:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@alqudsalarabi" />
<script type="application/ld+json" class="rank-math-schema">${JSON.stringify(ld)}</script>
<link rel='stylesheet' id='wp-block-library-rtl-css' href='https://www.alquds.co.uk/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.2.2' media='all' />
<link rel='stylesheet' id='alquds-style-css' href='https://www.alquds.co.uk/wp-content/themes/alquds/dist/css/main.min.css?ver=1686650112' media='all' />
<script id='jquery-core-js' src='https://www.alquds.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.6.4'></script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];googletag.cmd.push(function(){googletag.defineSlot('/21710419/alquds_article_top',[[728,90],[970,250]],'div-gpt-ad-top').addService(googletag.pubads());googletag.defineSlot('/21710419/alquds_article_mpu',[300,250],'div-gpt-ad-mpu').addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="rtl post-template-default single single-post postid-3134572 single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">تخطي إلى المحتوى</a>
<div class="top-bar"><div class="container"><span class="top-bar__date">الأربعاء 14 يونيو 2023</span><ul class="top-bar__social"><li><a href="https://www.facebook.com/alqudsalarabi">فيسبوك</a></li><li><a href="https://twitter.com/alqudsalarabi">تويتر</a></li><li><a href="https://t.me/alqudsalarabi">تلغرام</a></li></ul><a class="top-bar__pdf" href="https://www.alquds.co.uk/pdf/">النسخة الورقية</a></div></div>
<header id="masthead" class="site-header"><div class="container"><div class="site-branding"><a href="https://www.alquds.co.uk/" rel="home" class="custom-logo-link"><img width="300" height="80" src="https://www.alquds.co.uk/wp-content/uploads/2019/01/logo.png" class="custom-logo" alt="القدس العربي" decoding="async"/></a></div>
<div id="div-gpt-ad-top" class="ad ad--leaderboard"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-top');});</script></div></div>
<nav id="site-navigation" class="main-navigation"><div class="container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">القائمة</button><div class="menu-main-menu-container"><ul id="primary-menu" class="menu">
${menu.map((m,i)=>`<li id="menu-item-${1201+i}" class="menu-item menu-item-type-taxonomy menu-item-object-category${i==1?' current-post-ancestor current-menu-parent':''} menu-item-${1201+i}"><a href="https://www.alquds.co.uk/${i?'category/'+['politics','palestine','economy','opinion','culture','sports','technology','health','misc','investigations','panorama','caricature','video','press','classifieds'][i-1]+'/':''}">${m}</a></li>`).join('\n')}
</ul></div><a class="search-toggle" href="#search">بحث</a></div></nav></header>
<div class="breaking-news"><div class="container"><span class="breaking-news__label">عاجل</span><div class="breaking-news__ticker"><ul>
<li><a href="https://www.alquds.co.uk/?p=3134590">الأمم المتحدة: مقتل 500 سوداني على الأقل في دارفور خلال أسبوع</a></li>
<li><a href="https://www.alquds.co.uk/?p=3134588">غرق قارب مهاجرين قبالة السواحل اليونانية وعشرات المفقودين</a></li>
<li><a href="https://www.alquds.co.uk/?p=3134575">الاحتلال يقتحم مخيم جنين ويعتقل ثلاثة شبان</a></li>
</ul></div></div></div>
<div id="content" class="site-content"><div class="container"><div class="row">
<main id="primary" class="site-main col-lg-8">
<article id="post-3134572" class="post-3134572 post type-post status-publish format-standard has-post-thumbnail hentry category-politics tag-lebanon-presidential-elections tag-nabih-berri tag-jihad-azour tag-sleiman-frangieh">
<header class="entry-header"><div class="entry-category"><a href="https://www.alquds.co.uk/category/politics/" rel="category tag">سياسة</a></div>
<h1 class="entry-title">${esc(title)}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://www.alquds.co.uk/author/saad-elias/">سعد الياس</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2023-06-14T18:48:21+03:00">14 - يونيو - 2023</time></span> <span class="comments-link"><a href="#comments">9 تعليقات</a></span></div>
<div class="share-buttons"><span>شارك</span><a class="share-facebook" href="https://www.facebook.com/sharer.php?u=https://www.alquds.co.uk/?p=3134572" target="_blank" rel="noopener">فيسبوك</a><a class="share-twitter" href="https://twitter.com/intent/tweet?url=https://www.alquds.co.uk/?p=3134572" target="_blank" rel="noopener">تويتر</a><a class="share-whatsapp" href="https://api.whatsapp.com/send?text=https://www.alquds.co.uk/?p=3134572">واتساب</a><a class="share-telegram" href="https://t.me/share/url?url=https://www.alquds.co.uk/?p=3134572">تلغرام</a></div>
</header>
<div class="post-thumbnail"><figure class="wp-caption"><img width="730" height="438" src="https://www.alquds.co.uk/wp-content/uploads/2023/06/14-06-2023-lebanon-parliament-730x438.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high"/><figcaption class="wp-caption-text">جلسة انتخاب الرئيس في مجلس النواب اللبناني (أ ف ب)</figcaption></figure></div>
<div class="entry-content">
<p><strong>بيروت- «القدس العربي»:</strong></p>
${paras.slice(0,5).map(P).join('\n')}
<div id="div-gpt-ad-mpu" class="ad ad--inarticle"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-mpu');});</script></div>
${paras.slice(5).map(P).join('\n')}
</div>
<footer class="entry-footer"><div class="tags-links"><span class="tags-title">الوسوم</span> <a href="https://www.alquds.co.uk/tag/lebanon-presidential-elections/" rel="tag">انتخابات الرئاسة اللبنانية</a> <a href="https://www.alquds.co.uk/tag/nabih-berri/" rel="tag">نبيه بري</a> <a href="https://www.alquds.co.uk/tag/jihad-azour/" rel="tag">جهاد أزعور</a> <a href="https://www.alquds.co.uk/tag/sleiman-frangieh/" rel="tag">سليمان فرنجية</a></div></footer>
</article>
<section class="related-posts"><h2 class="section-title">مقالات ذات صلة</h2><div class="row">
<div class="col-md-4"><article class="post-card"><a href="https://www.alquds.co.uk/?p=3133980"><img src="https://www.alquds.co.uk/wp-content/uploads/2023/06/ludrian-300x180.jpg" alt="" loading="lazy"/></a><h3 class="post-card__title"><a href="https://www.alquds.co.uk/?p=3133980">لودريان في بيروت: مهمة استطلاعية أم خريطة طريق؟</a></h3><p class="post-card__excerpt">يصل الموفد الفرنسي وسط انقسام حاد حول الاستحقاق الرئاسي وتساؤلات عن حدود الدور الفرنسي.</p></article></div>
<div class="col-md-4"><article class="post-card"><a href="https://www.alquds.co.uk/?p=3133702"><img src="https://www.alquds.co.uk/wp-content/uploads/2023/06/mikati-300x180.jpg" alt="" loading="lazy"/></a><h3 class="post-card__title"><a href="https://www.alquds.co.uk/?p=3133702">ميقاتي: الحكومة لن تتخلى عن مسؤولياتها في ظل الشغور</a></h3><p class="post-card__excerpt">رئيس حكومة تصريف الأعمال يرد على منتقدي جلسات مجلس الوزراء.</p></article></div>
<div class="col-md-4"><article class="post-card"><a href="https://www.alquds.co.uk/?p=3133415"><img src="https://www.alquds.co.uk/wp-content/uploads/2023/06/lira-300x180.jpg" alt="" loading="lazy"/></a><h3 class="post-card__title"><a href="https://www.alquds.co.uk/?p=3133415">الليرة اللبنانية تسجل تراجعاً جديداً والمصارف تمدد إضرابها</a></h3><p class="post-card__excerpt">سعر الصرف في السوق الموازية يقترب من مستويات قياسية.</p></article></div>
</div></section>
<div id="comments" class="comments-area">
<h2 class="comments-title">تعليقات</h2>
<ol class="comment-list">
${comments.map(cm).join('\n')}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h3>
<form action="https://www.alquds.co.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='3134572' id='comment_post_ID' /></p></form></div>
</div>
</main>
<aside id="secondary" class="widget-area col-lg-4">
<section id="alquds_most_read-2" class="widget widget_most_read"><h2 class="widget-title">الأكثر قراءة</h2><ul>
<li><a href="https://www.alquds.co.uk/?p=3134201">الرياض وطهران تتفقان على إعادة فتح السفارات خلال شهرين</a></li>
<li><a href="https://www.alquds.co.uk/?p=3134122">مصر: الحكومة ترفع أسعار الكهرباء للشرائح العليا بدءاً من يوليو</a></li>
<li><a href="https://www.alquds.co.uk/?p=3133998">كاتب إسرائيلي: حكومة نتنياهو تقود البلاد نحو الهاوية</a></li>
<li><a href="https://www.alquds.co.uk/?p=3133871">الجزائر تستدعي سفيرها في مدريد مجدداً</a></li>
<li><a href="https://www.alquds.co.uk/?p=3133760">الهلال يقترب من ضم نجم باريس سان جيرمان</a></li>
</ul></section>
<section id="custom_html-4" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="newsletter-box"><h3>اشترك في قائمتنا البريدية</h3><p>احصل على أهم الأخبار والمقالات يومياً في بريدك</p><form action="https://alquds.us14.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="البريد الإلكتروني"><button type="submit">اشترك</button></form></div></div></section>
<section id="alquds_opinion-3" class="widget widget_opinion"><h2 class="widget-title">رأي القدس</h2><ul><li><a href="https://www.alquds.co.uk/?p=3134400">لبنان: رئاسة معلّقة على توازن الخوف</a></li></ul></section>
</aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="container"><div class="footer-menu"><ul><li><a href="https://www.alquds.co.uk/about/">من نحن</a></li><li><a href="https://www.alquds.co.uk/advertise/">أعلن معنا</a></li><li><a href="https://www.alquds.co.uk/privacy-policy/">سياسة الخصوصية</a></li><li><a href="https://www.alquds.co.uk/contact/">اتصل بنا</a></li></ul></div>
<div class="site-info">© حقوق النشر 2023 القدس العربي. جميع الحقوق محفوظة. تصميم وتطوير Websites.ps</div></div></footer>
</div>
<script id='alquds-main-js' src='https://www.alquds.co.uk/wp-content/themes/alquds/dist/js/main.min.js?ver=1686650112'></script>
<script src='https://www.alquds.co.uk/wp-includes/js/comment-reply.min.js?ver=6.2.2' id='comment-reply-js' async></script>
</body>
</html>`;
emit(id,'Al-Quds Al-Arabi (WordPress, custom theme)','2023',title,paras,ex,html);
