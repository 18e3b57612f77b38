// Who speaks, by class of sentence (issue 11, classes 3–5). Sentences of our own, no article's words.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

/** The officials a quote is given to, in English: "X" or, said together, "X and Y". */
const bothOf = (a: ReturnType<typeof analyze>, q: ReturnType<typeof analyze>['quotes'][number]) =>
  [q.speaker_id, ...(q.co_speaker_ids ?? [])].map((id) => a.officials.find((o) => o.id === id)?.name_en).join(' and ');

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q.speaker_en ?? q.speaker_ar;
};

describe('a time phrase after the verb is never its subject', () => {
  it('"أعلن الأسبوع الماضي أن": the subject written before the verb speaks', () => {
    const t = 'استقبل رئيس الوزراء الكيني وليام روتو وزير الخارجية الأوغندي جون موليمبا. وكان الرئيس الأمريكي جو بايدن قد أعلن الأسبوع الماضي أن بلاده ستدعم الوساطة.';
    expect(speakerOf(t, 'ستدعم الوساطة')).toBe('Joe Biden');
  });
  it('"صرح عام 2016 لصحيفة …": the year is no speaker; the one who spoke before goes on', () => {
    const t = 'وانتقد وزير الاقتصاد الأرجنتيني ماوريسيو كاسترو سياسة المصرف المركزي. فقد صرح عام 2019 لصحيفة محلية بأن الفوائد المرتفعة تخنق الاستثمار.';
    expect(speakerOf(t, 'تخنق الاستثمار')).not.toMatch(/2019|عام/);
  });
});

describe('the subject of كان before the verb speaks', () => {
  it('"وكان X قد قال" with a description of X between commas', () => {
    const t = 'وقال وزير الخارجية الكيني ألفريد موتوا إن المحادثات إيجابية. وكان رئيس الوزراء الإثيوبي آبي أحمد، الذي زار نيروبي في مايو، قد أكد في وقت سابق أن الحدود ستفتح قريبا.';
    expect(speakerOf(t, 'الحدود ستفتح')).toBe('Abiy Ahmed');
  });
  it('"وكان رئيس كينيا أعلن" (no قد): the Kenyan president, known only as the one someone advises', () => {
    const t = 'ووصل وزير الخارجية الكيني موسى واتانغولا ومعه يوسف حسن المستشار الخاص للرئيس ويليام روتو إلى أديس أبابا. وكان رئيس كينيا أعلن الشهر الماضي إرسال وفد تجاري إلى كمبالا.';
    const q = analyze(t).quotes.find((x) => x.text.includes('وفد تجاري'))!;
    expect(q.speaker_en).toBe('William Ruto');
    expect(q.text.startsWith('إرسال')).toBe(true);
  });
});

describe('a title with a complement refers only to an official whose role has it', () => {
  const before = 'وقال الرئيس البرازيلي السابق جوزيه سارني إن الحزب سيفوز. ';
  it('"رئيس معهد …" with no name is not the president named before', () => {
    expect(speakerOf(before + 'ويقول رئيس معهد الدراسات في ريو إن التحدي الأكبر هو إقناع الناخبين.', 'إقناع الناخبين')).toMatch(/^Head of the (Studies )?Institute$/);
  });
  it('the name in apposition speaks, even with a relative clause after it that names someone else', () => {
    const t = before + 'ويقول رئيس معهد الدراسات في ريو، كارلوس مينديز لوبو، وهو المعهد الذي درّس فيه سارني حتى سنوات قليلة إن التحدي الأكبر هو إقناع الناخبين.';
    expect(speakerOf(t, 'إقناع الناخبين')).toBe('Carlos Mendes Lobo');
  });
});

describe('the channel a speaker talked to is not the speaker', () => {
  const people = (text: string) => analyze(text).people.map((p) => p.name_en);
  it('an unnamed spokesperson or source «لفوكس نيوز» / «لرويترز» / «لبي بي سي عربي»', () => {
    // The same description as with no channel at all.
    expect(people('وقال المتحدث باسم وزارة الدفاع البريطانية لفوكس نيوز إن الطائرة سقطت في البحر.')).toEqual(people('وقال المتحدث باسم وزارة الدفاع البريطانية إن الطائرة سقطت في البحر.'));
    expect(people('وقال مصدر مقرب من الحكومة الإيطالية لرويترز إن التعديل الوزاري قريب.')[0]).not.toMatch(/Reuters/);
    expect(people('وقالت ناطقة باسم الشرطة الهولندية لبي بي سي عربي إن التحقيق مستمر.')[0]).not.toMatch(/BBC/);
  });
  it('"لشبكة سي إن إن إن …": the إن of the channel\'s name does not open the words', () => {
    const q = analyze('وقال مسؤولان عسكريان لشبكة سي إن إن إن القصف طال مخزنا للذخيرة.').quotes[0]!;
    expect(q.text).toBe('القصف طال مخزنا للذخيرة');
    expect(q.speaker_ar).toBe('مسؤولان عسكريان');
  });
  it('a named analyst «لفرانس برس»: the name ends before the channel', () => {
    const a = analyze('وقال المحلل الاقتصادي رامي الفرا لفرانس برس إن الأسعار ستواصل الارتفاع.');
    expect(a.quotes[0]!.speaker_ar).toBe('رامي الفرا');
  });
});

describe('a source asking not to be named is still the subject', () => {
  it('"طالبا عدم كشف هويته" between the subject and إن', () => {
    const q = analyze('وقال دبلوماسي أوروبي لوكالة الأنباء الألمانية طالبا عدم كشف هويته إن القمة قد تؤجل.').quotes[0]!;
    expect(q.text).toBe('القمة قد تؤجل');
    expect(q.speaker_en).toBe('European diplomat');
  });
});

describe('speech that continues', () => {
  it('"وتابع قائلا إن": the participle of saying is no subject; the one speaking goes on', () => {
    const t = 'وقالت المحامية الحقوقية نادية الساعدي إن "المحاكمات تفتقر إلى أدنى الضمانات". وتابعت قائلة إن "الأحكام كتبت قبل الجلسات".';
    expect(speakerOf(t, 'كتبت قبل الجلسات')).toBe(speakerOf(t, 'أدنى الضمانات'));
    expect(speakerOf(t, 'كتبت قبل الجلسات')).not.toMatch(/قائل/);
  });
  it('"وأضاف البيان" after a body spoke "في بيان": the body goes on (its English), the statement as written in Arabic', () => {
    const a = analyze('وقالت وزارة الخارجية البرتغالية في بيان إن القنصل استدعي للتشاور. وأضاف البيان أن لشبونة تنتظر ردا رسميا.');
    const [first, second] = a.quotes;
    expect(second!.speaker_en).toBe(first!.speaker_en);
    expect(second!.speaker_ar).toBe('البيان');
  });
  it('a dual title alone ("الوزيران") is the two ministers named before, in English', () => {
    const t = 'استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في موسكو. وقال الوزيران في مؤتمر صحفي إن البلدين يرفضان العقوبات الأحادية.';
    const a = analyze(t);
    const q = a.quotes.find((x) => x.text.includes('العقوبات'))!;
    expect(bothOf(a, q)).toBe('Sergey Lavrov and Wang Yi');
  });
  it('"وقال X ونظيره Y": both speak', () => {
    const t = 'وقال رئيس الوزراء البريطاني ريشي سوناك ونظيره الإيطالي جورجيا ميلوني في بيان مشترك إن الهجرة غير النظامية تحد مشترك.';
    const a = analyze(t);
    expect(bothOf(a, a.quotes.find((x) => x.text.includes('تحد مشترك'))!)).toBe('Rishi Sunak and Giorgia Meloni');
  });
});

describe('people who hold no office, named again or named by the words around them', () => {
  it('a family name that is also a common noun ("الخطيب" = the fiancé) is the person named in full before', () => {
    const t = 'وقال الباحث في الشؤون الأمنية وليد الخطيب إن الهدنة هشة. ويرى الخطيب أن الاشتباكات ستعود قريبا.';
    expect(speakerOf(t, 'ستعود قريبا')).toBe(speakerOf(t, 'الهدنة هشة'));
  });
  it('"ويدعى X": the name a witness goes by speaks, and does not open the words', () => {
    const q = analyze('وقال أحد المزارعين ويدعى أبو خليل إن المحصول تلف بالكامل.').quotes[0]!;
    expect(q.text).toBe('المحصول تلف بالكامل');
    expect(q.speaker_ar).toBe('أبو خليل');
  });
  it('\'"…"، هكذا قال X في …\': X said the quotation, and what follows the verb is no statement', () => {
    const a = analyze('"لن نتخلى عن أرضنا مهما طال الزمن"، هكذا قال رئيس بلدية الخليل تيسير أبو سنينة في كلمة أمام المتظاهرين.');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speaker_ar).toMatch(/أبو سنينة/);
  });
});

describe('unnamed speakers described by their adjectives', () => {
  it('"متحدث عسكري إسرائيلي" is no official named «عسكري إسرائيلي»: an Israeli military spokesman', () => {
    const a = analyze('وقال متحدث عسكري إسرائيلي إن الطائرات أغارت على مخزن للسلاح.');
    expect(a.officials).toEqual([]);
    expect(a.quotes[0]!.speaker_en).toBe('Israeli military spokesman');
  });
  it('"بحسب المتحدث باسم X NAME، فإن": the spokesperson named speaks', () => {
    const q = analyze('وبحسب المتحدث باسم الأمم المتحدة ستيفان دوجاريك، فإن القافلة وصلت إلى إدلب.').quotes[0]!;
    expect(q.speaker_en).toBe('Stéphane Dujarric');
  });
  it('a family name alone after a person named in full with an office of an NGO is that person', () => {
    const t = 'وقال رئيس المجلس النرويجي للاجئين يان إيغلاند إن الوضع كارثي. وأضاف إيغلاند في تغريدة: "الأطفال يموتون جوعا".';
    expect(speakerOf(t, 'يموتون جوعا')).toBe(speakerOf(t, 'الوضع كارثي'));
  });
});

describe('who the subject is when others are named inside it or after it', () => {
  it('an official named in a relative clause of the subject does not speak; the name in apposition does', () => {
    const t = 'وقال الرئيس التشيلي السابق ميشيل باشليه إن الحزب موحد. وأعلن رئيس الحزب الاشتراكي الذي أسسته باشليه، كارلوس مونتيس، عن ترشيح وزير المالية للرئاسة.';
    expect(speakerOf(t, 'ترشيح وزير المالية')).toMatch(/Montes|Monteis|Montis/);
  });
  it('"ذا الأصول" after a name is no part of it: the lone family name later is that person, not a relative named after', () => {
    const t = 'رشح الحزب وزير الصحة السابق جورج معلوف ذا الأصول اللبنانية للانتخابات. وقد نفى معلوف ارتكاب أي مخالفات. أما جده، الأب يوسف معلوف، فقد هاجر إلى البرازيل.';
    const a = analyze(t);
    expect(a.officials.map((o) => o.name_ar)).toContain('جورج معلوف');
    expect(speakerOf(t, 'ارتكاب أي مخالفات')).toBe(a.officials.find((o) => o.name_ar === 'جورج معلوف')!.name_en);
  });
});

describe('a verb with no subject joined to a sentence that opened with someone', () => {
  it('"فقد X … منزله، ويقول إن": X (a compound name with the article inside, and علي) speaks, not the last speaker', () => {
    const t = 'وقال أحد الأطباء في المستشفى إن الجرحى بالعشرات. خسر عبد الله علي ثلاثة من إخوته في القصف الأخير، ويقول إن "الطائرات لم تترك شيئا".';
    expect(speakerOf(t, 'لم تترك شيئا')).toMatch(/^Abd.*Ali$/);
  });
});

describe('one of a group speaks', () => {
  it('"وقالت إحدى النازحات "…"": the quotation is hers, not the last named official\'s', () => {
    const t = 'وقال مدير المخيم سليمان داود إن الأغذية نفدت. وقالت إحدى النازحات "لم نأكل شيئا منذ يومين ولا أحد يسأل عنا".';
    // One of a group is described in English from the group's plural, never left in Arabic or transliterated.
    expect(speakerOf(t, 'لم نأكل شيئا')).toBe('A displaced person');
  });
});

describe('a topic after أما is the subject, commas and all', () => {
  it('"أما الباحثة في مركز … NAME، فتعتقد أن": she speaks, not the analyst before her', () => {
    const t = 'ويرى المحلل السياسي عثمان الطيب أن الهدنة لن تصمد. أما الباحثة في معهد الدراسات الأفريقية بباريس ليلى منصور، فتعتقد أن "التسوية ممكنة قبل نهاية العام".';
    expect(speakerOf(t, 'التسوية ممكنة')).toMatch(/^La[iy]la Mansour$/);
    // …but a topic opening with a preposition is a circumstance: the subject follows the verb.
    expect(speakerOf('أما بشأن المفاوضات مع صندوق النقد، فقال وزير المالية المغربي فوزي لقجع إن الاتفاق قريب.', 'الاتفاق قريب')).toMatch(/^F(aw|aou|ou)zi /);
  });
});

describe('a person\'s title with «عن» in it', () => {
  it('"النائب … عن ائتلاف X NAME": the MP speaks, not the coalition he sits for', () => {
    // (The family name is a nisba that is also an adjective: العقابي, "punitive".)
    const q = analyze('ورأى النائب في البرلمان العراقي عن ائتلاف النصر حسين العقابي أن الحكومة "عاجزة عن ضبط الأسعار".').quotes[0]!;
    expect(q.speaker_ar).toBe('حسين العقابي');
  });
});

describe('what counts as a reporting verb, and where its words begin', () => {
  it('doubled verbs after و: «وحث», «ورد … بأن» (but «ورد في التقرير» is no reply)', () => {
    const a = analyze('وحث الأمين العام للجامعة العربية أحمد أبو الغيط في بيان الأطراف الليبية على العودة إلى الحوار.');
    expect(a.quotes.map((q) => q.text)).toEqual(['العودة إلى الحوار']);
    const b = analyze('وقال رئيس الوزراء العراقي محمد شياع السوداني إن الانتخابات ستجرى في موعدها. ورد التيار الصدري بعد تصريحات السوداني، بأنه سيقاطع الانتخابات المقبلة.');
    const reply = b.quotes.find((q) => q.text.includes('سيقاطع'))!;
    expect(reply.speaker_ar).toBe('التيار الصدري');
    expect(analyze('ورد في التقرير السنوي للمنظمة عدد من الأرقام عن الفقر.').quotes).toEqual([]);
    // «وحث جميع الأطراف على …» with no subject: the quantified noun is the object, and the one speaking goes on; the
    // words open with those urged, as dev marks «حث النرويج على مراجعة …» (130-jawhara-fm).
    const c = 'وقال وزير الخارجية النرويجي إسبن بارث إيدي إن الحل السياسي ممكن، وحث جميع الأطراف على ضبط النفس.';
    expect(analyze(c).quotes.map((q) => q.text)).toEqual(['الحل السياسي ممكن', 'جميع الأطراف على ضبط النفس']);
    expect(speakerOf(c, 'ضبط النفس')).toBe(speakerOf(c, 'الحل السياسي'));
  });
  it('a weak verb after a short opening adverbial («وقبيل الاجتماع غرد X، بأنه …») reports', () => {
    const q = analyze('وقبيل الاجتماع غرد وزير الخارجية الأسترالي بيني وونغ على منصة إكس، بأنها تتطلع إلى لقاء نظيرها الصيني.').quotes[0]!;
    expect(q.text).toBe('تتطلع إلى لقاء نظيرها الصيني');
  });
  it('«توعد X المسؤولين … بدفع الثمن»: a threat is a statement, its object the words', () => {
    const q = analyze('وتوعد رئيس الوزراء الهندي ناريندرا مودي منفذي الهجوم بعقاب لم يتخيلوه.').quotes[0]!;
    expect(q.text).toBe('منفذي الهجوم بعقاب لم يتخيلوه');
  });
  it('a complementizer another word governs («بحجة أنه», «منذ … أن») does not open the words', () => {
    const q = analyze('وقال رئيس الوزراء الكندي مارك كارني منذ كان مرشحا أن الاتفاق التجاري كان مجحفا.').quotes[0]!;
    expect(q.text).toBe('الاتفاق التجاري كان مجحفا');
    const r = analyze('وألقى الرئيس الغاني جون ماهاما خطابا للأمة، أكد فيه أهمية الميناء الذي رفضت الشركة توسعته بحجة أنه غير مربح.').quotes[0]!;
    expect(r.text.startsWith('أهمية الميناء')).toBe(true);
    expect(r.speaker_en).toMatch(/Mahama/);
  });
  it('«إلا أن أنقرة سارعت إلى نفي …»: the body between the complementizer and the verb speaks', () => {
    expect(speakerOf('إلا أن طهران سارعت إلى نفي وجود أي مفاوضات سرية.', 'مفاوضات سرية')).toBe('Tehran');
  });
  it('«ورد X بعد تصريحات Y»: Y, named in the circumstances, is not the subject', () => {
    const t = 'وقال الرئيس الصومالي حسن شيخ محمود إن الاتفاق باطل. ورد الاتحاد الأفريقي بعد تصريحات الرئيس الصومالي حسن شيخ محمود، بأن الاتفاق قانوني وملزم.';
    expect(speakerOf(t, 'قانوني وملزم')).toMatch(/African Union|الاتحاد الأفريقي/);
  });
});

describe('a bare title refers back across synonyms', () => {
  it('"وأضاف المتحدث" after «الناطق باسم X NAME»: the same spokesman', () => {
    const t = 'وأكد الناطق باسم الحكومة المغربية مصطفى بايتاس أن الأسعار ستنخفض. وأضاف المتحدث أن الدعم سيستمر "حتى نهاية السنة".';
    expect(speakerOf(t, 'الدعم سيستمر')).toBe(speakerOf(t, 'الأسعار ستنخفض'));
  });
});

describe('people with no office are described as the article describes them', () => {
  it('a person found from the words of a statement carries the description before the name, in English too', () => {
    const a = analyze('وقال أحد شهود العيان ويدعى أبو خليل إن القصف استمر ساعتين. ويقول رئيس معهد الدراسات في ريو، كارلوس مينديز لوبو، إن التضخم سيتراجع.');
    const byName = new Map(a.people.map((p) => [p.name_ar, p]));
    expect(byName.get('أبو خليل')!.description_en).toBe('An eyewitness');
    expect(byName.get('كارلوس مينديز لوبو')!.description_ar).toBe('رئيس معهد الدراسات في ريو');
    expect(byName.get('كارلوس مينديز لوبو')!.description_en).toMatch(/Institute/);
  });
});

describe('"وتابع" goes on with the one speaking, past a sentence about someone else', () => {
  it('a sentence that only names another official does not take the words', () => {
    const t = 'وقال وزير الخارجية المجري بيتر سيارتو إن بودابست لن تدعم العقوبات.\nويزور رئيس الوزراء السلوفاكي روبرت فيكو بودابست الأسبوع المقبل.\nوتابع: "لن نضحي بأمننا الطاقوي من أجل أحد".';
    expect(speakerOf(t, 'أمننا الطاقوي')).toBe(speakerOf(t, 'لن تدعم العقوبات'));
    // …and a condemnation with no words of its own is speaking too: "وندد X بـ… . وتابع" is X.
    const u = 'وقال رئيس الوزراء الإسباني بيدرو سانشيز إن مدريد ستعترف بفلسطين. وندد وزير الخارجية الإسباني خوسيه مانويل ألباريس "بالمجزرة" في رفح. وتابع "لا يمكن للعالم أن يصمت".';
    expect(speakerOf(u, 'أن يصمت')).toMatch(/Albares/);
  });
});

describe('unnamed sources in English, and nouns that look like participles', () => {
  it('"مصادر مقربة من الحكومة X" are sources close to it (not "close sources from"); an «informed» source with no known complement stays informed', () => {
    const described = (text: string) => analyze(text).people.map((p) => p.name_en);
    expect(described('وأكدت مصادر مقربة من الحكومة التونسية أن التعديل الوزاري قريب.')).toEqual(['Sources close to the Tunisian Government']);
    expect(described('وقال مصدر مطلع على سير المشاورات إن الطرفين اقتربا من اتفاق.')).toEqual(['Informed source']);
  });
  it('an accusative participle with an adjective after it is a noun («قدموا مقترحا جديدا»), not a new report', () => {
    const q = analyze('وقالت مصادر مصرية مطلعة إن الوسطاء قدموا مقترحا جديدا للطرفين.').quotes[0]!;
    expect(q.text).toBe('الوسطاء قدموا مقترحا جديدا للطرفين');
  });
});

describe('where an indirect statement ends', () => {
  it('the writer\'s gloss or setting after a comma, and the occasion of the words, are not the words', () => {
    const texts = (t: string) => analyze(t).quotes.map((q) => q.text);
    expect(texts('وقال الرئيس الفنزويلي نيكولاس مادورو إن بلاده لن تركع، في إشارة إلى العقوبات الأمريكية.')).toEqual(['بلاده لن تركع']);
    expect(texts('وقال رئيس الوزراء التونسي إن الحكومة ستحاسب المقصرين، في وقت تتصاعد فيه الاحتجاجات في الجنوب.')).toEqual(['الحكومة ستحاسب المقصرين']);
    expect(texts('وأشاد أمير قطر الشيخ تميم بن حمد آل ثاني بالعلاقات الأخوية بين البلدين خلال استقباله وزير الخارجية العماني بدر البوسعيدي.')).toEqual(['بالعلاقات الأخوية بين البلدين']);
  });
});

describe('who said a quotation: the sentence after it, and people named by a kunya', () => {
  it('\'"…". بهذه الكلمات وصف X …\': X said it', () => {
    const a = analyze('"لم نعد نملك شيئا نطعم به أطفالنا". بهذه الكلمات وصف المزارع السوري خليل الأحمد حال قريته.');
    expect(a.quotes[0]!.text).toBe('"لم نعد نملك شيئا نطعم به أطفالنا"');
    expect(a.quotes[0]!.speaker_ar).toBe('خليل الأحمد');
  });
  it('"المزارع أبو علي (55 عاما)": a kunya with علي is a name, and the age in parentheses is no part of it', () => {
    const q = analyze('ويقول المزارع أبو علي (55 عاما) إن "الموسم ضاع بالكامل بسبب الجفاف".').quotes[0]!;
    expect(q.speaker_ar).toBe('أبو علي');
  });
});

describe('names after a description, and the channel after a quotation', () => {
  it('"الخبير المالي سمير العيطة": an adjective of the language is the description\'s, the name is the last words', () => {
    const a = analyze('ويقول الخبير المالي سمير العيطة إن الاقتصاد يحتاج إلى إصلاحات عميقة.');
    expect(a.quotes[0]!.speaker_ar).toBe('سمير العيطة');
    expect(a.people.map((p) => p.name_ar)).toEqual(['سمير العيطة']);
  });
  it('\'"…"، قالت إحدى المتظاهرات لوكالة فرانس برس\': the agency\'s name is nobody\'s', () => {
    expect(speakerOf('"نحن لا نثق بالحكومة ولا بوعودها"، قالت إحدى المتظاهرات لوكالة فرانس برس.', 'لا نثق')).toBe('A protester');
  });
  it('\'"…"، هكذا علق X على …\': a short quotation is X\'s', () => {
    expect(speakerOf('"سنرد في الوقت المناسب"، هكذا علق المتحدث باسم الجيش اليمني يحيى سريع على الضربات.', 'سنرد')).toMatch(/Saree|Sari/);
  });
});

describe('a participle of speech that is the subject', () => {
  it('"وقالت متحدثة باسم الأمم المتحدة للصحفيين إن": the spokeswoman is the subject, not a "saying" participle to skip', () => {
    expect(speakerOf('وقالت متحدثة باسم منظمة الصحة العالمية للصحفيين إن اللقاحات لم تصل بعد.', 'اللقاحات')).toMatch(/^World Health Organization spokesperson/);
  });
});

describe('«عبر»: "via" or "expressed"', () => {
  it('"قال X عبر تويتر إن": via, so the words begin after إن; "وعبر X، …، عن" still reports', () => {
    expect(analyze('وقال رجل الأعمال المصري نجيب ساويرس عبر منصة إكس إن الاستثمار في مصر صعب.').quotes.map((q) => q.text)).toEqual(['الاستثمار في مصر صعب']);
    expect(analyze('وعبر السفير الفرنسي في الجزائر، ستيفان روماتيه، عن "ارتياحه" لنتائج الزيارة.').quotes).toHaveLength(1);
  });
});

describe('an official named after a long title and a describing clause', () => {
  it('speaks as the official, not as a second, unofficial person of the same name', () => {
    const t = 'وقال الناطق الرسمي باسم المجلس العسكري المدعوم من التحالف الدولي، كاوا برزنجي: "لن ننسحب من المدينة".';
    const a = analyze(t);
    expect(speakerOf(t, 'لن ننسحب')).toBe(a.officials.find((o) => o.name_ar === 'كاوا برزنجي')?.name_en);
    expect(a.people.map((p) => p.name_ar)).not.toContain('كاوا برزنجي');
  });
});

describe('a sentence opened by a verb whose subject is a long title and a name', () => {
  it('"كما زار وزير …، X، …، وقال": the official after the title speaks, not the one who spoke before', () => {
    const t = 'وزار رئيس الوزراء الكيني، وليام روتو، السوق القديم. وقال إن "التجار يستحقون دعما أكبر".\n\nكما زار وزير الزراعة الأوغندي، جون موليمبا، المزارع برفقة محافظ الإقليم، وقال إن بلاده "ستشتري محصول البن كاملا".';
    expect(speakerOf(t, 'محصول البن')).toMatch(/^John M[ou]limba$/);
  });
});

describe('a circumstantial clause after the verb is no subject', () => {
  it('"وأضافت وهي تمسح دموعها: …": the woman who spoke goes on', () => {
    const t = 'وقالت سلمى الحداد إن المياه غمرت بيتها في الليل. وأضافت وهي تمسح دموعها: "لم يبق لنا شيء نعود إليه في القرية".';
    expect(speakerOf(t, 'لم يبق لنا')).toBe('Salma Al-Haddad');
  });
});

describe('a person named after a description, with an apposition after the name', () => {
  it('"ويرى المحامي الحقوقي X، رئيس …، أن": the name speaks, not the job noun', () => {
    const t = 'ويرى المحامي الحقوقي فرناندو لويس باكاتينغو، رئيس مجموعة العون القانوني المجاني، أن المعتقلين "يحتاجون إلى رعاية طويلة".';
    expect(speakerOf(t, 'رعاية طويلة')).toMatch(/^Fernando/);
  });
});

describe('a spokesman of one body is not the spokesman of another', () => {
  it('"أكد المتحدث باسم المديرية العامة …" after a spokesman of a group was named: the new body\'s spokesman speaks', () => {
    const t = 'ونقلت الإذاعة عن المتحدث باسم الجماعة، سامي الفرا، قوله إن "المواجهة ستطول". من جهته، أكد المتحدث باسم المديرية العامة للحماية المدنية أن الأمطار "ستتواصل حتى الخميس".';
    expect(speakerOf(t, 'ستتواصل حتى')).not.toMatch(/Farra/);
  });
});

describe('a title with a preposition inside it, the name between commas', () => {
  it('"وكانت مندوبة … لدى الأمم المتحدة، X، قد عرضت …، وقالت": X speaks, not the last woman or body that spoke', () => {
    const t = 'وقالت وكالة الأنباء الرسمية إن الهدنة "صامدة".\n\nوكانت مندوبة كندا لدى الأمم المتحدة، جوليا هارتمان، قد قدمت الأسبوع الماضي تقريرا إلى المجلس، وقالت إن الانتهاكات "موثقة بالصور".';
    expect(speakerOf(t, 'موثقة بالصور')).toMatch(/Hartman/);
  });
});

describe('a name in quotation marks after a preposition is not the words a verb attributes', () => {
  it('"وفي منشور على «فيسبوك»، قال الوزير X إن «…»": the words after إن are his', () => {
    const t = 'وفي منشور على حسابه في "فيسبوك"، قال وزير الخارجية الكيني، ألفريد موتوا، إن "الحدود ستبقى مفتوحة أمام التجارة".';
    expect(speakerOf(t, 'الحدود ستبقى')).toBe('Alfred Mutua');
  });
});

describe('a radio named by the shape of its name is a channel', () => {
  it('"وأفاد مصدر أمني لـX أف أم أن": the source speaks, not the radio', () => {
    const a = analyze('وأفاد مصدر دبلوماسي للنسمة أف أم أن الطريق الساحلية أغلقت بالكامل بسبب الفيضانات.');
    expect(a.quotes[0]!.speaker_ar).toBe('مصدر دبلوماسي');
    const b = analyze('وأفاد مصدر أمني لشمس أف أم أن الطريق الساحلية أغلقت بالكامل بسبب الفيضانات.');
    expect(b.quotes[0]!.speaker_ar).toBe('مصدر أمني');
  });
});

describe('headlines that tell an event are no statements', () => {
  const titleQuotes = (t: string) => analyze(t).quotes.filter((q) => q.start < t.indexOf('\n'));
  const body = '\n\nوقالت وزارة الخارجية في بيان إن المحادثات ستتواصل الأسبوع المقبل في العاصمة.';
  it('"Place: official verb …": the place names nobody; the official does something', () => {
    expect(titleQuotes('كينيا: وزير الخارجية ألفريد موتوا يستقبل نظيره الأوغندي في نيروبي' + body)).toEqual([]);
    expect(titleQuotes('نيروبي: وليام روتو وآبي أحمد يتفقان على فتح الحدود' + body)).toEqual([]);
  });
  it('"X وY في Place: …": two people at a place head a meeting\'s story', () => {
    const meeting = '\n\nواستقبل الرئيس الكيني وليام روتو الرئيس الأوغندي يويري موسيفيني في نيروبي.';
    expect(titleQuotes('روتو وموسيفيني في نيروبي: صفحة جديدة بين الجارين' + meeting)).toEqual([]);
  });
  it('still reads "Speaker: words" and "Place: official reports …"', () => {
    expect(titleQuotes('وليام روتو: الحدود ستبقى مفتوحة أمام التجارة' + body)).toHaveLength(1);
    expect(titleQuotes('نيروبي: وزير الخارجية ألفريد موتوا يؤكد أن الحدود ستبقى مفتوحة' + body)).toHaveLength(1);
  });
});

describe('a bare title after someone holding it spoke', () => {
  it('"وأضاف وزير الخارجية أن" goes on with the minister who is speaking, not one named since with the same title', () => {
    const t = 'وقال وزير الخارجية جوزيف أوكيلو إن "العلاقات بين البلدين متينة"، وذلك خلال استقباله في كمبالا وزير الخارجية ألفريد موتوا. وأضاف وزير الخارجية أن "التنسيق سيستمر في كل الملفات".';
    expect(speakerOf(t, 'التنسيق سيستمر')).toMatch(/Okello|Okelo/);
  });
  it('…but a title with another nationality is the other minister', () => {
    const t = 'وقال وزير الخارجية الأوغندي جوزيف أوكيلو إن "العلاقات متينة"، وذلك خلال استقباله وزير الخارجية الكيني ألفريد موتوا. وأكد الوزير الكيني أن "التنسيق سيستمر".';
    expect(speakerOf(t, 'التنسيق سيستمر')).toBe('Alfred Mutua');
  });
});

describe('the channel spoken to before a quotation', () => {
  it('"وقال X، أحد …، لـقناة "…"": the quotation after the channel is X\'s words', () => {
    const t = 'وقال سمير الخوري، أحد المتطوعين في الهلال الأحمر، لبي بي سي "لم يبق في الحي مستشفى واحد يعمل، ننقل الجرحى إلى البيوت".';
    const q = analyze(t).quotes[0]!;
    expect(q.text.startsWith('"لم يبق')).toBe(true);
    expect(q.speaker_ar).toBe('سمير الخوري');
  });
});

describe('a person named by a name that ends like a plural is one person', () => {
  it('"وتابع:" after «إحسان …» spoke goes on with him, not with an official named before', () => {
    const t = 'وقال رئيس الوزراء الكيني وليام روتو إن «الانتخابات في موعدها». وقال الباحث في الشأن السياسي الكيني عثمان الداهوك إن «المقاطعة ستخفض نسبة المشاركة». وتابع: «المعركة الحقيقية ستبدأ بعد إعلان النتائج».';
    expect(speakerOf(t, 'المعركة الحقيقية')).not.toBe('William Ruto');
  });
});

describe('a participle of manner after the verb is no subject', () => {
  it('"وأضاف ضاحكاً: …", "وتابع مبتسما: …": the one who spoke goes on', () => {
    const t = 'وقال المزارع سامر الحداد إن المياه غمرت حقله. وأضاف ضاحكاً: "سنزرع الأرز بدل القمح هذا العام".';
    expect(analyze(t).quotes.find((q) => q.text.includes('الأرز'))!.speaker_ar).toMatch(/سامر الحداد/);
    const u = 'وقال المزارع سامر الحداد إن المياه غمرت حقله. وتابع مبتسما: "سنزرع الأرز بدل القمح هذا العام".';
    expect(analyze(u).quotes.find((q) => q.text.includes('الأرز'))!.speaker_ar).toMatch(/سامر الحداد/);
  });
});

describe('"إذ قال", "حيث قال" go on with the subject of their sentence', () => {
  it('not with a body named on the way («… الذي عقده في الوزارة، إذ قال إن»)', () => {
    const t = 'وزير الخارجية الكيني ألفريد موتوا بدا واثقا خلال المؤتمر الصحفي الذي عقده في الوزارة أمس، إذ قال إن "المحادثات ستنجح قبل نهاية العام".';
    expect(speakerOf(t, 'المحادثات ستنجح')).toBe('Alfred Mutua');
  });
});

describe('a source who asked not to be named, and why', () => {
  it('"وقال صديق للضحية، طلب عدم ذكر اسمه خشية الملاحقة، إن": the reason is no name', () => {
    const t = 'وقال صديق للضحية، طلب عدم ذكر اسمه خشية الملاحقة، إن الجنود "أطلقوا النار دون إنذار".';
    const q = analyze(t).quotes[0]!;
    expect(q.speaker_ar).toBe('صديق للضحية');
  });
});

describe('the gender of a person by their name as written', () => {
  it('a man\'s name ending in ه («أندريه») is no woman\'s: «مضيفا» goes on with him', () => {
    const t = 'أما وزير العدل، ألفريد موتوا، فقال إن المكتب "سيقدم نتائج تحقيقه خلال أسبوعين".\n\nويرى المحامي الحقوقي أندريه لويس باكاتينغو، رئيس مجموعة العون القانوني المجاني، أن القضية "قد تكون نقطة تحول"، مضيفا أن "العائلات تنتظر العدالة".';
    expect(analyze(t).quotes.find((q) => q.text.includes('تنتظر العدالة'))!.speaker_ar).toBe('أندريه لويس باكاتينغو');
  });
});

describe('a known first name and a foreign surname no dictionary knows, right after the verb', () => {
  it('"وأكد جوناس تشيكامبيلا، المتحدث باسم …، أن": the name speaks, in English', () => {
    const t = 'من جهته، أكد جوناس تشيكامبيلا، المتحدث باسم لجنة التنسيق، أن الاحتجاجات "ستستمر حتى الانتخابات".';
    const q = analyze(t).quotes[0]!;
    expect(q.speaker_ar).toBe('جوناس تشيكامبيلا');
    expect(q.speaker_en).toMatch(/^Jonas /);
  });
});

describe('an official\'s office speaks, not the official', () => {
  it('"وأعلن مكتب رئيسة الوزراء، X، أن", "وقال مكتب الرئيس X إن"', () => {
    const a = analyze('وأعلن مكتب رئيسة الوزراء، جاسيندا أرديرن، أنها ألغت زيارتها إلى أستراليا هذا الشهر.');
    expect(a.quotes[0]!.speaker_ar).toBe('مكتب رئيسة الوزراء');
    expect(a.quotes[0]!.speaker_en).toMatch(/^Office of the Prime Minister/);
    const b = analyze('وقال مكتب الرئيس الكيني وليام روتو إن الزيارة أرجئت إلى موعد لاحق.');
    expect(b.quotes[0]!.speaker_ar).toBe('مكتب الرئيس الكيني');
  });
});

describe('"وكان [title]، [name]، قد قال": the official in apposition after the title speaks', () => {
  it('not an official named later whose title has the same head', () => {
    const t = 'وكان رئيس أساقفة نيروبي، الكاردينال جون نجوي، قد قال في وقت سابق من الشهر إن "الوقت قد حان للتغيير".\n\nويؤكد رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد أن الانتخابات ستجري في موعدها "دون أي تأجيل".';
    expect(analyze(t).quotes.find((q) => q.text.includes('حان للتغيير'))!.speaker_ar).toMatch(/جون نجوي/);
  });
});

describe('a person named after an unnamed source\'s description', () => {
  it('"وقال مسؤول في الهلال الأحمر X إن": X speaks, not "an official"', () => {
    const t = 'وقال مسؤول في جمعية الإغاثة كريستوف مولر إن المستشفيات "لم تعد تعمل".';
    expect(analyze(t).quotes[0]!.speaker_ar).toBe('كريستوف مولر');
  });
});

describe('a short noun phrase after the verb\'s preposition is no statement', () => {
  it('"وتحدثت السلطات عن قتيلين فقط" reports nothing; "وتحدث الوزير عن أن …" does', () => {
    expect(analyze('وقتل ستة أشخاص في المظاهرات، فيما تحدثت السلطات عن قتيلين فقط.').quotes).toEqual([]);
    expect(analyze('وتحدث وزير الخارجية الكيني ألفريد موتوا عن أن المحادثات ستستأنف الأسبوع المقبل في نيروبي.').quotes).toHaveLength(1);
  });
});

describe('no subject written after the verb (furn: heldout4 read classes)', () => {
  it('"وأضافت والحزن باد على وجهها:": a circumstantial clause opened by و is no subject; the woman speaking goes on', () => {
    const t = 'وفي حي الميناء شرقي طرابلس، قالت سلمى حداد إن منزلها تهدم بالكامل. وأضافت والحزن باد على وجهها: "لا أطلب تعويضا، أطلب محاسبة المسؤولين".';
    expect(speakerOf(t, 'أطلب محاسبة')).toBe('Salma Haddad');
  });
  it('"…، أعرب فيها عن": a pronoun object alone is no subject, nor the addressee named after إلى; the sender speaks', () => {
    const t = 'وكان الرئيس الفرنسي إيمانويل ماكرون قد بعث رسالة إلى الرئيس اللبناني ميشال عون، أعرب فيها عن "تضامن فرنسا الكامل مع الشعب اللبناني".';
    expect(speakerOf(t, 'تضامن فرنسا')).toBe('Emmanuel Macron');
  });
});

describe('relative clauses with a reporting verb', () => {
  it('"…، الذي قالت نقابة الأطباء إنه": the subject written after the verb speaks, not the body before the pronoun', () => {
    const t = 'وتوقفت المحادثات منذ اقتحام مقر القيادة العامة للشرطة ليلة السبت، الذي قالت نقابة الأطباء اللبنانية إنه أسفر عن سقوط عشرات الجرحى.';
    // (A syndicate is an institution head since round 41: its English is the head noun alone, the Arabic says which.)
    expect(analyze(t).quotes.find((x) => x.text.includes('عشرات الجرحى'))?.speaker_ar).toBe('نقابة الأطباء اللبنانية');
  });
  it('"بحسب نقابة المحامين في بيروت التي قالت في بيان إن": the body the pronoun hangs on, not the capital inside it', () => {
    const t = 'وطالب محامون بتحقيق دولي، بحسب نقابة المحامين في بيروت التي قالت في بيان إن "التحقيق يجب أن يكون مستقلا وشفافا".';
    // (In English since roles86 rendered a body named after its members' profession: the syndicate, not Beirut.)
    expect(speakerOf(t, 'مستقلا وشفافا')).toBe("Lawyers' Syndicate");
  });
});

describe('a noun of kinship takes the next word as its genitive', () => {
  it('"شقيقة طالب أصيب …": «طالب» is a student there, not the verb «demanded»; the sister speaks', () => {
    const t = 'وقالت سهام عبد الكريم، شقيقة طالب أصيب في المواجهات أمام الجامعة، إن المستشفى رفض استقباله ساعات.';
    expect(speakerOf(t, 'رفض استقباله')).toBe('Siham Abdulkarim');
  });
});

describe('a given name that is also a word of the language, then a family name', () => {
  it('"وقال الناشط الحقوقي كريم الزاهي إن": Karim speaks, not "an activist"', () => {
    const t = 'وقال الناشط الحقوقي كريم الزاهي إن القرار "خطوة متأخرة لكنها ضرورية".';
    expect(speakerOf(t, 'خطوة متأخرة')).toMatch(/^Karim /);
  });
  it('"المتحدث باسم المديرية العامة": «باسم» there is no given name', () => {
    const t = 'وقال المتحدث باسم المديرية العامة للأمن الوطني إن "التحقيقات جارية".';
    expect(analyze(t).officials.map((o) => o.name_ar)).not.toContain('باسم المديرية العامة');
  });
});

describe('a body named by a plural of things is feminine, so a masculine verb before it makes it the object', () => {
  it('keeps the speaker who asks the body for something', () => {
    expect(speakerOf('وزار وزير الصحة اللبناني جميل جبق المستشفى أمس، وطالب الأمم المتحدة «بزيادة الدعم للقطاع الصحي».', 'بزيادة الدعم')).toMatch(/^Jamil J/);
    expect(speakerOf('وتفقد محافظ البصرة أسعد العيداني الموقع، وطالب السلطات الاتحادية «بإرسال فرق الإنقاذ فورا».', 'بإرسال فرق')).toMatch(/Eidani|Idani/);
  });

  it('still lets such a body speak with a feminine verb', () => {
    expect(speakerOf('وقال الوزير جميل جبق إن الوضع صعب. وطالبت الأمم المتحدة في بيان «بزيادة الدعم للقطاع الصحي».', 'بزيادة الدعم')).toMatch(/United Nations|UN/);
  });
});

describe('a body named in quotation marks inside the title of the sentence opener', () => {
  it('does not hide the opener as the subject of a later «وقال»', () => {
    expect(speakerOf('وزار الأمين العام لحزب «الوفاق» سليم عواد المخيم صباح اليوم، وقال في كلمة أمام السكان إن «العودة حق لا يسقط».', 'العودة حق')).toMatch(/^Salim|^Selim/);
  });
});
