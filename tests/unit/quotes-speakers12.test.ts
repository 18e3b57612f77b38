// Speakers of issue 11, round 12: classes of sentence, each on sentences of our own.
import { describe, expect, it } from 'vitest';
import { quoteWith, speakerBoth as speakerOf } from './helpers/quotes';

describe('a person the sentence before was about, then "وقال" with no subject: that person, not who spoke before', () => {
  it('a witness who shares a given name with the minister who spoke before', () => {
    const t = 'وقال وزير الزراعة سمير حداد إن الخسائر "كبيرة جدا".\n\nفي قرية الدامور، جلس سمير عواد قرب بستانه المحروق. وقال لـ"الأخبار": "فقدت كل شيء في ليلة واحدة".';
    expect(speakerOf(t, 'ليلة واحدة')).toMatch(/سمير عواد/);
    expect(quoteWith(t, 'ليلة واحدة').speaker_id).toMatch(/^p/);
  });
  it('a kunya, after an unnamed official spoke', () => {
    const t = 'وقال مسؤول في الدفاع المدني إن فرق الإنقاذ "تعمل منذ الفجر".\n\nوعند مدخل المستشفى، وقفت أم خالد الجبوري تنتظر أي خبر عن ابنها. وقالت: "لا أحد يخبرنا بشيء".';
    expect(speakerOf(t, 'لا أحد يخبرنا')).toMatch(/أم خالد الجبوري/);
  });
  it('a resident who waits, then "وأضاف" after his first words', () => {
    const t = 'وأكد محافظ المدينة أن المساعدات "ستصل خلال أيام".\n\nوأمام الخيمة، ينتظر أبو سليم الحمصي منذ الصباح. وقال: "لم يصلنا شيء بعد"، وأضاف: "الأطفال جياع".';
    expect(speakerOf(t, 'لم يصلنا شيء')).toMatch(/أبو سليم الحمصي/);
    expect(speakerOf(t, 'الأطفال جياع')).toMatch(/أبو سليم الحمصي/);
  });
  it('a sentence that speaks itself is left to its speaker ("وقال X إن … . وتابع")', () => {
    const t = 'وقال الناشط مازن درويش إن الحملة "مستمرة". ونشر رامي مخلوف صورة على صفحته. وتابع درويش: "لن نتوقف".';
    expect(speakerOf(t, 'لن نتوقف')).toMatch(/درويش/);
  });
});

describe('a body that speaks through its statement, never an official nor the word «البلاغ»', () => {
  const visit = 'واستقبل وزير الداخلية التونسي كمال الفقي نظيره الإيطالي ماتيو بيانتيدوزي في تونس. ';
  it('"وأفاد بلاغ لوزارة X بأن": the ministry, though the verb is masculine and the ministry feminine', () => {
    const q = quoteWith(visit + 'وأفاد بلاغ لوزارة الداخلية بأن الجانبين "اتفقا على تعزيز التنسيق الأمني".', 'تعزيز التنسيق');
    expect(q.speaker_id).toBeNull();
    expect(q.speaker_en).toMatch(/Ministry of (the )?Interior/);
  });
  it('"وأفاد بيان صادر عن X بأن": the body, and no nationality read into «بأن»', () => {
    const q = quoteWith('وأفاد بيان صادر عن وزارة الصحة بأن الوضع "تحت السيطرة".', 'تحت السيطرة');
    expect(q.speaker_en).toMatch(/Ministry of Health/);
    expect(q.speaker_en).not.toMatch(/Albanian/);
  });
  it('"وأضاف البلاغ" / "وأوضح البيان" later: the body that issued it, in English', () => {
    const t = visit + 'وأفاد بلاغ لوزارة الداخلية بأن الجانبين "اتفقا على تعزيز التنسيق الأمني".\n\nوأضاف البلاغ أن الوزيرين "بحثا ملف الهجرة غير النظامية".';
    expect(quoteWith(t, 'ملف الهجرة').speaker_en).toMatch(/Ministry of (the )?Interior/);
    const u = 'وذكر بيان لوزارة الخارجية العمانية أن مسقط "ترحب بالاتفاق".\n\nوأوضح البيان أن السلطنة "مستعدة لاستضافة جولة جديدة".';
    expect(quoteWith(u, 'جولة جديدة').speaker_en).toMatch(/Omani Foreign Ministry/);
  });
});

describe('a group named in quotation marks, or as «الجماعة», speaks for itself', () => {
  it('"وتبنت «جماعة …» الهجوم، وقالت في بيان": the group, not the official who spoke before', () => {
    const t = 'وقال وزير الدفاع النيجري ساليفو مودي إن الجيش "سيرد بقوة". وتبنت «جماعة أنصار الإسلام» الهجوم، وقالت في بيان إن العملية «رد على الغارات».';
    const q = quoteWith(t, 'رد على الغارات');
    expect(q.speaker_id).toBeNull();
    expect(q.speaker_ar).toMatch(/جماعة أنصار الإسلام/);
  });
  it('"وأعلن «تنظيم …» مسؤوليته، وقال": the organisation', () => {
    const t = 'وندد رئيس الوزراء الصومالي حمزة عبدي بري بالتفجير. وتبنى "تنظيم الدولة" التفجير، وقال في بيان إن مقاتليه "استهدفوا ثكنة عسكرية".';
    expect(speakerOf(t, 'ثكنة عسكرية')).toMatch(/تنظيم الدولة/);
  });
  it('"وقالت الجماعة في بيان": the group the text named before', () => {
    const t = 'وقال وزير الداخلية الباكستاني محسن نقوي إن قوات الأمن "ستلاحق المنفذين". وكانت جماعة جيش العدل قد تبنت الهجوم. وقالت الجماعة في بيان إن العملية "رد على الاعتقالات".';
    const q = quoteWith(t, 'رد على الاعتقالات');
    expect(q.speaker_id).toBeNull();
    expect(q.speaker_en).toMatch(/group|Jaish/i);
  });
});

describe('a person with no office whose name the text goes on with before «أن» or a comma: the whole name speaks', () => {
  it('a Hadrami «با» family name after a compound given name and a style', () => {
    const t = 'ويرى أستاذ الاقتصاد في جامعة حضرموت الدكتور عبد الرحمن باسلامة أن الأزمة «أعمق من نقص السيولة».';
    expect(speakerOf(t, 'نقص السيولة')).toMatch(/عبد الرحمن باسلامة/);
  });
  it('a nisba family name that is also a word of the language ("صدري" my chest)', () => {
    const t = 'ويرى الخبير الاقتصادي فرشاد صدري أن رفع الأسعار "جاء في توقيت سيئ"، مضيفا أن الحكومة "لم تشرح خطتها".';
    expect(speakerOf(t, 'توقيت سيئ')).toMatch(/فرشاد صدري/);
    expect(speakerOf(t, 'لم تشرح خطتها')).toMatch(/فرشاد صدري/);
  });
  it('an ordinary word of «با» shape set off by commas before the channel spoken to ("باعلي")', () => {
    const t = 'وقال مدير الحملة، المحامي عبد الله باعلي، لـ«الخبر» إن الانتخابات «لن تغير شيئا».';
    expect(speakerOf(t, 'لن تغير شيئا')).toMatch(/عبد الله باعلي/);
  });
  it('a Maghrebi «بو» family name before the channel spoken to', () => {
    const t = 'وقال الأستاذ الجامعي مراد بوعلام لـ«الخبر» إن الانتخابات «لن تغير شيئا».';
    expect(speakerOf(t, 'لن تغير شيئا')).toMatch(/مراد بوعلام/);
  });
  it('an adverb after the given name is no family name ("أيضا", "بدوره")', () => {
    const t = 'ويرى الخبير الاقتصادي فرشاد أيضا أن رفع الأسعار "جاء في توقيت سيئ".';
    expect(speakerOf(t, 'توقيت سيئ')).not.toMatch(/أيضا/);
  });
});

describe('a person set before the verb with what they are between commas, in a sentence tied on by «ف»', () => {
  const minister = 'وقال وزير الطاقة الأردني صالح الخرابشة إن الأسعار "ستستقر قريبا". لكن التجار لا يصدقون ذلك. ';
  it('"فأبو X، سائق …، يقول:": the kunya, not a place of the description', () => {
    const q = quoteWith(minister + 'فأبو يوسف، سائق شاحنة في الزرقاء، يقول: "سمعنا هذا الوعد كل عام".', 'هذا الوعد');
    expect(q.speaker_ar).toBe('أبو يوسف');
  });
  it('"فسمير X، صاحب متجر …، يقول": the name, not the minister who spoke before', () => {
    const q = quoteWith(minister + 'فخالد العمري، صاحب متجر في إربد، يقول: "الزبائن اختفوا".', 'الزبائن اختفوا');
    expect(q.speaker_ar).toBe('خالد العمري');
  });
});
