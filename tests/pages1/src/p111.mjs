import {emit, esc} from './lib.mjs';
const id='p111-aswanportal-abusimbel-sun-gallery';
const title='بالصور.. آلاف السائحين يشهدون تعامد الشمس على وجه رمسيس الثاني في أبو سمبل';
const paras=[
'شهد آلاف السائحين الأجانب والمصريين، فجر الخميس، ظاهرة تعامد الشمس على وجه تمثال الملك رمسيس الثاني داخل قدس الأقداس بمعبد أبو سمبل جنوب محافظة أسوان، والتي استمرت نحو 20 دقيقة وسط أجواء احتفالية.',
'وتوافد الزوار منذ منتصف الليل على ساحة المعبد، حيث قدمت فرق الفنون الشعبية من أسوان والنوبة وعدد من المحافظات عروضاً فلكلورية استمرت حتى لحظة دخول أشعة الشمس إلى عمق المعبد بمسافة تقارب 60 متراً.',
'وقال محافظ أسوان اللواء أشرف عطية، خلال متابعته الاحتفالية، إن المحافظة «استعدت بخطة متكاملة لاستقبال الزوار شملت رفع كفاءة الطرق وتوفير الخدمات الطبية والأمنية»، مشيراً إلى أن نسب الإشغال في فنادق أسوان وأبو سمبل تجاوزت 95 في المئة.',
'من جانبه، أوضح مدير آثار أبو سمبل أن الظاهرة تتكرر مرتين كل عام، في 22 فبراير و22 أكتوبر، وأن المصريين القدماء صمموا المعبد بحيث تضيء الشمس وجوه تماثيل رمسيس الثاني وآمون رع ورع حور آختي، بينما يبقى تمثال بتاح، إله الظلام، بعيداً عن الضوء.',
'وشهدت الاحتفالية هذا العام حضور عدد من سفراء الدول الأجنبية، إلى جانب وفود سياحية من الصين وإسبانيا وإيطاليا، فيما تستمر فعاليات مهرجان أسوان للثقافة والفنون حتى نهاية الأسبوع الجاري بمشاركة 12 فرقة محلية ودولية.',
];
const caps=[
['a1','جانب من توافد السائحين على ساحة معبد أبو سمبل منذ الساعات الأولى من الفجر، حيث اصطف المئات أمام البوابة الرئيسية في انتظار فتح أبواب المعبد لمشاهدة الظاهرة الفلكية الفريدة'],
['a2','لحظة دخول أشعة الشمس إلى قدس الأقداس وإضاءتها وجه تمثال الملك رمسيس الثاني، وهي الظاهرة التي تتكرر مرتين كل عام منذ أكثر من ثلاثة آلاف عام'],
['a3','فرقة أسوان للفنون الشعبية تقدم عروضاً نوبية تراثية أمام واجهة المعبد وسط تفاعل كبير من الزوار الأجانب الذين حرصوا على التقاط الصور التذكارية مع أعضاء الفرقة'],
['a4','محافظ أسوان يتفقد الاستعدادات في محيط المعبد برفقة عدد من القيادات التنفيذية ومسؤولي هيئة تنشيط السياحة قبل بدء الاحتفالية بساعات'],
['a5','سائحة صينية ترتدي الزي النوبي التقليدي خلال مشاركتها في الاحتفالات، بعدما اشترت الثوب من السوق السياحي المجاور لمعبد أبو سمبل'],
['a6','الواجهة الكاملة لمعبد أبو سمبل الكبير مع أول ضوء للنهار، وتظهر التماثيل الأربعة الضخمة للملك رمسيس الثاني التي يبلغ ارتفاع كل منها نحو عشرين متراً'],
];
const ex=[
caps[0][1], caps[2][1], caps[5][1],
'تصوير: محمد عبد الرحيم - بوابة أسوان',
'مواضيع متعلقة',
'محافظ أسوان يتفقد مشروعات تطوير كورنيش النيل قبل الموسم الشتوي',
'الكلمات الدلالية',
'تعليقات القراء',
'ربنا يحفظ مصر ويزيد السياحة، أسوان تستاهل كل خير',
'أضف تعليقاً',
'الأكثر قراءة',
'جميع الحقوق محفوظة © 2024 بوابة أسوان الإخبارية',
];
const gal=`<!-- JoomlaWorks "Simple Image Gallery Pro" Plugin (v3.7.0) starts here -->
<div class="sigProContainer sigProClassic sigProClassicContainer sigProExtended" id="sigProId8f31c2a7e4">
	<ul id="sigProGallery8f31c2a7e4" class="sigProGallery">
${caps.map(([f,c],i)=>`		<li class="sigProThumb">
			<span class="sigProLinkOuterWrapper"><span class="sigProLinkWrapper">
				<a href="/images/gallery/2024/02/abusimbel/${f}.jpg" class="sigProLink fancybox-button" style="width:600px;height:400px;" rel="fancybox-button[gallery8f31c2a7e4]" title="${esc(c)}" data-fancybox="gallery8f31c2a7e4" target="_blank">
					<img class="sigProImg" src="/media/jw_sigpro/placeholder.png" alt="${f}.jpg" title="${f}.jpg" style="width:600px;height:400px;background-image:url('/cache/jw_sigpro/jwsigpro_cache_8f31c2a7e4_${f}.jpg');" />
				</a>
			</span></span>
			<span class="sigProCaption" title="${esc(c)}">${esc(c)}</span>
		</li>`).join('\n')}
		<li class="sigProClear">&nbsp;</li>
	</ul>
	<div class="sigProCredits">تصوير: محمد عبد الرحيم - بوابة أسوان</div>
</div>
<!-- JoomlaWorks "Simple Image Gallery Pro" Plugin (v3.7.0) ends here -->`;
const menu=['الرئيسية','أخبار أسوان','حوادث','سياحة وآثار','النوبة','اقتصاد','رياضة','تعليم','صحة','مقالات','فن وثقافة','تحقيقات','خدمات','فيديو','اتصل بنا'];
const P=p=>`<p style="text-align: justify;">${esc(p)}</p>`;
const html=`<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar-aa" lang="ar-aa" dir="rtl">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<base href="https://www.aswanportal.com/tourism/item/18842-abu-simbel-sun-alignment-2024" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="keywords" content="أبو سمبل,تعامد الشمس,رمسيس الثاني,أسوان,سياحة" />
	<meta name="title" content="${esc(title)}" />
	<meta property="og:url" content="https://www.aswanportal.com/tourism/item/18842-abu-simbel-sun-alignment-2024" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="${esc(title)}" />
	<meta property="og:description" content="شهد آلاف السائحين الأجانب والمصريين ظاهرة تعامد الشمس على وجه تمثال الملك رمسيس الثاني" />
	<meta property="og:image" content="https://www.aswanportal.com/media/k2/items/cache/5c1d0e2fa93b_XL.jpg" />
	<meta name="image" content="https://www.aswanportal.com/media/k2/items/cache/5c1d0e2fa93b_XL.jpg" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="description" content="شهد آلاف السائحين الأجانب والمصريين ظاهرة تعامد الشمس على وجه تمثال الملك رمسيس الثاني" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>${esc(title)} - بوابة أسوان الإخبارية</title>
	<link href="/templates/ja_teline_v/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/components/com_k2/css/k2.css?v=2.10.3&amp;b=20200429" rel="stylesheet" type="text/css" />
	<link href="/media/jw_sigpro/includes/js/fancybox/jquery.fancybox.css?v=3.7.0" rel="stylesheet" type="text/css" />
	<link href="/plugins/content/jw_sigpro/jw_sigpro/tmpl/Classic/css/template.css" rel="stylesheet" type="text/css" media="screen" />
	<link href="/templates/ja_teline_v/css/rtl/bootstrap.css" rel="stylesheet" type="text/css" />
	<link href="/templates/ja_teline_v/css/rtl/template.css" rel="stylesheet" type="text/css" />
	<script type="application/json" class="joomla-script-options new">{"csrf.token":"4b7f3a2ec1d6a5b8e9f0c7d2a1b3e4f5","system.paths":{"root":"","base":""}}</script>
	<script src="/media/jui/js/jquery.min.js?b1e6a2f8c4d0e3a7f5b9" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-noconflict.js?b1e6a2f8c4d0e3a7f5b9" type="text/javascript"></script>
	<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/" type="text/javascript"></script>
	<script src="/media/jw_sigpro/includes/js/fancybox/jquery.fancybox.pack.js?v=3.7.0" type="text/javascript"></script>
	<script type="text/javascript">
		jQuery(function($){ $("a.fancybox-button").fancybox({padding:0,helpers:{title:{type:'inside'}}}); });
		var k2ratingURL = '/index.php';
	</script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2024-02-22T07:45:00+02:00","author":{"@type":"Person","name":"أحمد النوبي"},"publisher":{"@type":"Organization","name":"بوابة أسوان الإخبارية"}}</script>
	<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-5523817704198843" crossorigin="anonymous"></script>
</head>
<body id="bd" class="site com_k2 view-item no-layout no-task itemid-214 rtl">
<div class="t3-wrapper">
<header id="t3-header" class="wrap t3-header">
	<div class="container"><div class="row">
		<div class="col-xs-12 col-sm-4 logo"><div class="logo-image"><a href="https://www.aswanportal.com/" title="بوابة أسوان الإخبارية"><img class="logo-img" src="/images/logo-aswan.png" alt="بوابة أسوان الإخبارية" /></a><small class="site-slogan">صوت الجنوب</small></div></div>
		<div class="col-xs-12 col-sm-8 header-banner"><div class="moduletable"><div class="custom"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-5523817704198843" data-ad-slot="4417229031"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div></div>
	</div></div>
</header>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container"><div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu" data-responsive="true"><ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" class="nav navbar-nav level0">
${menu.map((m,i)=>`<li itemprop="name"${i==3?' class="current active"':''} data-id="${201+i}" data-level="1"><a itemprop="url" href="/${['','aswan-news','accidents','tourism','nuba','economy','sports','education','health','articles','culture','investigations','services','video','contact'][i]}">${m}</a></li>`).join('\n')}
</ul></div></div></div></nav>
<div class="wrap t3-topbar"><div class="container"><div class="moduletable ticker"><div class="ja-ticker"><span class="ticker-title">آخر الأخبار</span><ul class="ticker-items">
<li><a href="/aswan-news/item/18840">رفع حالة الطوارئ بمستشفيات أسوان استعداداً لاحتفالية التعامد</a></li>
<li><a href="/accidents/item/18836">إصابة 4 أشخاص في انقلاب ميكروباص على طريق أسوان - إدفو</a></li>
<li><a href="/education/item/18831">جامعة أسوان تعلن مواعيد امتحانات الفصل الدراسي الثاني</a></li>
</ul></div></div></div></div>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 col-sm-8">
<div id="system-message-container"></div>
<!-- Start K2 Item Layout -->
<span id="startOfPageId18842"></span>
<div id="k2Container" class="itemView">
	<div class="itemHeader">
		<span class="itemDateCreated">الخميس, 22 شباط/فبراير 2024 07:45</span>
		<h2 class="itemTitle">${esc(title)}</h2>
		<span class="itemAuthor">كتب&nbsp;<a rel="author" href="/tourism/itemlist/user/97-ahmed-elnouby">أحمد النوبي</a></span>
	</div>
	<div class="itemToolbar"><ul>
		<li><a class="itemPrintLink" rel="nofollow" href="/tourism/item/18842-abu-simbel-sun-alignment-2024?tmpl=component&amp;print=1">طباعة</a></li>
		<li><a class="itemEmailLink" rel="nofollow" href="/component/mailto/?tmpl=component&amp;template=ja_teline_v&amp;link=8e5c">البريد الإلكتروني</a></li>
		<li><span class="itemHits">قراءة 2841 مرات</span></li>
	</ul><div class="clr"></div></div>
	<div class="itemBody">
		<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/5c1d0e2fa93b_XL.jpg" title="اضغط لمعاينة الصورة بالحجم الكامل"><img src="/media/k2/items/cache/5c1d0e2fa93b_L.jpg" alt="${esc(title)}" style="width:600px; height:auto;" /></a></span><div class="clr"></div></div>
		<div class="itemFullText">
${P(paras[0])}
${P(paras[1])}
${gal}
${P(paras[2])}
${P(paras[3])}
${P(paras[4])}
		</div>
		<div class="itemSocialSharing"><div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-lang="ar">تغريدة</a></div><div class="itemFacebookButton"><div class="fb-like" data-href="https://www.aswanportal.com/tourism/item/18842" data-layout="button_count"></div></div></div>
		<div class="itemLinks"><div class="itemCategory"><span>نشرت في</span> <a href="/tourism">سياحة وآثار</a></div>
		<div class="itemTagsBlock"><span>الكلمات الدلالية</span><ul class="itemTags">
			<li><a href="/tourism/itemlist/tag/أبو سمبل">أبو سمبل</a></li>
			<li><a href="/tourism/itemlist/tag/تعامد الشمس">تعامد الشمس</a></li>
			<li><a href="/tourism/itemlist/tag/رمسيس الثاني">رمسيس الثاني</a></li>
		</ul><div class="clr"></div></div></div>
	</div>
	<div class="itemRelated"><h3>مواضيع متعلقة</h3><ul>
		<li class="even"><a class="itemRelTitle" href="/aswan-news/item/18790">محافظ أسوان يتفقد مشروعات تطوير كورنيش النيل قبل الموسم الشتوي</a></li>
		<li class="odd"><a class="itemRelTitle" href="/tourism/item/18702">ارتفاع أعداد الرحلات النيلية بين الأقصر وأسوان بنسبة 30%</a></li>
		<li class="even"><a class="itemRelTitle" href="/tourism/item/17655">بالفيديو.. تعامد الشمس على قدس الأقداس في أكتوبر الماضي</a></li>
	</ul></div>
	<div class="itemComments">
		<h3 class="itemCommentsCounter"><span>2</span> تعليقات القراء</h3>
		<ul class="itemCommentsList">
			<li class="even"><span class="commentLink"><a href="#comment115" name="comment115" id="comment115">رابط التعليق</a></span><span class="commentDate">الخميس, 22 شباط/فبراير 2024 10:12</span><span class="commentAuthorName">منشور بواسطة حسن عبد الله</span><p>ربنا يحفظ مصر ويزيد السياحة، أسوان تستاهل كل خير</p></li>
			<li class="odd"><span class="commentLink"><a href="#comment116" name="comment116" id="comment116">رابط التعليق</a></span><span class="commentDate">الخميس, 22 شباط/فبراير 2024 11:40</span><span class="commentAuthorName">منشور بواسطة سمية</span><p>كنت هناك السنة الماضية والزحمة كانت شديدة جداً، نتمنى تنظيم أفضل لدخول الزوار للمعبد.</p></li>
		</ul>
		<div class="itemCommentsForm"><h3>أضف تعليقاً</h3><p class="itemCommentsFormNotes">تأكد من إدخال جميع المعلومات المطلوبة، المشار إليها بعلامة النجمة (*). لا يسمح بأكواد HTML.</p>
		<form action="/index.php" method="post" id="comment-form" class="form-validate"><label class="formComment" for="commentText">الرسالة *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea><label class="formName" for="userName">الاسم *</label><input class="inputbox" type="text" name="userName" id="userName" value="" /><input type="submit" class="button" id="submitCommentButton" value="أرسل التعليق" /></form></div>
	</div>
</div>
<!-- End K2 Item Layout -->
</div>
<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4">
	<div class="t3-module module_popular"><div class="module-inner"><h3 class="module-title"><span>الأكثر قراءة</span></h3><div class="module-ct"><ul class="mostread">
		<li><a href="/accidents/item/18801">ضبط 3 أطنان سكر تمويني قبل بيعها في السوق السوداء بكوم أمبو</a></li>
		<li><a href="/nuba/item/18795">أهالي النوبة يطالبون بتسريع إجراءات التعويضات</a></li>
		<li><a href="/sports/item/18788">أسوان يتعادل مع الداخلية في دوري المحترفين</a></li>
		<li><a href="/health/item/18779">حملة للكشف المبكر عن فيروس سي في مدارس دراو</a></li>
	</ul></div></div></div>
	<div class="t3-module"><div class="module-inner"><div class="module-ct"><div class="custom"><ins class="adsbygoogle" style="display:inline-block;width:300px;height:600px" data-ad-client="ca-pub-5523817704198843" data-ad-slot="7719031144"></ins></div></div></div></div>
</div>
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container"><section class="t3-copyright"><div class="row"><div class="col-md-12 copyright"><small>جميع الحقوق محفوظة © 2024 بوابة أسوان الإخبارية</small><small><a href="/privacy">سياسة الخصوصية</a> - <a href="/about">من نحن</a></small></div></div></section></div></footer>
</div>
</body>
</html>`;
emit(id,'small Egyptian regional site (Joomla 3, K2 + Simple Image Gallery Pro, JA Teline V template)','2024',title,paras,ex,html);
