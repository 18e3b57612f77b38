import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Quotes given to the wrong person (round 104): the one who issues a document speaks in it («نشر X تدوينة قالت
// فيها»), and the topic of «أما X فقال» is who speaks, not whoever spoke in the sentence before.
const speakerOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words)) ?? null;

describe('the issuer of a document speaks in it', () => {
  // tests/heldout35/3603-hespress-rabat-legislative-results.txt: the issuer is described between commas.
  const rabat = 'ووفق مقتضيات الدستور، سيعين الملك محمد السادس رئيس الحكومة من الحزب الذي تصدر الانتخابات.\n\n'
    + 'ونشرت خديجة الرويسي، القيادية في الأصالة والمعاصرة، تدوينة قالت فيها إن حزبها "سيبقى صوت المعارضة القوية".';
  it('reads the subject past an apposition set off by commas', () => {
    expect(speakerOf(rabat, 'سيبقى صوت')?.speaker_ar).toBe('خديجة الرويسي');
  });

  // tests/heldout39/4007-al-rai-kuwait-constitutional-court-annuls-2022-vote.txt: «اكتفى … بتغريدة» with a platform
  // named in quotation marks between the document and «فيها».
  const kuwait = 'وأضاف السعدون أن «الحكم لا يعالج أصل الخلل، وإنما ينقل الأزمة من مكان إلى آخر».\n\n'
    + 'في المقابل، اكتفى رئيس مجلس 2020 مرزوق الغانم بتغريدة عبر حسابه في «تويتر» أكد فيها أن «القضاء الكويتي كان وسيبقى الحصن الأخير للدستور».';
  it('reads «اكتفى X بتغريدة … أكد فيها» as X\'s words', () => {
    expect(speakerOf(kuwait, 'الحصن الأخير')?.speaker_ar).toBe('مرزوق الغانم');
  });

  // tests/heldout34/3508-enab-baladi-idlib-first-covid-case.txt: an update («تحديث») is a document too.
  const idlib = 'وأضاف الشيخ أن الوزارة قررت إغلاق مستشفى باب الهوى مؤقتا أمام المراجعين.\n\n'
    + 'ونشر مختبر الترصد الوبائي تحديثا قال فيه إن عدد العينات التي جرى تحليلها منذ بداية الجائحة بلغ 1700 عينة.';
  it('gives an update to the body that published it', () => {
    expect(speakerOf(idlib, 'عدد العينات')?.speaker_ar).toBe('مختبر الترصد الوبائي');
  });

  it('still stops at a clause set off by a comma with no document after it (near miss)', () => {
    // A comma before the verb that is not an apposition before the document: the words stay with the minister.
    const text = 'وقال وزير الخارجية الأردني أيمن الصفدي إن الأزمة تتطلب حلا سياسيا.\n\n'
      + 'وأصدرت الوزارة، في وقت لاحق، بيانا أكدت فيه أن المملكة ترفض أي تهجير.';
    const q = speakerOf(text, 'ترفض أي تهجير');
    expect(q?.speaker_ar).not.toBe('أيمن الصفدي');
  });
});

describe('the topic of «أما X فقال»', () => {
  // tests/heldout22/2306-rt-arabic-jajarkot-nepal-earthquake-rescue.txt: «دان» (also the verb «condemned») opens
  // the topic, a foreign name whose middle word no dictionary knows.
  const nepal = 'وقال المسؤول المحلي كريشنا براساد بانداري إن فرق الإنقاذ وصلت متأخرة.\n\n'
    + 'أما دان بهادور خادكا، الذي فقد والديه، فقال إن القرويين انتشلوا الجثث بأيديهم قبل وصول أي فرق رسمية.';
  it('gives the words to the person the topic names', () => {
    expect(speakerOf(nepal, 'انتشلوا الجثث')?.speaker_ar).toBe('دان بهادور خادكا');
  });
  it('keeps the earlier speaker\'s own words (near miss)', () => {
    expect(speakerOf(nepal, 'وصلت متأخرة')?.speaker_ar).toContain('كريشنا براساد بانداري');
  });
});

describe('one who speaks in an official\'s name', () => {
  // tests/heldout36/3707-sky-news-arabia-nairobi-ruto-declared-winner.txt: the campaign's spokesman, named between
  // commas after «باسم حملة أودينغا», speaks; Odinga does not.
  const nairobi = 'أعلن رئيس اللجنة المستقلة للانتخابات وافولا تشيبوكاتي فوز نائب الرئيس ويليام روتو، متقدما على منافسه رئيس الوزراء الأسبق رايلا أودينغا.\n\n'
    + 'في المقابل، قال المتحدث باسم حملة أودينغا، ماكاو موتوا، إن فريق أودينغا "لن يقبل بنتيجة لم يتم التحقق منها"، مشيرا إلى أن الحملة تدرس جميع الخيارات القانونية.';
  it('gives the words to the spokesperson named in apposition', () => {
    expect(speakerOf(nairobi, 'لن يقبل')?.speaker_ar).toBe('ماكاو موتوا');
  });
  it('keeps an official spokesperson the officials layer read (near miss)', () => {
    const text = 'وقالت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن موسكو "لن تقبل بأي إملاءات".';
    expect(speakerOf(text, 'إملاءات')?.speaker_ar).toBe('ماريا زاخاروفا');
  });
});
