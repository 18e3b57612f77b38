import { writePage } from './a1-lib.mjs';
const id = 'p105-kuna-amir-congratulates-macron';
const title = 'سمو الأمير يهنئ الرئيس الفرنسي المنتخب بفوزه في الانتخابات الرئاسية';
const paras = [
  'الكويت - 8 - 5 (كونا) -- بعث حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح حفظه الله ورعاه ببرقية تهنئة الى الرئيس الفرنسي المنتخب ايمانويل ماكرون ضمن فيها سموه خالص تهانيه بمناسبة فوزه في الانتخابات الرئاسية متمنيا له التوفيق والسداد ولعلاقات البلدين الصديقين المزيد من التطور والنماء.',
  'وبعث سمو ولي العهد الشيخ نواف الأحمد الجابر الصباح حفظه الله ببرقية تهنئة مماثلة.',
  'كما بعث سمو الشيخ جابر المبارك الحمد الصباح رئيس مجلس الوزراء ببرقية تهنئة مماثلة.',
];
const latest = [
  ['14:52', 'وزير الخارجية يستقبل سفير جمهورية الصين الشعبية لدى البلاد'],
  ['14:40', 'سعر برميل النفط الكويتي ينخفض 31 سنتا ليبلغ 46.87 دولار'],
  ['14:31', 'بورصة الكويت تغلق تعاملاتها على ارتفاع مؤشراتها الثلاثة'],
  ['14:18', 'مجلس الأمة يوافق على طلب مناقشة قضية الاسكان في جلسة خاصة'],
  ['14:05', 'وزير الصحة: افتتاح مستشفى جابر الأحمد خلال أشهر'],
  ['13:57', 'ولي العهد السعودي يستقبل وزير الدفاع الأمريكي في الرياض'],
  ['13:44', 'الأمم المتحدة تحذر من تفاقم المجاعة في اليمن والصومال'],
  ['13:30', 'الكويت تشارك في اجتماع وزراء المالية الخليجيين في الرياض'],
  ['13:12', 'الهلال الأحمر الكويتي يوزع مساعدات على النازحين العراقيين في الموصل'],
  ['12:58', 'منتخب الكويت للرماية يحصد ذهبية بطولة آسيا في أستانا'],
  ['12:41', 'وزارة الداخلية: ضبط 42 مخالفا لقانون الإقامة في حملة أمنية بالجليب'],
  ['12:29', 'جامعة الكويت تعلن مواعيد التسجيل للفصل الصيفي'],
  ['12:10', 'النفط يستقر مع ترقب الأسواق لاجتماع أوبك المقبل'],
  ['11:54', 'مؤسسة البترول توقع عقدا لتطوير مصفاة الزور'],
  ['11:37', 'المجلس الوطني للثقافة يفتتح معرض الفنون التشكيلية السنوي'],
  ['11:20', 'وزير التجارة يبحث مع نظيره الأردني تعزيز التبادل التجاري'],
  ['11:02', 'الأرصاد: طقس حار نهارا ورياح شمالية غربية نشطة'],
  ['10:45', 'بيت الزكاة يطلق حملة لكفالة الأيتام في رمضان'],
  ['10:30', 'البنك المركزي يطرح سندات وتورق بقيمة 240 مليون دينار'],
  ['10:12', 'مصر: الحكم بإعدام 6 متهمين في قضية اغتيال'],
];
const mostRead = ['سمو الأمير يستقبل رئيس مجلس الأمة وسمو رئيس مجلس الوزراء', 'مجلس الوزراء يعتمد خطة التنمية للسنوات الخمس المقبلة', 'وزير المالية: عجز الميزانية يتراجع الى 5.9 مليار دينار', 'الكويت تدين التفجير الإرهابي في العاصمة الأفغانية كابول', 'إطلاق خدمة الدفع الالكتروني لمخالفات المرور', 'نائب وزير الخارجية: العلاقات الكويتية الفرنسية تاريخية ومتميزة', 'المنتخب الأولمبي يتأهل إلى نهائيات كأس آسيا'];
const photos = ['سمو ولي العهد يستقبل سمو الشيخ ناصر المحمد', 'جانب من افتتاح مؤتمر الكويت الدولي للطاقة', 'وزير الاعلام يكرم الفائزين بجائزة الدولة التقديرية'];
const cell = (h) => `<table width="100%" border="0" cellspacing="0" cellpadding="3" class="boxTbl">${h}</table>`;
const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl">
<head>
<title>
	كونا : سمو الأمير يهنئ الرئيس الفرنسي المنتخب بفوزه في الانتخابات الرئاسية - الشؤون السياسية - 08/05/2017
</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="description" content="بعث حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح حفظه الله ورعاه ببرقية تهنئة الى الرئيس الفرنسي المنتخب ايمانويل ماكرون">
<meta name="keywords" content="كونا, وكالة الأنباء الكويتية, الكويت, أخبار">
<meta property="og:title" content="سمو الأمير يهنئ الرئيس الفرنسي المنتخب بفوزه في الانتخابات الرئاسية">
<meta property="og:site_name" content="وكالة الأنباء الكويتية (كونا)">
<meta property="og:image" content="https://www.kuna.net.kw/NewsPictures/2017/5/8/b3a71f24-amir.jpg">
<link href="Styles/KunaAr.css" rel="stylesheet" type="text/css">
<script language="javascript" type="text/javascript" src="Scripts/common.js"></script>
<script language="javascript" type="text/javascript">
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
function printArticle(id){ window.open('ArticlePrintPage.aspx?id='+id+'&language=ar','print','width=650,height=600,scrollbars=yes'); }
</script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2471360-1']); _gaq.push(['_trackPageview']);</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/ar/menu_home_on.gif','images/ar/menu_news_on.gif')">
<form name="Form1" method="post" action="ArticleDetails.aspx?id=2609153&amp;language=ar" id="Form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE5NDIyMjQ0MjcPZBYCZg9kFgICAQ9kFgQCAQ8PFgIeBFRleHQFBtmD2YjZhtinZGQCAw8PFgIfAAUJMDgvMDUvMjAxN2RkZOy2cJ3xW1L6M4kq0d9sXfEuVHyk" />
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="95" background="images/ar/header_bg.jpg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
        <td width="260"><a href="Default.aspx?language=ar"><img src="images/ar/kuna_logo.gif" alt="وكالة الأنباء الكويتية - كونا" width="250" height="90" border="0"></a></td>
        <td align="center"><font face="Tahoma" size="1" color="#FFFFFF">الاثنين 12 شعبان 1438 هـ - 8 مايو 2017</font></td>
        <td width="480" align="left"><a href="http://www.kuna.net.kw/banners/click.aspx?b=511"><img src="banners/ar/kpc_468x60.gif" width="468" height="60" border="0" alt="إعلان"></a></td>
      </tr></table>
    </td>
  </tr>
  <tr>
    <td bgcolor="#0B4D7D" height="28">
      <table border="0" cellspacing="0" cellpadding="0" align="center"><tr>
        <td class="menuItem"><a href="Default.aspx?language=ar" class="menuLink">الرئيسية</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="NewsAgenciesPublicSite/MainCategory.aspx?id=1&amp;language=ar" class="menuLink">الشؤون المحلية</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="MainCategory.aspx?id=2&amp;language=ar" class="menuLink">الشؤون السياسية</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="MainCategory.aspx?id=3&amp;language=ar" class="menuLink">الشؤون الاقتصادية</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="MainCategory.aspx?id=4&amp;language=ar" class="menuLink">النفط</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="MainCategory.aspx?id=5&amp;language=ar" class="menuLink">الشؤون الرياضية</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="MainCategory.aspx?id=6&amp;language=ar" class="menuLink">الشؤون الثقافية</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="MainCategory.aspx?id=7&amp;language=ar" class="menuLink">الشؤون الصحية</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="MainCategory.aspx?id=8&amp;language=ar" class="menuLink">منوعات</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="PhotoGallery.aspx?language=ar" class="menuLink">الصور</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="VideoGallery.aspx?language=ar" class="menuLink">الفيديو</a></td><td><img src="images/ar/menu_sep.gif"></td>
        <td class="menuItem"><a href="ArticleDetails.aspx?id=2609153&amp;language=en" class="menuLink">English</a></td>
      </tr></table>
    </td>
  </tr>
  <tr>
    <td bgcolor="#E8EEF3" height="24"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="70" bgcolor="#C00000" align="center"><font face="Tahoma" size="2" color="#FFFFFF"><b>عاجل</b></font></td><td><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font face="Tahoma" size="2"><a href="ArticleDetails.aspx?id=2609170&amp;language=ar" class="tickerLink">مجلس الوزراء يعقد اجتماعه الأسبوعي برئاسة سمو الشيخ جابر المبارك</a> ::: <a href="ArticleDetails.aspx?id=2609168&amp;language=ar" class="tickerLink">وزير الخارجية يستقبل سفير جمهورية الصين الشعبية لدى البلاد</a></font></marquee></td></tr></table></td>
  </tr>
  <tr>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td width="230" valign="top" bgcolor="#F4F6F8">
            ${cell(`<tr><td class="boxTitle" bgcolor="#0B4D7D"><font face="Tahoma" size="2" color="#FFFFFF"><b>آخر الأخبار</b></font></td></tr>${latest.map(([t, h], i) => `<tr><td class="latestRow"><font face="Tahoma" size="1" color="#999999">${t}</font> <a href="ArticleDetails.aspx?id=26091${60 - i}&amp;language=ar" class="latestLink">${h}</a></td></tr>`).join('\n')}<tr><td align="left"><a href="LatestNews.aspx?language=ar" class="moreLink">المزيد &gt;&gt;</a></td></tr>`)}
            <br>
            ${cell(`<tr><td class="boxTitle" bgcolor="#0B4D7D"><font face="Tahoma" size="2" color="#FFFFFF"><b>صور اليوم</b></font></td></tr>${photos.map((p, i) => `<tr><td align="center"><a href="PhotoDetails.aspx?id=55810${i}&amp;language=ar"><img src="NewsPictures/2017/5/8/thumb_${i}.jpg" width="200" height="130" border="0" alt="${p}"></a><br><font face="Tahoma" size="1">${p}</font></td></tr>`).join('')}`)}
          </td>
          <td width="10">&nbsp;</td>
          <td valign="top">
            <table width="100%" border="0" cellspacing="0" cellpadding="0">
              <tr><td class="path"><font face="Tahoma" size="1"><a href="Default.aspx?language=ar">الرئيسية</a> &gt; <a href="MainCategory.aspx?id=2&amp;language=ar">الشؤون السياسية</a></font></td></tr>
              <tr><td height="8"></td></tr>
              <tr><td class="articleDate"><span id="lblDate"><font face="Tahoma" size="1" color="#666666">08/05/2017 10:15 AM</font></span></td></tr>
              <tr><td class="articleTitle"><span id="lblTitle"><font face="Tahoma" size="4" color="#0B4D7D"><b>${title}</b></font></span></td></tr>
              <tr><td height="6"></td></tr>
              <tr><td><table border="0" cellpadding="2" cellspacing="0"><tr><td><a href="javascript:printArticle(2609153)"><img src="images/print.gif" border="0"> طباعة</a></td><td>&nbsp;</td><td><a href="SendToFriend.aspx?id=2609153&amp;language=ar"><img src="images/mail.gif" border="0"> ارسل لصديق</a></td><td>&nbsp;</td><td><a href="https://twitter.com/share?text=">تويتر</a></td><td><a href="https://www.facebook.com/sharer.php?u=">فيسبوك</a></td><td>&nbsp;<font size="1">حجم الخط</font> <a href="#" onclick="changeFont(1)">+</a> <a href="#" onclick="changeFont(-1)">-</a></td></tr></table></td></tr>
              <tr><td height="10"></td></tr>
              <tr><td class="articleBody" align="justify"><span id="lblBody" class="bodyText"><font face="Tahoma" size="2">${paras.join('<br><br>')}<br><br>(النهاية)<br>ا ب ج / ع ج<br>081015 جمت مايو 17</font></span></td></tr>
              <tr><td height="15"></td></tr>
              <tr><td class="relatedTitle" bgcolor="#E8EEF3"><font face="Tahoma" size="2"><b>اخبار ذات صلة</b></font></td></tr>
              <tr><td><ul class="relatedList"><li><a href="ArticleDetails.aspx?id=2608877&amp;language=ar">ماكرون يفوز بالرئاسة الفرنسية بنسبة 66.1 بالمئة من الأصوات</a></li><li><a href="ArticleDetails.aspx?id=2607121&amp;language=ar">الكويت وفرنسا توقعان مذكرة تفاهم للتعاون في مجال الدفاع</a></li><li><a href="ArticleDetails.aspx?id=2605530&amp;language=ar">سفير فرنسا لدى الكويت: التعاون الثنائي يشهد نموا متسارعا</a></li></ul></td></tr>
            </table>
          </td>
          <td width="10">&nbsp;</td>
          <td width="200" valign="top">
            <a href="banners/click.aspx?b=512"><img src="banners/ar/nbk_200x300.gif" width="200" height="300" border="0" alt="إعلان"></a><br><br>
            ${cell(`<tr><td class="boxTitle" bgcolor="#0B4D7D"><font face="Tahoma" size="2" color="#FFFFFF"><b>الأكثر قراءة</b></font></td></tr>${mostRead.map((h, i) => `<tr><td class="mostRow"><font face="Tahoma" size="2" color="#C00000"><b>${i + 1}</b></font> <a href="ArticleDetails.aspx?id=26085${i}1&amp;language=ar" class="mostLink">${h}</a></td></tr>`).join('\n')}`)}
            <br>
            ${cell(`<tr><td class="boxTitle" bgcolor="#0B4D7D"><font face="Tahoma" size="2" color="#FFFFFF"><b>أسعار العملات</b></font></td></tr><tr><td><table width="100%" cellpadding="2" cellspacing="1" bgcolor="#CCCCCC"><tr bgcolor="#FFFFFF"><td>الدولار الأمريكي</td><td>0.3045</td></tr><tr bgcolor="#FFFFFF"><td>اليورو</td><td>0.3327</td></tr><tr bgcolor="#FFFFFF"><td>الجنيه الاسترليني</td><td>0.3941</td></tr><tr bgcolor="#FFFFFF"><td>الين الياباني</td><td>0.0027</td></tr><tr bgcolor="#FFFFFF"><td>الريال السعودي</td><td>0.0812</td></tr></table><font size="1">المصدر: بنك الكويت المركزي</font></td></tr>`)}
          </td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td bgcolor="#0B4D7D" height="60" align="center"><font face="Tahoma" size="1" color="#FFFFFF"><a href="AboutKuna.aspx?language=ar" class="footLink">عن كونا</a> | <a href="ContactUs.aspx?language=ar" class="footLink">اتصل بنا</a> | <a href="Subscription.aspx?language=ar" class="footLink">الاشتراكات</a> | <a href="SiteMap.aspx?language=ar" class="footLink">خريطة الموقع</a><br>جميع الحقوق محفوظة &copy; وكالة الأنباء الكويتية (كونا) 2017</font></td>
  </tr>
</table>
</form>
<script type="text/javascript">(function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = 'http://www.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();</script>
</body>
</html>`;
writePage(id, html, { title, paras, source: 'invented page (heldout-pages set 1, writer A), KUNA (old ASP.NET table layout, no lang attribute) markup as of 2017', excludes: [
  '081015 جمت مايو 17',
  'ماكرون يفوز بالرئاسة الفرنسية بنسبة 66.1 بالمئة من الأصوات',
  'سفير فرنسا لدى الكويت: التعاون الثنائي يشهد نموا متسارعا',
  'اخبار ذات صلة',
  'وزير الخارجية يستقبل سفير جمهورية الصين الشعبية لدى البلاد',
  'سعر برميل النفط الكويتي ينخفض 31 سنتا ليبلغ 46.87 دولار',
  'مجلس الأمة يوافق على طلب مناقشة قضية الاسكان في جلسة خاصة',
  'نائب وزير الخارجية: العلاقات الكويتية الفرنسية تاريخية ومتميزة',
  'سمو الأمير يستقبل رئيس مجلس الأمة وسمو رئيس مجلس الوزراء',
  'مجلس الوزراء يعقد اجتماعه الأسبوعي برئاسة سمو الشيخ جابر المبارك',
  'وزير الاعلام يكرم الفائزين بجائزة الدولة التقديرية',
  'ارسل لصديق',
]});
