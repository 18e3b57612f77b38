// Speakers from the discourse (issue 11, class 5), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { quoteWith, speakerBoth as speakerOf } from './helpers/quotes';

describe('a feminine speaker whose title does not say so: the verb she spoke with does', () => {
  const opening = 'وقالت وزيرة الخارجية النيوزيلندية نانايا ماهوتا إن ويلنغتون "تراقب الوضع بقلق". وقال نظيرها الياباني يوشيماسا هاياشي إن طوكيو "تريد شراكة أوسع". ';
  it('"وأضافت" with no subject goes to the woman who spoke, past a counterpart ("نظيرها") who is a man', () => {
    expect(speakerOf(opening + 'وأضافت أن بلادها "ستفتح سفارة جديدة في المنطقة".', 'سفارة جديدة')).toMatch(/Mahuta|ماهوتا/);
  });
  it('"وأضافت الوزيرة": a feminine title never names a man', () => {
    expect(speakerOf(opening + 'وأضافت الوزيرة أن الزيارة "ستتكرر قريبا".', 'ستتكرر قريبا')).toMatch(/Mahuta|ماهوتا/);
  });
  it('a woman named with no feminine title ("وقالت X … وقال Y … وتابعت")', () => {
    const t = 'وقالت رئيسة الوزراء الدنماركية ميته فريدريكسن إن كوبنهاغن "ستزيد إنفاقها الدفاعي". وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف "يرحب بالقرار". وتابعت: "هذا واجبنا تجاه حلفائنا".';
    expect(speakerOf(t, 'واجبنا تجاه')).toMatch(/Frederiksen|فريدريكسن/);
  });
  it('a counterpart\'s own verb: "وقال نظيره" is a man, so "وأضاف" after a woman spoke last goes back to him', () => {
    const t = 'وقال وزير الخارجية البرازيلي ماورو فييرا إن برازيليا "تدعم الحوار". وقالت نظيرته الكولومبية لاورا سارابيا إن بوغوتا "ترحب بالوساطة". وأضاف أن بلاده "ستستضيف الجولة المقبلة".';
    expect(speakerOf(t, 'ستستضيف الجولة')).toMatch(/Vieira|فييرا/);
  });
});

describe('a dual subject: the two the sentence named', () => {
  it('"التقى X Y …، وأكدا" with no one who spoke before: both of them', () => {
    const t = 'والتقى الرئيس الكيني ويليام روتو نظيره التنزاني سامية صولحو حسن في أروشا، وأكدا أن "التجارة بين البلدين يجب أن تتضاعف".';
    const q = quoteWith(t, 'التجارة بين البلدين');
    expect(q.speaker_id).not.toBeNull();
    expect(q.co_speaker_ids?.length).toBe(1);
  });
  it('"استقبل X Y، وقال الزعيمان": the two, with no و between their names', () => {
    const t = 'واستقبل رئيس الوزراء الإيطالي جورجيا ميلوني رئيس الوزراء البولندي دونالد توسك في روما، وقال الزعيمان في مؤتمر صحفي إن أوروبا "تحتاج إلى حدود أقوى".';
    const q = quoteWith(t, 'حدود أقوى');
    expect(q.speaker_id).not.toBeNull();
    expect(q.co_speaker_ids?.length).toBe(1);
  });
  it('"وأضافا" in the sentence after the meeting: the pair of that sentence', () => {
    const t = 'وعقد وزير الخارجية الإسباني خوسيه مانويل ألباريس ونظيره البرتغالي جواو كرافينيو اجتماعا في مدريد.\n\nوأضافا في بيان أن البلدين "سيقدمان ترشيحا مشتركا لاستضافة المعرض".';
    const q = quoteWith(t, 'ترشيحا مشتركا');
    expect(q.co_speaker_ids?.length).toBe(1);
  });
});

describe('people with no office get their own words, not the official who spoke before', () => {
  const minister = 'وقال وزير الموارد المائية العراقي عون ذياب إن السدود "ممتلئة هذا الموسم". ';
  it('"وقال علي X، أحد …": «علي» before a name is the name Ali, not the preposition', () => {
    const q = quoteWith(minister + 'وقال علي كريم، وهو صياد من البصرة، إن النهر "لم يعد فيه سمك".', 'فيه سمك');
    expect(q.speaker_ar).toBe('علي كريم');
    expect(q.speaker_kind).toBe('person');
  });
  it('"لكن X Y، أحد سكان …، قال": the person named before the description and the verb', () => {
    const q = quoteWith(minister + 'لكن جميل الساعدي، أحد سكان الناصرية، قال إن الماء "لا يصل إلى الحي".', 'لا يصل إلى الحي');
    expect(q.speaker_ar).toBe('جميل الساعدي');
  });
  it('"«…»، يقول X بن علي، سائق …": a given name that is also a word, after the quotation', () => {
    const q = quoteWith(minister + '"ننتظر الماء منذ شهرين"، يقول كريم بن علي، سائق صهريج.', 'ننتظر الماء');
    expect(q.speaker_ar).toBe('كريم بن علي');
  });
  it('"وقال الوزير على هامش …": «على» before what it governs is still the preposition', () => {
    const q = quoteWith(minister + 'وقال الوزير على هامش المؤتمر إن "الخطة جاهزة".', 'الخطة جاهزة');
    expect(q.speaker_en).toMatch(/Aoun|Awn|Dhiyab|Thiab/);
  });
});

describe('words relayed by a spokesperson, an agency or a statement are the official\'s they report', () => {
  it('"قال المتحدث … إن الرئيس X أكد خلال الاتصال أن «…»": X', () => {
    const t = 'وقال المتحدث باسم الرئاسة المصرية أحمد فهمي في بيان إن الرئيس عبد الفتاح السيسي أكد خلال الاتصال أن "أمن السودان جزء لا يتجزأ من أمن مصر".';
    expect(speakerOf(t, 'جزء لا يتجزأ')).toMatch(/Sisi/);
  });
  it('"ذكرت وكالة الأنباء أن الملك شدد على أن": the king, not the agency', () => {
    const t = 'وذكرت وكالة الأنباء البحرينية أن الملك حمد بن عيسى آل خليفة شدد خلال استقباله الوفد على أن "البحرين ماضية في مسيرة التنمية".';
    expect(speakerOf(t, 'مسيرة التنمية')).toMatch(/Hamad bin Isa/);
  });
  it('"قال الوزير إن الرئيس X أكد له أن …": the minister, who speaks for himself, keeps the words', () => {
    const t = 'وقال وزير الخارجية الجزائري أحمد عطاف إن الرئيس عبد المجيد تبون أكد له أن الجزائر "لن تتخلى عن دعم القضية".';
    expect(speakerOf(t, 'لن تتخلى عن دعم')).toMatch(/Attaf|عطاف/);
  });
});

describe('an official\'s office speaks, not the official', () => {
  it('"وقال المكتب الإعلامي لرئيس الوزراء … إن X «…»": the media office', () => {
    const t = 'وقال المكتب الإعلامي لرئيس الوزراء الباكستاني في بيان إن شريف "أمر بصرف تعويضات عاجلة للمتضررين".';
    const q = quoteWith(t, 'تعويضات عاجلة');
    expect(q.speaker_ar).toBe('المكتب الإعلامي لرئيس الوزراء الباكستاني');
    expect(q.speaker_id).toBeNull();
  });
  it('"وأعلن المكتب الخاص للرئيس أن …": the office', () => {
    const t = 'وأعلن المكتب الخاص للرئيس الكيني أن روتو "سيزور الصين الشهر المقبل".';
    expect(quoteWith(t, 'سيزور الصين').speaker_ar).toBe('المكتب الخاص للرئيس الكيني');
  });
});

describe('"لكنه", "غير أنها": the pronoun is the subject, the noun after the verb its object', () => {
  it('"…، لكنه دعا المواطنين إلى «…»": the one who spoke, not the citizens', () => {
    const t = 'وقال الرئيس السنغالي ماكي سال إن الحكومة "ستحترم قرار المجلس الدستوري"، لكنه دعا السنغاليين إلى "تجنب العنف".';
    expect(speakerOf(t, 'تجنب العنف')).toMatch(/Macky Sall|ماكي سال/);
  });
  it('"رحب X بـ…، لكنه قال إن": X, the subject of the sentence the conjunction joins', () => {
    const t = 'وفي الرباط، رحب الأمين العام لحزب الاستقلال نزار بركة بالتعديل الحكومي، لكنه قال إن "العبرة بالنتائج لا بالأسماء".';
    expect(speakerOf(t, 'العبرة بالنتائج')).toMatch(/Nizar Baraka|نزار بركة/);
  });
});

describe('a topic made of a name whose first word has the article ("أما الصادق X فقال")', () => {
  it('the person, not the official who spoke before', () => {
    const t = 'وقال رئيس مجلس السيادة إن الانتخابات "ستجرى في موعدها". أما الصادق الرزيقي فرأى أن الموعد "غير واقعي".';
    const q = quoteWith(t, 'غير واقعي');
    expect(q.speaker_ar).toBe('الصادق الرزيقي');
    expect(q.speaker_kind).toBe('person');
  });
});

describe('the channel and its edition ("للجزيرة نت") end the subject; the quotation after them is the words', () => {
  it('"قال الناخب X للجزيرة نت «…»": the voter, not the official who spoke before', () => {
    const t = 'وقالت رئيسة بعثة المراقبين الأوروبيين إيزابيل سانتوس إن البعثة "ستبقى حتى إعلان النتائج".\n\nوفي مدينة كادونا، قال الناخب موسى إبراهيم للجزيرة نت "انتظرت خمس ساعات ولم أصوت".';
    expect(quoteWith(t, 'انتظرت خمس ساعات').speaker_ar).toBe('موسى إبراهيم');
  });
});

describe('"على لسان X": the country or body speaks through X', () => {
  it('"وقالت إيطاليا، على لسان وزير خارجيتها X، إن": X', () => {
    const t = 'وقالت إيطاليا، على لسان وزير خارجيتها أنطونيو تاياني، إن روما "ستستضيف مؤتمرا للمانحين".';
    expect(speakerOf(t, 'مؤتمرا للمانحين')).toMatch(/Tajani|تاياني/);
  });
  it('"وأعلنت الحكومة على لسان الناطق باسمها X أن": X, with no commas', () => {
    const t = 'وأعلنت الحكومة المغربية على لسان الناطق الرسمي باسمها مصطفى بايتاس أن الأسعار "ستخضع لمراقبة صارمة".';
    expect(speakerOf(t, 'لمراقبة صارمة')).toMatch(/Baitas|Baytas|بايتاس/);
  });
});

describe('unnamed sources in English keep what the text says they are', () => {
  it('"مصادر وزارية" are ministerial sources, and "وقالت المصادر" goes on with them', () => {
    const t = 'وكشفت مصادر وزارية لـ"الأخبار" أن الجلسة "تأجلت إلى الخميس". وقالت المصادر إن "الخلاف على بند واحد".';
    expect(quoteWith(t, 'تأجلت إلى الخميس').speaker_en).toBe('Ministerial sources');
    expect(quoteWith(t, 'الخلاف على بند').speaker_en).toBe('Ministerial sources');
  });
  it('"مصدر حزبي", "مصادر نيابية", "مصدر أممي": party, parliamentary, UN', () => {
    expect(quoteWith('وقال مصدر حزبي إن المؤتمر "سيعقد في موعده".', 'سيعقد في موعده').speaker_en).toBe('Party source');
    expect(quoteWith('وقالت مصادر نيابية إن الجلسة "ستكون ساخنة".', 'ستكون ساخنة').speaker_en).toBe('Parliamentary sources');
    expect(quoteWith('وقال مصدر أممي إن المساعدات "لم تدخل بعد".', 'لم تدخل بعد').speaker_en).toBe('UN source');
  });
});

describe('a background sentence in the pluperfect ("وكان X قد …") does not take the floor', () => {
  it('"وأشار إلى أن" after "وكان X قد استقبل …" goes on with the one who was speaking', () => {
    const t = 'وقال وزير الخارجية الكويتي عبد الله اليحيا إن بلاده "تدعم كل جهود الوساطة".\n\nوكان أمير الكويت الشيخ مشعل الأحمد الجابر الصباح قد استقبل المبعوث الأممي الأسبوع الماضي.\n\nوأشار إلى أن "الحل لن يكون إلا سياسيا".';
    expect(speakerOf(t, 'إلا سياسيا')).toMatch(/Yahya|اليحيا/);
  });
});

describe('the passive that quotes someone, and a relative clause of saying after «وفقا لـ», «بحسب»', () => {
  it('"ونُقل عن X قوله إن": X (a passive with its damma reports when someone\'s words follow)', () => {
    const t = 'وقال وزير الري السوداني إن الخرطوم "تتابع الملء بقلق". ونُقل عن وزير المياه الإثيوبي هبتامو إيتفا قوله إن السد "لن يضر بدولتي المصب".';
    expect(speakerOf(t, 'دولتي المصب')).toMatch(/Habtamu|هبتامو/);
  });
  it('"الذي أُعلن في مارس" is still no report', () => {
    const t = 'وتحدث الوزير عن البرنامج الذي أُعلن في مارس "لدعم صغار المزارعين".';
    expect(analyze(t).quotes.some((q) => q.speaker_ar === null && q.text.includes('لدعم صغار'))).toBe(false);
  });
  it('"وبحسب ما صرح به X، فإن": X, not the words «ما صرح به»', () => {
    const t = 'وبحسب ما صرح به وزير النقل الأردني وسام التهتموني، فإن القطار "سيعمل بحلول 2027".';
    expect(speakerOf(t, 'بحلول 2027')).toMatch(/التهتموني|Tahtamouni/);
  });
});
