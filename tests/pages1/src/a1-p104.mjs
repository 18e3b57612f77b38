import { writePage } from './a1-lib.mjs';
const id = 'p104-youm7-students-anemia-screening';
const title = 'وزيرة الصحة: فحص 11 مليون طالب ضمن المرحلة الثانية لمبادرة الكشف عن الأنيميا والسمنة والتقزم';
const paras = [
  'أعلنت الدكتورة هالة زايد، وزيرة الصحة والسكان، انطلاق المرحلة الثانية من المبادرة الرئاسية للكشف عن الأنيميا والسمنة والتقزم بين طلاب المدارس الابتدائية، اعتبارا من صباح اليوم الأحد، لتستهدف نحو 11 مليون طالب وطالبة فى 27 محافظة على مستوى الجمهورية.',
  'وقالت وزيرة الصحة، خلال تفقدها سير العمل بإحدى مدارس حى مصر الجديدة بمحافظة القاهرة، إن المبادرة تأتى تنفيذا لتوجيهات الرئيس عبد الفتاح السيسى بالاهتمام بصحة الأطفال، مؤكدة أن "الفحص مجانى بالكامل، ويتم داخل المدارس دون تحميل أولياء الأمور أى أعباء".',
  'وأضافت "زايد"، أن الفرق الطبية تقوم بقياس الطول والوزن ونسبة الهيموجلوبين فى الدم، وفى حال اكتشاف أى حالة مرضية يتم تحويلها إلى العيادات المتخصصة بالمستشفيات التابعة للوزارة لتلقى العلاج بالمجان، لافتة إلى أن المرحلة الأولى شملت فحص أكثر من 4.5 مليون طالب.',
  'ومن جانبه، أوضح الدكتور خالد مجاهد، المتحدث الرسمى باسم وزارة الصحة والسكان، أن الوزارة خصصت 2500 فريق طبى للعمل بالمدارس بالتنسيق مع وزارة التربية والتعليم، مشيرا إلى أن نتائج المرحلة الأولى كشفت عن إصابة نحو 13% من الطلاب بالأنيميا، و16% بالسمنة، و5% بالتقزم.',
  'وأشار "مجاهد" إلى أن الوزارة أطلقت تطبيقا إلكترونيا لتسجيل بيانات الطلاب ومتابعة حالاتهم الصحية، كما تم توفير أدلة توعوية للمعلمين وأولياء الأمور حول أسس التغذية السليمة والوجبات الصحية.',
  'يذكر أن المبادرة تأتى ضمن حملة "100 مليون صحة"، التى أطلقتها الدولة للقضاء على فيروس سى والكشف عن الأمراض غير السارية، وتستمر المرحلة الثانية حتى نهاية شهر ديسمبر المقبل.',
];
const readAlso = 'اقرأ أيضا: الصحة: تطعيم 16 مليون طفل ضد شلل الأطفال خلال الحملة القومية';
const body = paras[0] + '<br />\n<br />\n' + paras[1] + '<br />\n<br />\n' + paras[2] + '<br />\n<br />\n<a href="https://www.youm7.com/story/2019/10/12/4456021" target="_blank"><strong>' + readAlso + '</strong></a><br />\n<br />\n' + paras[3] + '<br />\n<br />\n' + paras[4] + '<br />\n<br />\n' + paras[5] + '<br />\n';
const most = ['بالأسماء.. حركة تنقلات جديدة لمديرى الأمن بعدد من المحافظات', 'الأرصاد: طقس معتدل نهارا مائل للبرودة ليلا والعظمى بالقاهرة 29', 'محمد صلاح يقود ليفربول أمام مانشستر يونايتد فى قمة الدورى الإنجليزى', 'سعر الدولار اليوم الأحد 13-10-2019 أمام الجنيه فى البنوك', 'تعرف على مواعيد امتحانات شهر أكتوبر لطلاب المرحلة الابتدائية', 'النيابة تأمر بحبس المتهمين بسرقة مشغولات ذهبية من محل بالجيزة'];
const commented = ['التعليم: لا زيادة فى مصروفات المدارس الحكومية هذا العام', 'الزمالك يعلن تفاصيل إصابة لاعبه قبل السوبر الأفريقى', 'مجلس النواب يناقش تعديلات قانون الإيجار القديم'];
const related = [['الصحة: 3 ملايين طالب خضعوا للكشف عن فيروس سى بالمدارس', 'أكدت الوزارة أن نسبة الإيجابية بين الطلاب لم تتجاوز 0.5%.'], ['محافظ القاهرة يتابع انتظام الفرق الطبية بالمدارس', 'وجه المحافظ بتذليل أى عقبات تواجه الفرق خلال أيام الفحص.'], ['نصائح لأولياء الأمور لتجنب إصابة أطفالهم بالأنيميا', 'يوصى الأطباء بتناول الخضراوات الورقية والبقوليات واللحوم الحمراء.']];
const vs = '/wEPDwUKLTQ4NzY1NTk2Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0BSrYp9mE2YrZiNmFINin2YTYs9in2KjYuWRkAgMPZBYCAgEPZBYCZg9kFgQCAQ8WAh8ABQbYp9mE2LXYrdipZAICDxYCHwAFUnYxMS4wZGSkLmQj3P8cVxk0q8vZf9sYxq2LwA==';
const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head id="ctl00_Head1"><title>
	وزيرة الصحة: فحص 11 مليون طالب ضمن المرحلة الثانية لمبادرة الكشف عن الأنيميا والسمنة والتقزم - اليوم السابع
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="أعلنت الدكتورة هالة زايد، وزيرة الصحة والسكان، انطلاق المرحلة الثانية من المبادرة الرئاسية للكشف عن الأنيميا والسمنة والتقزم" />
<meta name="keywords" content="هالة زايد,وزارة الصحة,الأنيميا,السمنة,التقزم,100 مليون صحة,خالد مجاهد" />
<meta property="og:title" content="وزيرة الصحة: فحص 11 مليون طالب ضمن المرحلة الثانية لمبادرة الكشف عن الأنيميا والسمنة والتقزم" />
<meta property="og:type" content="article" /><meta property="og:url" content="https://www.youm7.com/story/2019/10/13/وزيرة-الصحة-فحص-11-مليون-طالب/4457390" />
<meta property="og:image" content="https://img.youm7.com/large/2019101310442544.jpg" /><meta property="og:site_name" content="اليوم السابع" /><meta property="fb:app_id" content="1486447321678436" />
<meta name="twitter:card" content="summary_large_image" /><meta name="twitter:site" content="@youm7" />
<link rel="canonical" href="https://www.youm7.com/story/2019/10/13/وزيرة-الصحة-فحص-11-مليون-طالب/4457390" /><link rel="amphtml" href="https://www.youm7.com/amp/2019/10/13/وزيرة-الصحة-فحص-11-مليون-طالب/4457390" />
<link href="/Content/css/bootstrap.min.css?v=3.3" rel="stylesheet" type="text/css" /><link href="/Content/css/style.css?v=11.52" rel="stylesheet" type="text/css" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.youm7.com/story/2019/10/13/4457390"},"headline":"وزيرة الصحة: فحص 11 مليون طالب ضمن المرحلة الثانية لمبادرة الكشف عن الأنيميا والسمنة والتقزم","image":{"@type":"ImageObject","url":"https://img.youm7.com/large/2019101310442544.jpg","height":450,"width":800},"datePublished":"2019-10-13T14:00:00+02:00","dateModified":"2019-10-13T14:00:00+02:00","author":{"@type":"Person","name":"مروة محمود"},"publisher":{"@type":"Organization","name":"اليوم السابع","logo":{"@type":"ImageObject","url":"https://www.youm7.com/images/logo.png","width":200,"height":60}},"description":"أعلنت الدكتورة هالة زايد، وزيرة الصحة والسكان، انطلاق المرحلة الثانية"}</script>
<script type="text/javascript">var googletag=googletag||{};googletag.cmd=googletag.cmd||[];googletag.cmd.push(function(){googletag.defineSlot('/1051217/Youm7_Desktop_Story_Leaderboard',[[728,90],[970,90]],'div-gpt-ad-1470050000001-0').addService(googletag.pubads());googletag.defineSlot('/1051217/Youm7_Desktop_Story_MPU',[300,250],'div-gpt-ad-1470050000002-0').addService(googletag.pubads());googletag.pubads().setTargeting('section','health').setTargeting('storyid','4457390');googletag.enableServices();});</script>
<script async="async" src="https://www.googletagservices.com/tag/js/gpt.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./4457390" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAPx5T3q8a1i8H2m9HqZ0l8M1kC0s3vQ8LxW+Gq3y1Ck7o3a5Ge8=" /></div>
<header id="ctl00_header" class="mainHeader">
  <div class="topBar"><div class="container"><div class="topDate"><span id="ctl00_lblDate">الأحد، 13 أكتوبر 2019 - 02:41 م</span></div><div class="topSocial"><a href="https://www.facebook.com/youm7" target="_blank" class="fb"></a><a href="https://twitter.com/youm7" target="_blank" class="tw"></a><a href="https://www.youtube.com/user/videoyoum7" target="_blank" class="yt"></a></div></div></div>
  <div class="container"><div class="logoArea"><a id="ctl00_hlLogo" href="https://www.youm7.com/"><img src="/images/logo.png" alt="اليوم السابع" /></a></div>
  <div class="headerAd"><div id='div-gpt-ad-1470050000001-0' style='height:90px; width:970px;'><script type='text/javascript'>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1470050000001-0'); });</script></div></div></div>
  <nav class="mainNav"><div class="container"><ul id="ctl00_ulMenu" class="navbar-nav">
    <li><a href="/">الرئيسية</a></li><li><a href="/Section/أخبار-عاجلة/65/1">أخبار عاجلة</a></li><li><a href="/Section/سياسة/319/1">سياسة</a></li><li><a href="/Section/تقارير-مصرية/97/1">تقارير مصرية</a></li><li><a href="/Section/أخبار-عربية/88/1">أخبار عربية</a></li><li><a href="/Section/أخبار-عالمية/286/1">أخبار عالمية</a></li><li><a href="/Section/حوادث/203/1">حوادث</a></li><li><a href="/Section/أخبار-المحافظات/296/1">محافظات</a></li><li><a href="/Section/اقتصاد-وبورصة/297/1">اقتصاد وبورصة</a></li><li><a href="/Section/رياضة/298/1">رياضة</a></li><li class="active"><a href="/Section/صحة-وطب/245/1">صحة وطب</a></li><li><a href="/Section/فن/48/1">فن</a></li><li><a href="/Section/تعليم/332/1">تعليم</a></li><li><a href="/Section/المرأة-والمنوعات/89/1">المرأة والمنوعات</a></li><li><a href="/Section/تكنولوجيا/328/1">تكنولوجيا</a></li><li><a href="/Section/ثقافة/94/1">ثقافة</a></li><li><a href="/Section/فيديو-اليوم/251/1">فيديو اليوم</a></li>
  </ul></div></nav>
  <div class="breakingNews"><div class="container"><span class="breakTitle">عاجل</span><marquee id="ctl00_marqBreaking" direction="right" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();"><a href="/story/2019/10/13/4457401">رئيس الوزراء يتفقد أعمال تطوير مستشفى قصر العينى</a> &nbsp;|&nbsp; <a href="/story/2019/10/13/4457388">البورصة تربح 6 مليارات جنيه فى منتصف تعاملات اليوم</a> &nbsp;|&nbsp; <a href="/story/2019/10/13/4457375">الخارجية تدين الهجوم الإرهابى فى بوركينا فاسو</a></marquee></div></div>
</header>
<div class="container">
<div class="row">
<div class="col-md-8 col-xs-12">
  <div id="ctl00_ContentPlaceHolder1_divArticle" class="articleCont">
    <ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/Section/صحة-وطب/245/1">صحة وطب</a></li></ol>
    <div class="articleHeader">
      <h1>${title}</h1>
      <div class="newsStoryDate"><span id="ctl00_ContentPlaceHolder1_lblStoryDate">الأحد، 13 أكتوبر 2019 02:00 م</span></div>
      <span class="writeBy"><span id="ctl00_ContentPlaceHolder1_lblWriter">كتبت مروة محمود</span></span>
    </div>
    <div class="topShare"><a class="shareFB" href="https://www.facebook.com/sharer/sharer.php?u=https://www.youm7.com/4457390" target="_blank">شارك</a><a class="shareTW" href="https://twitter.com/share?url=https://www.youm7.com/4457390" target="_blank">غرد</a><a class="shareWA" href="whatsapp://send?text=https://www.youm7.com/4457390">واتس اب</a><span class="shortLink">https://www.youm7.com/4457390</span></div>
    <div class="img-cont"><img id="ctl00_ContentPlaceHolder1_imgStory" class="img-responsive" src="https://img.youm7.com/large/2019101310442544.jpg" alt="الدكتورة هالة زايد وزيرة الصحة والسكان" /><span class="img-caption">الدكتورة هالة زايد وزيرة الصحة والسكان أثناء تفقد الفحص بإحدى المدارس</span></div>
    <div id="articleBody" class="articleCont">
${body}    </div>
    <div class="bottomShare"><span>شارك هذا الخبر:</span><a class="shareFB" href="#">فيسبوك</a><a class="shareTW" href="#">تويتر</a></div>
    <div class="tags"><span class="tagsTitle">الكلمات المتعلقة :</span> <a href="/Tags/Index?id=118720&amp;tag=هالة-زايد">هالة زايد</a> <a href="/Tags/Index?id=20441&amp;tag=وزارة-الصحة">وزارة الصحة</a> <a href="/Tags/Index?id=230118&amp;tag=الأنيميا">الأنيميا</a> <a href="/Tags/Index?id=221930&amp;tag=100-مليون-صحة">100 مليون صحة</a></div>
    <div class="nabdApp"><a href="https://nabd.com/youm7" target="_blank">تابع أخبار اليوم السابع عبر تطبيق نبض</a></div>
    <div class="relatedNews"><h3 class="secTitle">أخبار متعلقة</h3><ul>${related.map(([h, l], i) => `<li><a href="/story/2019/10/1${i}/445${i}000"><img src="https://img.youm7.com/small/20191010${i}.jpg" alt="" /><h3>${h}</h3></a><p>${l}</p></li>`).join('')}</ul></div>
    <div id="ctl00_ContentPlaceHolder1_divComments" class="commentsArea"><h3 class="secTitle">التعليقات</h3><div class="noComments">لا توجد تعليقات على الخبر</div><h4>اضف تعليق</h4><div class="commentForm"><input name="ctl00$ContentPlaceHolder1$txtName" type="text" id="ctl00_ContentPlaceHolder1_txtName" placeholder="الاسم" /><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" placeholder="البريد الإلكتروني" /><textarea name="ctl00$ContentPlaceHolder1$txtComment" rows="2" cols="20" id="ctl00_ContentPlaceHolder1_txtComment" placeholder="التعليق"></textarea><input type="submit" name="ctl00$ContentPlaceHolder1$btnSend" value="إرسال" onclick="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;ctl00$ContentPlaceHolder1$btnSend&quot;, &quot;&quot;, true, &quot;comment&quot;, &quot;&quot;, false, false))" id="ctl00_ContentPlaceHolder1_btnSend" /></div></div>
  </div>
</div>
<div class="col-md-4 col-xs-12 sideBar">
  <div class="sideAd"><div id='div-gpt-ad-1470050000002-0' style='height:250px; width:300px;'><script type='text/javascript'>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1470050000002-0'); });</script></div></div>
  <div class="mostRead"><h3 class="secTitle">الأكثر قراءة</h3><ul>${most.map((t, i) => `<li><span class="num">${i + 1}</span><a href="/story/2019/10/13/44573${i}0">${t}</a></li>`).join('')}</ul></div>
  <div class="mostComment"><h3 class="secTitle">الأكثر تعليقاً</h3><ul>${commented.map((t, i) => `<li><a href="/story/2019/10/12/44562${i}0">${t}</a></li>`).join('')}</ul></div>
</div>
</div>
</div>
<footer class="mainFooter"><div class="container"><ul class="footerLinks"><li><a href="/Home/AboutUs">من نحن</a></li><li><a href="/Home/ContactUs">اتصل بنا</a></li><li><a href="/Home/Advertise">أعلن معنا</a></li><li><a href="/Home/Privacy">سياسة الخصوصية</a></li></ul><div class="copyRights">جميع الحقوق محفوظة &copy; 2019 - اليوم السابع | رئيس مجلس الإدارة ورئيس التحرير: خالد صلاح</div></div></footer>
<script src="/Scripts/jquery-1.10.2.min.js" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
WebForm_InitCallback();//]]>
</script>
</form>
</body>
</html>`;
writePage(id, html, { title, paras, source: 'invented page (heldout-pages set 1, writer A), Youm7 (ASP.NET WebForms, body as text and <br> without <p>) markup as of 2019', excludes: [
  readAlso,
  'الدكتورة هالة زايد وزيرة الصحة والسكان أثناء تفقد الفحص بإحدى المدارس',
  'كتبت مروة محمود',
  'الكلمات المتعلقة : هالة زايد وزارة الصحة الأنيميا 100 مليون صحة',
  'تابع أخبار اليوم السابع عبر تطبيق نبض',
  'الصحة: 3 ملايين طالب خضعوا للكشف عن فيروس سى بالمدارس',
  'أكدت الوزارة أن نسبة الإيجابية بين الطلاب لم تتجاوز 0.5%.',
  'نصائح لأولياء الأمور لتجنب إصابة أطفالهم بالأنيميا',
  'شارك هذا الخبر:',
  'لا توجد تعليقات على الخبر',
  'سعر الدولار اليوم الأحد 13-10-2019 أمام الجنيه فى البنوك',
  'رئيس الوزراء يتفقد أعمال تطوير مستشفى قصر العينى',
]});
