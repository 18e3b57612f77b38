// Sentences written for these tests, in the style of the outlets the extension reads.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

describe('people who hold no office are people, not officials', () => {
  it('an analyst named after his description speaks for himself and is no official', () => {
    const a = analyze('وقال المحلل السياسي سامر خليل إن الاتفاق لن يصمد طويلا. وأضاف خليل أن الأطراف غير جادة.');
    expect(a.officials).toEqual([]);
    const p = a.people.find((x) => x.name_ar === 'سامر خليل');
    expect(p?.description_en).toBe('Political Analyst');
    expect(p?.mentions).toHaveLength(2);
    expect(a.quotes.map((q) => q.speaker_id)).toEqual([p!.id, p!.id]);
  });
  it('a journalist and a relative are people; the minister beside them is the official', () => {
    const a = analyze('وقالت الصحفية ليلى مراد إن وزير الداخلية سليم حداد رفض الطلب، فيما قالت خطيبة المعتقل نادية فرح إنها لم تتلق أي رد.');
    expect(a.officials.map((o) => o.name_ar)).toEqual(['سليم حداد']);
    expect(a.people.map((p) => p.name_ar).sort()).toEqual(['ليلى مراد', 'نادية فرح']);
    expect(a.quotes[0]?.speaker_ar).toBe('ليلى مراد');
  });
});

describe('a lone name word is not the famous bearer of that name', () => {
  it('a surname alone goes to the person the article names in full, not to another official who shares it', () => {
    const a = analyze('وأكد المالكي أن الجانبين اتفقا على تشكيل لجنة فنية. يذكر أن وزير الخارجية الفلسطيني رياض المالكي وصل إلى تونس أمس.');
    expect(a.officials.map((o) => o.name_en)).toEqual(['Riyad al-Maliki']);
    expect(a.officials[0]!.mentions).toHaveLength(2);
  });
  it('a known first name followed by another name word is someone else', () => {
    const a = analyze('ونقلت الوكالة عن زامير كابولوف ممثل الرئيس الروسي الخاص بأفغانستان أن موسكو ترحب بالخطوة.');
    expect(a.officials.some((o) => o.name_en === 'Eyal Zamir')).toBe(false);
  });
  it("a compound name that starts like a king's name is not the king", () => {
    const a = analyze('وعن الجانب السوداني مدير معمل الصحة العامة السيد عبد الله عبد الكريم.');
    expect(a.officials.map((o) => o.name_ar)).toEqual(['عبد الله عبد الكريم']);
  });
});

describe("speech that continues goes to a subject of the verb's number", () => {
  it('a plural verb carries on the group that spoke, not the official named last', () => {
    const a = analyze('وقال مراقبون إن الهدنة لن تصمد. وأعلن الرئيس حامد سعيد تمديد الهدنة. وأضافوا أن الوضع هش.');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['مراقبون', 'حامد سعيد', 'مراقبون']);
  });
  it('a group with a feminine singular verb keeps speaking ("وقالت مصادر … وأضافت")', () => {
    const a = analyze('وقالت مصادر في وزارة الخارجية إن اللقاء كان بناء. وأضافت أن الجانبين اتفقا على لقاء آخر.');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['مصادر في وزارة الخارجية', 'مصادر في وزارة الخارجية']);
  });
  it('the accusative plural of a group is the group ("المراقبين")', () => {
    const a = analyze('لكن المراقبين اعتبروا أن هذه الفرضية غير مرجحة.');
    expect(a.quotes[0]?.speaker_ar).toBe('المراقبين');
  });
});

describe('foreign officials unknown to the gazetteer', () => {
  const official = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);
  it('a nationality spelled with one letter more than the listed form still reads as one', () => {
    expect(official('وحضر القمة الرئيس التوغولي فوري غناسينغبي.')).toEqual([['فوري غناسينغبي', 'Togolese President']]);
  });
  it('a name in quotation marks after its title, and it is the speaker, not the statement', () => {
    const a = analyze('أعلن وزير خارجية مملكة النرويج، "بورج براند"، قرار بلاده إعادة فتح سفارتها.');
    expect(a.officials.map((o) => o.name_ar)).toEqual(['بورج براند']);
    expect(a.quotes.map((q) => [q.speaker_ar, q.text])).toEqual([['بورج براند', 'قرار بلاده إعادة فتح سفارتها']]);
  });
  it('church titles head a role; a one-word name that is a name word and no ordinary word is accepted', () => {
    expect(official('وقال البابا فرنسيس إن الأخبار مروعة.')).toEqual([['فرنسيس', 'Pope']]);
    expect(official('واستقبل الملك الكاردينال جان لويس توران.').map(([n]) => n)).toContain('جان لويس توران');
  });
  it('the first half of a compound name is a name whatever it means alone; a verb after a name ends it', () => {
    expect(official('وترأس الوفد عضو مجلس قيادة الثورة السيد زكريا محيي الدين.').map(([n]) => n)).toEqual(['زكريا محيي الدين']);
    expect(official('وكان الرئيس أحمد بورقيبة خاطب الحضور.').map(([n]) => n)).toEqual(['أحمد بورقيبة']);
  });
});

describe('unnamed speakers are people described in English', () => {
  it('a source is a person with no name, its description in English, and its quotes', () => {
    const a = analyze('وقالت مصادر في الخارجية التركية إن اللقاء كان بناء. وأضافت المصادر أن الجانبين اتفقا على لقاء آخر.');
    expect(a.people).toHaveLength(1);
    const p = a.people[0]!;
    expect(p).toMatchObject({ named: false, name_en: 'Sources in the Turkish Foreign Ministry', country: 'TR' });
    expect(p.mentions).toHaveLength(2);
    expect(a.quotes.map((q) => q.speaker_id)).toEqual([p.id, p.id]);
  });
  it('a spokesperson is described by the body he speaks for, an agency by its nationality, never bare', () => {
    const a = analyze('وقال متحدث باسم الخارجية الأمريكية إن الموقف ثابت. وقالت وكالة الأنباء الفرنسية إن الاجتماع انتهى.');
    expect(a.quotes.map((q) => q.speaker_en)).toEqual(['US State Department spokesperson', 'French News Agency']);
    expect(a.people.map((p) => p.name_en)).toEqual(['US State Department spokesperson']);
  });
  it('a name and its description in apposition before the statement: the reporter speaks, not her channel', () => {
    const a = analyze('وتقول باربرا بليت أشر، مراسلة بي بي سي في نيويورك، إن النغمة تغيرت في البيت الأبيض.');
    expect(a.quotes[0]?.speaker_ar).toBe('باربرا بليت أشر');
    expect(a.people.find((p) => p.name_ar === 'باربرا بليت أشر')?.description_en).toMatch(/Correspondent/);
  });
});

describe('statements and their speakers on unseen shapes', () => {
  it('a quotation after the words of an interview is the statement; the words are its circumstances', () => {
    const a = analyze('وقال سامي فرح مستشار الرئيس للشؤون الأمنية في مقابلة مع برنامج أسبوعي بقناة محلية "لا أستبعد شيئا".');
    expect(a.quotes.map((q) => [q.speaker_ar, q.text])).toEqual([['سامي فرح', '"لا أستبعد شيئا"']]);
  });
  it("an agency's name in quotation marks after it is its name, and the clause before the attribution is the statement", () => {
    const a = analyze('وتوصل الطرفان إلى اتفاق لعقد قمة، بحسب ما أعلنت وكالة الأنباء الكورية الجنوبية "يونهاب"، بعد محادثات طويلة.');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.text).toMatch(/^وتوصل الطرفان/);
    expect(a.quotes[0]!.speaker_en).toBe('South Korean News Agency');
  });
  it('the last word of a name is never a reporting verb ("إبراهيم قالن")', () => {
    const a = analyze('لكن المتحدث باسم الرئاسة التركية، إبراهيم قالن، سارع إلى رفض العرض، قائلا إن على الدول اتخاذ موقف واضح.');
    expect(a.quotes.map((q) => q.text)).toEqual(['على الدول اتخاذ موقف واضح']);
  });
  it('a place tail after the title comes before the name ("وزير … في كوريا الجنوبية NAME")', () => {
    const [o] = analyze('وقال وزير شؤون التوحيد في كوريا الجنوبية تشو ميونغ-غيون إن المحادثات مثمرة.').officials;
    expect(o).toMatchObject({ name_ar: 'تشو ميونغ-غيون', country: 'KR' });
  });
});

describe('a role whose institution the grammar does not know still leads to the name', () => {
  const found = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_ar]);
  it('places and ordinary words of an institution stand between the role and the name, and belong to the role', () => {
    expect(found('ووقعها رئيس مجلس إدارة سوق أبوظبي العالمي أحمد علي الصايغ.')).toEqual([['أحمد علي الصايغ', 'رئيس مجلس إدارة سوق أبوظبي العالمي']]);
    expect(found('ووقعها العضو المنتدب لهيئة كهرباء ومياه دبي سعيد محمد الطاير.')).toEqual([['سعيد محمد الطاير', 'العضو المنتدب لهيئة كهرباء ومياه دبي']]);
  });
  it('a title word that is a given name starts the name when a name follows (وزير الاقتصاد سلطان المنصوري)', () => {
    expect(found('ووقعها وزير الاقتصاد سلطان المنصوري.')).toEqual([['سلطان المنصوري', 'وزير الاقتصاد']]);
  });
});

describe('unnamed speakers in English as the article describes them', () => {
  const described = (text: string) => analyze(text).people.map((p) => p.name_en);
  it('adjectives in English order, nationality included, duals counted', () => {
    expect(described('وقال مصدر دبلوماسي تركي رفيع إن الزيارة ناجحة.')).toEqual(['Senior Turkish diplomatic source']);
    expect(described('وقال مسؤولان أميركيان كبيران إن الاتفاق قريب.')).toEqual(['Two senior US officials']);
  });
  it('the one a report quotes speaks, whoever reports it', () => {
    const a = analyze('ونقلت الوكالة تصريحات عن مصدر سعودي قوله: "الموضوع أثار اهتمام المملكة".');
    expect(a.quotes.map((q) => q.speaker_en)).toEqual(['Saudi source']);
  });
  it('a body named by its head noun alone is the body the text named in full before (in English; Arabic as written)', () => {
    const a = analyze('وأدانت وزارة الخارجية التركية الهجوم في بيان. وقالت الوزارة "ندين بشدة هذا الهجوم".');
    expect(a.quotes.at(-1)).toMatchObject({ speaker_ar: 'الوزارة', speaker_en: 'Turkish Foreign Ministry' });
  });
});

describe('more ways of reporting', () => {
  const quotes = (text: string) => analyze(text).quotes.map((q) => [q.speaker_ar, q.text]);
  it('praise, welcome, condemnation: the object after a named speaker is the statement', () => {
    expect(quotes('وأشاد وزير الخارجية الفلسطيني رياض المالكي بالعلاقة الخاصة التي تربط فلسطين بتونس.'))
      .toEqual([['رياض المالكي', 'بالعلاقة الخاصة التي تربط فلسطين بتونس']]);
    // Without a speaker it names, such a verb reports nothing.
    expect(quotes('ورحبت كل من واشنطن وموسكو بالخطوة.')).toEqual([]);
  });
  it('a bare title as subject ends before a word that opens with a preposition: the rest is the statement', () => {
    const a = analyze('وقال وزير الخارجية المصري سامح شكري إن المفاوضات متعثرة. وطالب الوزير بوقف القتال فورا.');
    expect(a.quotes.map((q) => [q.speaker_ar, q.text])).toEqual([
      ['سامح شكري', 'المفاوضات متعثرة'], ['سامح شكري', 'بوقف القتال فورا'],
    ]);
  });
  it("a participle's object opens its statement", () => {
    const [q] = analyze('وعلق النشطاء السياسيون المصريون على اختفائه، مطالبين السلطات المصرية بالكشف عن مكانه.').quotes;
    expect(q?.text).toBe('السلطات المصرية بالكشف عن مكانه');
    expect(q?.speaker_en).toBe('Egyptian political activists');
  });
  it('two speakers joined by و speak as a pair, and a dual verb carries the pair on', () => {
    const a = analyze('وقال الرئيس السوري بشار الأسد ووزير الخارجية الإيراني محمد جواد ظريف في مؤتمر صحفي إن الضغوط لن تثنيهما. وقال الأسد وظريف إن التهديد لن يجدي. وأضافا أن التعاون سيستمر.');
    const both = (q: (typeof a.quotes)[number]) => [q.speaker_id, ...(q.co_speaker_ids ?? [])].map((id) => a.officials.find((o) => o.id === id)?.name_en).join(' and ');
    expect(a.quotes.slice(1).map(both)).toEqual(['Bashar al-Assad and Mohammad Javad Zarif', 'Bashar al-Assad and Mohammad Javad Zarif']);
  });
});

describe('who speaks when the noun after the verb is not its subject', () => {
  it('a masculine verb with a country after it: the country is the object, the last speaker goes on', () => {
    const a = analyze('وقال وزير الخارجية خميس الجهيناوي إن العلاقات متميزة. كما حث النرويج على مراجعة تحذير السفر إلى تونس.');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['خميس الجهيناوي', 'خميس الجهيناوي']);
  });
  it('a clause with its own reporting verb after "according to a statement" is that verb\'s', () => {
    const a = analyze('وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل الوفد. وبحسب بيان صادر عن مكتبه، فقد أثنى الرئيس الفرنسي على تضحيات القوات في القتال ضد التنظيم.');
    expect(a.quotes.map((q) => q.speaker_en)).toEqual(['Emmanuel Macron']);
  });
});

describe('offices named inside a title, and names that follow one another', () => {
  const found = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);
  it("the holder of a leader's office named inside another's title holds that office; the title is the name's before", () => {
    expect(found('وحضر اللقاء سامي فرح مستشار الرئيس الأمريكي دونالد ترامب.')).toEqual([
      ['سامي فرح', 'Adviser to the US President'], ['دونالد ترامب', 'US President'],
    ]);
  });
  it('a second name joined by و after a full name is another person', () => {
    expect(found('ووصل وزير الخارجية الإريتري عثمان صالح وأحمد محمود المستشار الخاص للرئيس إيسايس أفورقي.').map(([n]) => n))
      .toEqual(['عثمان صالح', 'أحمد محمود', 'إيسايس أفورقي']);
  });
  it('a patronymic name is shortened to its first name, and the one a report attributes words to speaks', () => {
    const a = analyze('وقال أمير قطر الشيخ تميم بن حمد إن العلاقات جيدة. ونسبت وكالات الأنباء الإيرانية إلى تميم قوله إن "علاقتنا مع إيران عريقة".');
    expect(a.quotes.map((q) => q.speaker_id)).toEqual(['o1', 'o1']);
  });
  it('a statement ends before the writer\'s "، وذلك" circumstances', () => {
    const [q] = analyze('وأعرب الرئيس الإيراني حسن روحاني عن رغبة بلاده في تعزيز علاقاتها مع قطر، وذلك خلال اتصال هاتفي.').quotes;
    expect(q?.text).toBe('رغبة بلاده في تعزيز علاقاتها مع قطر');
  });
});

describe('subjects and appositions of other shapes', () => {
  it('a title with no name, in the dual, is the subject; the statement follows the day set off by commas', () => {
    const [q] = analyze('أعلن وزيرا خارجية السودان ومصر، الجمعة، فشل اللجنة الثلاثية في التوصل إلى اتفاق.').quotes;
    expect(q?.text).toBe('فشل اللجنة الثلاثية في التوصل إلى اتفاق');
    expect(q?.speaker_ar).toBe('وزيرا خارجية السودان ومصر');
  });
  it('"NAME وهو TITLE": the title is the name\'s', () => {
    const a = analyze('وقال كلارو أريلانو وهو نائب لوزير العمل "نأمل في التوصل إلى مذكرة تفاهم".');
    expect(a.officials.map((o) => [o.name_ar, o.role_en])).toEqual([['كلارو أريلانو', 'Deputy Minister of Labor']]);
    expect(a.quotes[0]?.speaker_id).toBe('o1');
  });
  it('a foreign surname that reads as a preposition before a verb is still a name ("سيليش بيكلي")', () => {
    expect(analyze('ويشارك في الوفد وزير الري سيليش بيكلي.').officials.map((o) => o.name_ar)).toEqual(['سيليش بيكلي']);
  });
});

describe('people named with no title speak as people', () => {
  it('names at the head of the subject speak, not the last part of the subject after a comma', () => {
    const a = analyze('وقال مارفين هير وأبراهام كوبر من مركز للحقوق المدنية، ومقره الولايات المتحدة: "إن الكلمة نموذج لفكر معاد". وأضافا "بدلا من اللوم يجب النظر في فنائه الخلفي".');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['مارفين هير وأبراهام كوبر', 'مارفين هير وأبراهام كوبر']);
  });
  it('one such name is a person of the analysis, with its quotes', () => {
    const a = analyze('وقال مارفين هير من مركز للحقوق المدنية: "إن الكلمة نموذج لفكر معاد".');
    expect(a.people).toMatchObject([{ name_ar: 'مارفين هير', named: true, description_en: null }]);
    expect(a.quotes[0]?.speaker_id).toBe(a.people[0]!.id);
  });
  it('the subject of a participle is not someone after a preposition earlier in the sentence', () => {
    const a = analyze('وكان الرئيس الأمريكي دونالد ترمب قد التقى الزعيم الكوري كيم جونغ أون. ومنذ لقائه مع كيم، بدا ترمب متفائلا، مشددا على أن الحرب باتت مستبعدة.');
    expect(a.quotes.at(-1)?.speaker_en).toBe('Donald Trump');
  });
});

describe('places, datelines and counterparts are no people', () => {
  it('a title after a place noun names the place (مطار الملك خالد), and a dateline is no speaker', () => {
    const a = analyze('الرياض - واس: استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في مطار الملك خالد الدولي الرئيس الصيني.');
    expect(a.officials.map((o) => o.name_en)).toEqual(['Salman bin Abdulaziz Al Saud']);
    expect(a.quotes).toEqual([]);
  });
  it('"his counterpart" of a nationality is the one of that country with the same office, not its leader', () => {
    const a = analyze('التقى وزير الخارجية الروسي سيرغي لافروف الزعيم الكوري الشمالي كيم جونغ أون ووزير الخارجية الكوري الشمالي ري يونغ هو. وبحث لافروف مع نظيره الكوري الشمالي العلاقات.');
    const ri = a.officials.find((o) => o.name_ar === 'ري يونغ هو')!;
    const kim = a.officials.find((o) => o.name_ar === 'كيم جونغ أون')!;
    const at = a.article.text.indexOf('نظيره');
    expect(ri.mentions.some(([s]) => s === at)).toBe(true);
    expect(kim.mentions.some(([s]) => s === at)).toBe(false);
  });
});

describe('where one report ends and the next begins', () => {
  const quotes = (text: string) => analyze(text).quotes.map((q) => q.text);
  it('"لكنه" + a reporting verb begins another statement, and the connective belongs to neither', () => {
    expect(quotes('لكن المحلل السياسي هارون مير اعتبر أن هذه الفرضية "غير مرجحة" لكنه شدد على الجانب "الرمزي" لهذه الرسالة.'))
      .toEqual(['هذه الفرضية "غير مرجحة"', 'الجانب "الرمزي" لهذه الرسالة']);
  });
  it('"فيما كان قد قال" begins another statement; "one of the sources" is described as such', () => {
    const a = analyze('وأكد أحد المصادر أن اليونان اتخذت هذه الإجراءات فيما كان قد قال مصدر في وقت سابق إنها ستتخذ إجراءات أخرى.');
    expect(a.quotes.map((q) => [q.speaker_en, q.text])).toEqual([
      ['One of the sources', 'اليونان اتخذت هذه الإجراءات'], ['Source', 'ستتخذ إجراءات أخرى'],
    ]);
  });
});

describe('foreign officials the gazetteer does not know', () => {
  const found = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);
  it('named before their title in apposition, with a Greek surname', () => {
    expect(found('وقال ديميتريوس كاريديس، وزير الهجرة واللجوء اليوناني، إن الوضع صعب.'))
      .toEqual([['ديميتريوس كاريديس', 'Greek Minister of Migration and Asylum']]);
  });
  it('a name whose first letters are أل is no word with the article (ألويسيو)', () => {
    expect(found('والتقى الوزير البرازيلي ألويسيو نونيس نظيره.').map(([n]) => n)).toEqual(['ألويسيو نونيس']);
  });
});

describe('names in lists and counterparts', () => {
  const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);
  it('a name after و in a list before its title (Korean syllables that are pronouns alone included)', () => {
    expect(names('وحضر وزير القوات المسلحة بارك يونغ-سيك ولي يونغ-هو وزير الخارجية وري سون-كوان رئيس لجنة السلام.'))
      .toEqual(['بارك يونغ-سيك', 'لي يونغ-هو', 'ري سون-كوان']);
  });
  it('"ونظيرته NAME" with no nationality is the counterpart, and a foreign name may start with و (Wallström)', () => {
    expect(names('وبدأت المباحثات بين وزير الخارجية الكوري الشمالي ري يونغ هو ونظيرته مارغو والستروم ورئيس الوزراء السويدي ستيفان لوفن.'))
      .toEqual(['ري يونغ هو', 'مارغو والستروم', 'ستيفان لوفن']);
  });
  it('a Russian name written with إ after و before its title', () => {
    expect(names('وحضر حسن حكيموف نائب رئيس حكومة الشيشان، وإليغ أزيروف المندوب الدائم لروسيا لدى المنظمة.')).toContain('إليغ أزيروف');
  });
});

describe('people in apposition and unnamed witnesses', () => {
  it('a name between commas after a description speaks and is a person', () => {
    const a = analyze('وقالت مديرة منظمة العفو في بريطانيا، سارة جونسون، إن الزيارة تثير القلق.');
    expect(a.people.map((p) => [p.name_ar, p.named])).toEqual([['سارة جونسون', true]]);
    expect(a.quotes[0]?.speaker_id).toBe(a.people[0]!.id);
  });
  it('"one of the eyewitnesses" is one witness, not two', () => {
    expect(analyze('وقال أحد شهود العيان إن الضربة كانت قوية جدا.').people.map((p) => p.name_en)).toEqual(['An eyewitness']);
  });
});

describe('titles with adjectives, references by country, and subjects left unsaid', () => {
  it('a name between commas after a title with adjectives and a nationality, and the verb with no subject after it', () => {
    const a = analyze('يذكر أن البطريرك الماروني اللبناني، بشارة الراعي، زار السعودية، ووصف العلاقات بين البلدين بأنها "متجذرة بالتاريخ".');
    expect(a.officials.map((o) => o.name_ar)).toEqual(['بشارة الراعي']);
    expect(a.quotes.map((q) => q.speaker_id)).toEqual(['o1']);
  });
  it('"رئيس إريتريا" is the Eritrean president named elsewhere', () => {
    const t = 'وكان الرئيس الإريتري أسياس أفورقي قد استقبل الوفد. وكان رئيس إريتريا أعلن إرسال الوفد إلى إثيوبيا.';
    const [o] = analyze(t).officials;
    expect(o!.mentions.map(([s, e]) => t.slice(s, e))).toEqual(['أسياس أفورقي', 'رئيس إريتريا']);
  });
});

describe('reports through an agency, and verbs of belief', () => {
  it("an agency's name in quotation marks before عن, and the one described before قوله speaks", () => {
    const [q] = analyze('والاثنين نقلت "يونهاب" عن السفير الأمريكي إلى كوريا الجنوبية قوله إن الوقت مبكر جدا لإعلان كهذا.').quotes;
    expect(q).toMatchObject({ text: 'الوقت مبكر جدا لإعلان كهذا', speaker_en: 'US Ambassador to South Korea' });
  });
  it('"يعتقد المصدر بأنه" reports', () => {
    expect(analyze('ويعتقد المصدر بأنه "أدى بالتأكيد إلى مقتل مدنيين".').quotes.map((q) => q.speaker_ar)).toEqual(['المصدر']);
  });
});

describe('short family names and named bodies', () => {
  it('a two-letter Korean family name alone is the person ("وتطرق شو … قائلا")', () => {
    const a = analyze('وقال وزير شؤون التوحيد في كوريا الجنوبية شو ميونغ-غيون إن الأجواء جيدة. وتطرق شو إلى احتمال إثارة بيونغ يانغ قضية العقوبات قائلا "سنشرح موقفنا للشمال".');
    expect(a.quotes.map((q) => q.speaker_id)).toEqual(['o1', 'o1']);
  });
  it("a body's own name in quotation marks closes it as a speaker", () => {
    const [q] = analyze('وتقول منظمة "إيروارز" المتخصصة في توثيق الضحايا المدنيين إنه من المرجح أن يكون العدد كبيرا.').quotes;
    expect(q?.speaker_ar).toBe('منظمة "إيروارز"');
  });
});

describe('titles over two countries, headlines and fathers\' names', () => {
  const found = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en, o.country]);
  it('one dual title over two countries: each name holds the office of its country, in order', () => {
    expect(found('بحث وزيرا خارجية مصر والسودان، سامح شكري والدرديري محمد أحمد، ملف سد النهضة.')).toEqual([
      ['سامح شكري', 'Minister of Foreign Affairs of Egypt', 'EG'], ['الدرديري محمد أحمد', 'Minister of Foreign Affairs of Sudan', 'SD'],
    ]);
    expect(found('واتفق وزيرا الخارجية المصري والسوداني سامح شكري ومريم الصادق المهدي على التنسيق.').map(([, , c]) => c)).toEqual(['EG', 'SD']);
  });
  it('a verb in the present ends the title of a headline: the guest is not the host\'s countryman', () => {
    const [o] = analyze('الرئيس الفرنسي يستقبل محمود عباس في الإليزيه').officials;
    expect(o?.name_en).toBe('Mahmoud Abbas');
    expect(o?.role_ar).toBeNull();
    expect(o?.country).toBe('PS');
  });
  it('a name alone that is the father\'s name in another\'s (بن X) is not that person', () => {
    const a = analyze('وقال الكرملين إن الرئيس فلاديمير بوتين سيلتقي الملك سلمان في أكتوبر. وأعلن أن ولي العهد الأمير محمد بن سلمان بحث مع بوتين الملف.');
    expect(a.officials.map((o) => o.name_en)).toEqual(['Vladimir Putin', 'Salman bin Abdulaziz Al Saud', 'Mohammed bin Salman']);
  });
});

describe('offices joined by و', () => {
  const found = (text: string) => analyze(text).officials.map((o) => [o.name_en, o.role_en]);
  it("one person's offices joined by و, the name after the last, are all that person's; a later bare title is one of them", () => {
    const a = analyze('بحضور نائب رئيس مجلس الوزراء ووزير الخارجية الشيخ صباح خالد الحمد الصباح وزير الخارجية الباكستاني شاه محمود قريشي. وقال وزير الخارجية الكويتي إن العلاقات متينة.');
    expect(a.officials.map((o) => [o.name_en, o.role_en])).toEqual([
      ['Sabah Khalid Al-Hamad Al-Sabah', 'Deputy Prime Minister and Minister of Foreign Affairs'],
      ['Shah Mahmood Qureshi', 'Pakistani Minister of Foreign Affairs'],
    ]);
    expect(a.quotes[0]?.speaker_id).toBe('o1');
  });
  it('two offices of one kind, or a first title with its own country, are two people', () => {
    expect(found('واستقبل وزير الخارجية ووزير الدفاع الأمريكي لويد أوستن.')).toEqual([['Lloyd Austin', 'US Secretary of Defense']]);
    expect(found('لبحث ترتيبات القمة المرتقبة بين الزعيم الكوري الشمالي والرئيس الأمريكي دونالد ترامب.')).toEqual([['Donald Trump', 'US President']]);
  });
});

describe('heads of delegations', () => {
  const found = (text: string) => analyze(text).officials.map((o) => [o.name_en, o.role_en]);
  it('"رئيس الوفد" with the side after it is a role', () => {
    expect(found('وقال رئيس الوفد الكوري الشمالي ري سون غوون إن الاتفاق قريب.')).toEqual([['Ri Son Gwon', 'Head of the North Korean Delegation']]);
  });
  it('the one who "يرأس وفد X" holds that role; Mullah is a style, not part of the name', () => {
    expect(found('فيما يرأس وفد طالبان الملا عبد الغني برادر.')).toEqual([['Abdulghani Baradar', 'Head of the Taliban Delegation']]);
  });
});

describe("a leader's office inside an adviser's title", () => {
  const found = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);
  it('a name right before the title is the adviser; the name after the office is the leader, not the adviser', () => {
    // France 24 Arabic, 2018-07 (held-out dev article 108). (The adviser, the list's next item after و, is read too.)
    expect(found('ووصل وزير الخارجية الإريتري عثمان صالح ويمان جبريب المستشار الخاص للرئيس إيسايس أفورقي إلى مطار أديس أبابا.'))
      .toEqual([['عثمان صالح', 'Eritrean Minister of Foreign Affairs'], ['يمان جبريب', 'Special Adviser to the President'], ['إيسايس أفورقي', 'President']]);
  });
  it('a title that opens its own list item belongs to the name after it', () => {
    const [o, ...rest] = analyze('وحضر اللقاء رئيس الديوان الأميري، وسكرتير الأمير للشؤون السياسية سالم بن فهد المري.').officials;
    expect(rest).toEqual([]);
    expect(o?.name_ar).toBe('سالم بن فهد المري');
    expect(o?.role_en).toMatch(/^Secretary of the (Emir|Prince) for Political Affairs$/);
  });
});

describe('the sentence going on after a name', () => {
  // Jawhara FM, a memoir of a 1960s visit (held-out dev article 168).
  it('an indefinite object in the accusative is not a name word', () => {
    expect(analyze('في هذا اليوم ألقى الرئيس الحبيب بورقيبة خطابا للشعب، أكد فيه أهمية هذا المرفق.').officials.map((o) => o.name_ar))
      .toEqual(['الحبيب بورقيبة']);
  });
  it('a past verb written with final ى is not a name word, an Arabic name so written is', () => {
    const a = analyze('وقال الرئيس الحبيب بورقيبة إن الزيارة مهمة. غير ان الرئيس بورقيبة نادى السفير بشدة.');
    expect(a.officials.map((o) => [o.name_ar, o.mentions.length])).toEqual([['الحبيب بورقيبة', 2]]);
    expect(analyze('وقال الوزير محمد يحيى إن الوضع صعب.').officials.map((o) => o.name_ar)).toEqual(['محمد يحيى']);
  });
});

describe('where a statement ends', () => {
  it('a contrast after a comma («، مقابل …», «، في المقابل …») is no longer the speaker\'s words', () => {
    // Jawhara FM (held-out dev article 126).
    const [q] = analyze('من جانبه، عبّر الرئيس الأسد عن استياءه من قطع العلاقات بين البلدين، مقابل تأكيد الوفد العمل والسعي إلى تشكيل شبكة.').quotes;
    expect(q?.text).toBe('استياءه من قطع العلاقات بين البلدين');
    const [r] = analyze('وأكد وزير الخارجية سامح شكري تمسك بلاده بالحل السياسي، وفي المقابل تصر إثيوبيا على موقفها.').quotes;
    expect(r?.text).toBe('تمسك بلاده بالحل السياسي');
  });
});

describe('a description that names a body or a domain before the person', () => {
  const person = (text: string) => analyze(text).people.map((p) => [p.name_en, p.description_en]);
  it('reads past a centre\'s own name and purpose («في مركز "X" للدراسات في أنقرة») to the person', () => {
    expect(person('ويرى الباحث في مركز "بروكنغز" للدراسات في الدوحة سامي العلي أن التهدئة هشة.')).toEqual([['Sami Al-Ali', 'Researcher at the Center']]);
    expect(person('وقال المحلل في مركز كارتر للدراسات الاستراتيجية سامي العلي إن التهدئة هشة.')).toEqual([['Sami Al-Ali', 'Analyst at the Center']]);
  });

  it('reads «في شؤون X» as the domain, whatever X is, and takes the name in apposition after it', () => {
    const a = analyze('ويرى الباحث السوداني في شؤون أوغادين، خالد المنصوري، أن التهدئة هشة.');
    expect(a.quotes[0]?.speaker_en).toBe('Khaled Al-Mansouri');
    expect(a.people.map((p) => [p.name_ar, p.description_en])).toEqual([['خالد المنصوري', 'Sudanese Researcher']]);
  });
});

describe('people the text has speak with no title', () => {
  it('a name right after a verb of telling, described with «، وهي …», is a person who speaks (روى is a verb of telling)', () => {
    const a = analyze('وقال وزير التربية سامي العلي إن المدارس ستفتح. وروت سلمى حداد، وهي معلمة من الحي، أن المدرسة أغلقت أبوابها منذ شهر.');
    expect(a.people.map((p) => p.name_ar)).toEqual(['سلمى حداد']);
    expect(a.officials.map((o) => o.name_ar)).toEqual(['سامي العلي']);
    expect(a.quotes.map((q) => q.speaker_en)).toEqual(['Sami Al-Ali', 'Salma Haddad']);
  });

  it('a lone first name after أما, described with «، وهو …», speaks for himself, not the official before', () => {
    const a = analyze('وقال وزير التربية سامي العلي إن المدارس ستفتح. أما خالد، وهو ابن أحد التجار، فقال إن المتجر احترق بالكامل.');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['سامي العلي', 'خالد']);
    expect(a.officials.map((o) => o.name_ar)).toEqual(['سامي العلي']);
  });
});

describe('a body named at length before the name', () => {
  it('reads past what the body is for («للحقوق الاقتصادية والاجتماعية», «لحقوق الإنسان») to the one who speaks', () => {
    const a = analyze('وقال الوزير خالد يوسف إن القرار نهائي. لكن المتحدث باسم المنتدى الأردني للحقوق الاقتصادية والاجتماعية سامي العلي اعتبر أن القرار ظالم.');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['خالد يوسف', 'سامي العلي']);
  });

  it('does not read a visit\'s purpose that runs into a title as the body\'s («مدير المخابرات للقاء الملك …»)', () => {
    const a = analyze('الرئيس يصطحب مدير المخابرات للقاء الملك عبد الله في عمان');
    expect(a.officials.find((o) => o.name_ar === 'عبد الله')?.role_en ?? null).not.toMatch(/Intelligence/);
  });
});

describe('two people of one family name', () => {
  it('a family name after another given name («كريم العتيبي») is not a mention of «خالد العتيبي»', () => {
    const text = 'وقال وزير الداخلية خالد العتيبي إن الأمن مستتب. وقال المحلل السياسي كريم العتيبي إن «الوضع صعب». وأكد العتيبي أن الانتخابات ستجري في موعدها.';
    const minister = analyze(text).officials.find((o) => o.name_ar === 'خالد العتيبي')!;
    const at = text.indexOf('كريم العتيبي') + 'كريم '.length;
    expect(minister.mentions.map(([a]) => a)).not.toContain(at);
    // …and the analyst is a person of his own («كريم» opens his name before the family name), whom the bare family
    // name right after his quote continues.
    const analyst = analyze(text).people.find((p) => p.name_ar === 'كريم العتيبي')!;
    expect(analyst.mentions.map(([a]) => a)).toContain(text.indexOf('العتيبي أن'));
  });

  it('a verb before the family name («وأكد العتيبي») leaves it the only bearer\'s', () => {
    const text = 'وقال وزير الداخلية خالد العتيبي إن الأمن مستتب. وقال المحلل السياسي إن «الوضع صعب». وأكد العتيبي أن الانتخابات ستجري في موعدها.';
    const minister = analyze(text).officials.find((o) => o.name_ar === 'خالد العتيبي')!;
    expect(minister.mentions.map(([a]) => a)).toContain(text.indexOf('العتيبي أن'));
  });
});

describe('a source close to someone named', () => {
  it('speaks as the source, not as the official it is close to, and says so in English', () => {
    const [q] = analyze('وقال مصدر قريب من رئيس الوزراء الأردني خالد العلي إن "الحكومة لن تستقيل".').quotes;
    expect(q?.speaker_en).toBe('Source close to Jordanian Prime Minister Khaled Al-Ali');
    const [r] = analyze('وترى أوساط مقربة من وزير الخارجية خالد العلي أن "الزيارة تأجلت".').quotes;
    expect(r?.speaker_en).toMatch(/^Circles close to .*Khaled Al-Ali$/);
  });
});

describe('a long title before the name, as the subject', () => {
  it('gives the words to the official named after the title, and they start after the name', () => {
    const [q] = analyze('ونفى المتحدث باسم الإدارة العامة للجمارك العقيد سامي العلي وجود أي إصابات في صفوف العناصر.').quotes;
    expect(q?.speaker_ar).toBe('سامي العلي');
    expect(q?.text).toBe('وجود أي إصابات في صفوف العناصر');
  });
});

describe('a turn to another party before the verb', () => {
  it('«من جانبه، شكر X …، وقال إن …»: the second verb goes on with X, past the turn phrase', () => {
    const a = analyze('والتقى وزير الخارجية خالد العلي نظيره الإيطالي ماركو روسي. من جانبه، شكر روسي الأردن على دعمه، وقال إن التعاون سيتوسع.');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['ماركو روسي']);
  });
});

describe('a bare title referring back to someone', () => {
  it('«الوزير اليوناني» is a minister (a counterpart of one included), not a deputy minister named later', () => {
    const a = analyze('التقى وزير الخارجية الأردني خالد العلي نظيره اليوناني نيكوس ديندياس بحضور نائبة وزير الخارجية اليونانية ماريا كوستا. من جهته، أكد ديندياس أن بلاده تريد "علاقات طيبة". وتابع الوزير اليوناني: "لا نتوقع معجزات".');
    expect(a.quotes.map((q) => q.speaker_ar)).toEqual(['نيكوس ديندياس', 'نيكوس ديندياس']);
  });
});

describe('a body named as the source at the start of a sentence', () => {
  it('«وبحسب المعهد الوطني …، فإن …» is the institute\'s, even when the speaker vocabulary does not list it', () => {
    const a = analyze('وقال الوزير خالد العلي إن الوضع صعب. وبحسب المعهد الوطني للإحصاء، فإن البطالة بلغت عشرة بالمئة.');
    expect(a.quotes.map((q) => q.speaker_en)).toEqual(['Khaled Al-Ali', 'National Institute for Statistics']);
  });
});

describe('a speaker named after an office the officials layer did not read', () => {
  it('is an official with that role, and the quotes are theirs', () => {
    const a = analyze('وقالت رئيسة بعثة الاتحاد الأفريقي في جنوب السودان (أميصوم) نعيمة ديالو إن البعثة "وثقت خروقات عديدة".');
    const o = a.officials.find((x) => x.name_ar === 'نعيمة ديالو');
    expect(o?.role_en).toMatch(/^Head of/);
    expect(a.quotes[0]?.speaker_id).toBe(o?.id);
    expect(a.people.map((p) => p.name_ar)).not.toContain('نعيمة ديالو');
  });

  it('stays a person when the description is academic or civil', () => {
    const a = analyze('ويقول رئيس جامعة النيلين في الخرطوم، عادل محجوب، إن الإضراب سيطول.');
    expect(a.officials.map((o) => o.name_ar)).not.toContain('عادل محجوب');
  });

  it('gives the quotes of a speaker with a rank in the name to the official found without it', () => {
    const a = analyze('وقال المتحدث باسم الجيش العميد سامر الحلبي إن القصف توقف. واتهم العقيد الركن سامر الحلبي، المتحدث باسم الجيش، المسلحين بخرق الهدنة.');
    expect(a.officials.filter((o) => o.name_ar.includes('سامر الحلبي'))).toHaveLength(1);
  });
});
