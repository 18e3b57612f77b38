// Names with a word that reads as a word too, and dual titles held by two names. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a word inside a name', () => {
  it('keeps a given name that is also a time word between a given name and a family name', () => {
    expect(names('وحضر الاجتماع وزير النفط عادل صباح العبيدي، ووزير المالية.')).toContain('عادل صباح العبيدي');
  });

  it('keeps a middle name no source lists before a family name that closes the name', () => {
    expect(names('واستقبل الرئيس سفير الكويت لدى الأردن عزيز غصاب الديحاني.')).toContain('عزيز غصاب الديحاني');
  });

  it('takes the surname after a foreign given name even where the lexicon reads it as a word', () => {
    expect(names('وحضر السفير الفرنسي في بيروت برونو فوشيه، وعدد من المسؤولين.')).toContain('برونو فوشيه');
  });

  it('reads a known name with a title word inside it whole after a title («الرئيس الباجي قائد السبسي»)', () => {
    const text = 'وأكد الرئيس التونسي الباجي قائد السبسي أن الانتخابات ستجري في موعدها.';
    expect(names(text)).toEqual(['الباجي قائد السبسي']);
    const [o] = findOfficials(text);
    expect(o!.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['الباجي قائد السبسي']);
  });

  it('gives a counterpart the full office a short reference before him stands for («الوزير التركي … نظيره الألماني»)', () => {
    const text = 'قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تتراجع، وأكد الوزير التركي في مؤتمر صحفي مع نظيره الألماني هايكو ماس أن الحوار مستمر.';
    expect(byName(text, 'هايكو ماس')?.role_en).toBe('German Minister of Foreign Affairs');
  });

  it('does not take a word after a given name that is a word of the language itself («كوري جنوبي»)', () => {
    expect(names('وقال مسؤول كوري جنوبي إن المحادثات ستستأنف.')).not.toContain('كوري جنوبي');
  });
});

describe('one dual title held by two names', () => {
  it('gives each name the title in the singular, its dual modifier too', () => {
    const text = 'وقضت المحكمة بسجن وزيري الصناعة السابقين يوسف بن علي ومحجوب العربي عشر سنوات.';
    expect(byName(text, 'يوسف بن علي')?.role_en).toBe('Former Minister of Industry');
    expect(byName(text, 'محجوب العربي')?.role_en).toBe('Former Minister of Industry');
  });

  it('reads «النائبين في مجلس الأمة X وY» as two members of parliament', () => {
    const text = 'وقضت المحكمة بسجن النائبين في مجلس الأمة فهد العتيبي ووليد الشمري.';
    expect(byName(text, 'فهد العتيبي')?.role_en).toMatch(/^(MP|Member of the National Assembly)\b/);
    expect(byName(text, 'وليد الشمري')?.role_en).toMatch(/^(MP|Member of the National Assembly)\b/);
  });
});

describe('numbers and durations end a name', () => {
  it('does not take «عشر سنوات» after a name as part of it', () => {
    expect(names('وقضت المحكمة بسجن وزير الصناعة السابق محجوب العربي عشر سنوات.')).toContain('محجوب العربي');
  });
});

describe('Maghreb and Mauritanian forms', () => {
  it('spells الشيخ, الأمين and الحاج in a Mauritanian name as its press does', async () => {
    const { nameToEnglish } = await import('@/lib/english/names');
    expect(nameToEnglish('محمد الأمين ولد الشيخ', { country: 'MR' })).toBe('Mohamed Lemine Ould Cheikh');
  });

  it('reads الكاتب العام as a secretary-general, the Maghreb title', () => {
    expect(byName('وحضر الكاتب العام للبلدية سمير القروي الجلسة.', 'سمير القروي')?.role_en).toBe('Secretary-General of the Municipality');
  });
});

describe('places are not names', () => {
  it('does not read a city after a title as the holder\'s name («ويغادر ولي العهد إسلام آباد»)', () => {
    expect(names('ويغادر ولي العهد إسلام آباد مساء الاثنين متوجها إلى الهند.')).not.toContain('إسلام آباد');
  });
});

describe('a head word inside a name', () => {
  it('reads «الأمين» before a name particle as part of the name, not as a secretary\'s title', () => {
    const found = findOfficials('وقال الوزير محمد الأمين ولد الشيخ إن الوضع جيد.');
    expect(found.map((o) => o.name_ar)).toContain('محمد الأمين ولد الشيخ');
    expect(found.map((o) => o.name_ar)).not.toContain('ولد الشيخ');
  });

  it('does not take a particle-like word that heads no title into the name («جمال رشدي إن أبو الغيط»)', () => {
    expect(names('قال المتحدث الرسمي باسم الأمين العام للجامعة العربية السفير جمال رشدي إن أبو الغيط أجرى اتصالات.')).toContain('جمال رشدي');
  });
});

describe('adjectives of bodies', () => {
  it('does not read the nisba after «الديوان الملكي» as a style and the word after as a name', () => {
    const text = 'وحضر اللقاء، بحسب بيان للديوان الملكي الهاشمي، ولي العهد الأمير الحسين بن عبدالله الثاني.';
    expect(names(text)).not.toContain('الهاشمي');
    expect(findOfficials(text).find((o) => o.name_ar.startsWith('الحسين'))?.role_en).toBe('Crown Prince');
  });
});

describe('people who hold no office', () => {
  it('keeps a lawyer who is a member of a defense team a person, not an official', () => {
    const a = analyze('وقال المحامي سامي الرشيد، عضو هيئة الدفاع، إن الدفاع سيطعن في الحكم.');
    expect(a.officials.map((o) => o.name_ar)).not.toContain('سامي الرشيد');
    expect(a.people.map((p) => p.name_ar)).toContain('سامي الرشيد');
  });
});

describe('Mauritanian names', () => {
  it('spells a name with «ولد» the Mauritanian way even when no country is known', async () => {
    const { nameToEnglish } = await import('@/lib/english/names');
    expect(nameToEnglish('محمد الأمين ولد الشيخ')).toBe('Mohamed Lemine Ould Cheikh');
  });
});

describe('a dual title over two ranked names', () => {
  it('gives each ranked name the title, the و of the list on the title too', () => {
    const text = 'وحضر اللقاء وعضوا المجلس العسكري اللواء جمال عمر والفريق أول ركن صلاح عبد الخالق.';
    expect(byName(text, 'جمال عمر')?.role_en).toBe('Member of the Military Council');
    expect(byName(text, 'صلاح عبد الخالق')?.role_en).toBe('Member of the Military Council');
  });
});

describe('foreign names before a title in apposition', () => {
  it('reads a name of no dictionary before «، رئيس جمهورية X» (a public body of a country), a ب-initial surname too', () => {
    const o = findOfficials('أجرى الملك اتصالا هاتفيا مع أمادو بوكارا، رئيس جمهورية غانا، هنأه فيه.').find((x) => x.name_ar === 'أمادو بوكارا');
    expect(o?.country).toBe('GH');
  });
});

describe('a head word as a middle name', () => {
  it('keeps «قايد» (read as قائد, commander) inside «أحمد قايد صالح»', () => {
    expect(names('وقال رئيس أركان الجيش الفريق أحمد قايد صالح إن الجيش لن يتدخل.')).toContain('أحمد قايد صالح');
  });
});

describe('forms that name a known person only after their own title', () => {
  it('links «عبدالله» after «الملك» to the king, not after another title', () => {
    expect(findOfficials('واستقبل الملك عبدالله الوفد في عمان.').map((o) => o.name_en)).toContain('King Abdullah II');
    expect(findOfficials('وقال الدبلوماسي السابق عبد الله، مدير الحملة، إن المرشح واثق.').map((o) => o.name_en)).not.toContain('King Abdullah II');
  });
});

describe('Maghreb spellings of the article and of الدين', () => {
  it('keeps the article a short dictionary spelling fuses to the name, and glues الدين', async () => {
    const { nameToEnglish } = await import('@/lib/english/names');
    expect(nameToEnglish('نزهة العلوي', { country: 'MA' })).toMatch(/Alaoui$/);
    expect(nameToEnglish('سعد الدين العثماني', { country: 'MA' })).toMatch(/^Saadeddine (El )?Othmani$/);
  });
});

describe('a surname that is a word of the language', () => {
  it('closes a name of two name words before a comma', () => {
    expect(names('وحضر اللقاء وزير الخارجية عادل طاهر سيالة، ووزير الداخلية.')).toContain('عادل طاهر سيالة');
  });
});

describe('a given name that is also a head', () => {
  it('reads «أمينة» before a surname and «، title» as a name, not as a secretary', () => {
    const o = findOfficials('ووقعها عن الجانب المغربي أمينة بنسعيد، المديرة العامة للمكتب الوطني للمعادن.').find((x) => x.name_ar === 'أمينة بنسعيد');
    expect(o?.role_en).toMatch(/Director/);
  });
});

describe('an institution after a name', () => {
  it('is the object of the sentence, not a family name («وطالبت النائبة سهير عبد الحميد الوزارة بـ…»)', () => {
    expect(names('وطالبت النائبة سهير عبد الحميد الوزارة بتكثيف حملات التوعية في القرى.')).toEqual(['سهير عبد الحميد']);
    expect(names('وطالب النائب محمد عبد الحميد الحكومة بالإسراع في صرف التعويضات.')).toEqual(['محمد عبد الحميد']);
  });
});

describe('heads of clubs and leagues', () => {
  it('are people with their office, not officials («رئيس رابطة الأندية المحترفة»)', () => {
    const a = analyze('وقال رئيس رابطة الأندية المحترفة أحمد دياب إن الدوري سيستأنف الشهر المقبل.');
    expect(a.officials.map((o) => o.name_ar)).not.toContain('أحمد دياب');
    expect(a.people.find((p) => p.name_ar === 'أحمد دياب')?.description_en).toMatch(/^President of the .*League$/);
  });
});

describe('a head word that is a given name too', () => {
  it('starts the name before a family name no office takes as its complement («الرئيس التنفيذي أمين الناصر»)', () => {
    expect(names('وقال الرئيس التنفيذي أمين الناصر إن الإنتاج مستقر.')).toEqual(['أمين الناصر']);
  });
  it('is still the office before a word of the language («أمين العاصمة»، «أمين الصندوق»)', () => {
    expect(analyze('وقال أمين العاصمة يوسف الشواربة إن الخطة جاهزة.').officials.find((o) => o.name_ar === 'يوسف الشواربة')?.role_en).toBe('Mayor of the Capital');
    expect(byName('وقال أمين الصندوق خالد العلي إن الخطة جاهزة.', 'خالد العلي')?.role_en).toBe('Secretary of the Fund');
  });
});

describe('a clause that opens with و or ف and a verb', () => {
  it('is not a name word, as its spelling shows («ويرى», «فرأت»)', () => {
    expect(analyze('ويرى محمد بنحمو، رئيس المركز المغربي للدراسات الاستراتيجية، أن الدبلوماسية مهمة.').people.map((p) => p.name_ar)).toContain('محمد بنحمو');
    expect(names('أما النائبة ديما طهبوب فرأت أن المشكلة ليست في الأشخاص.')).toEqual(['ديما طهبوب']);
  });
  it('leaves names that fold into the same letters alone («فيصل», «فراس»)', () => {
    expect(names('وقال النائب فراس العجارمة إن الوضع مستقر.')).toEqual(['فراس العجارمة']);
  });
});

describe('the head of a centre of studies', () => {
  it('is a person, not an official («رئيس المركز المغربي للدراسات الاستراتيجية»)', () => {
    const a = analyze('ويرى محمد بنحمو، رئيس المركز المغربي للدراسات الاستراتيجية، أن الدبلوماسية مهمة.');
    expect(a.officials.map((o) => o.name_ar)).toEqual([]);
  });
});

describe('a spokesperson for a ministry named by its portfolio', () => {
  it('speaks for that country\'s ministry («المتحدثة باسم الخارجية الروسية»)', () => {
    expect(roleToEnglish('المتحدثة باسم الخارجية الروسية')).toBe('Spokeswoman for the Russian Ministry of Foreign Affairs');
    expect(roleToEnglish('المتحدث باسم الداخلية')).toBe('Spokesman for the Ministry of Interior');
    expect(roleToEnglish('المتحدث باسم الخارجية الأمريكية')).toBe('Spokesman for the US State Department');
  });
});

describe('a body named after a person', () => {
  it('keeps the honoree\'s name in the body, not as its head («مدير مركز الملك سلمان للإغاثة عبدالله الربيعة»)', () => {
    const text = 'وقال مدير مركز الملك سلمان للإغاثة عبدالله الربيعة إن المساعدات وصلت.';
    expect(names(text)).toEqual(['عبدالله الربيعة']);
    expect(byName(text, 'عبدالله الربيعة')?.role_en).toBe('Director of the King Salman Center for Relief');
  });
});

describe('where a name ends, and whose it is', () => {
  it('ends before و/ف and a verb of saying («طلال ارسلان فقال»)', () => {
    expect(names('اما رئيس الحزب الديمقراطي اللبناني النائب طلال ارسلان فقال في مؤتمر صحافي ان الوضع خطير.')).toEqual(['طلال ارسلان']);
  });
  it('ends before «المعروف بـ» (known as)', () => {
    expect(names('وقال قائد القوات اللواء سالم عبد الكريم المعروف بـ"أبو علي" إن الهدنة صامدة.')).toEqual(['سالم عبد الكريم']);
  });
  it('takes the bearer the full name names, not the one a bare family name was linked to first («وجنبلاط» … «وليد جنبلاط»)', () => {
    const a = analyze('وجنبلاط يدعو الى التهدئة\n\nفي المقابل، دعا رئيس الحزب التقدمي الاشتراكي وليد جنبلاط الى التهدئة.');
    expect(a.officials.map((o) => o.name_en)).toEqual(['Walid Jumblatt']);
  });
  it('gives the leader of a delegation his own office when it follows («وترأس الوفد الأردني وزير الخارجية X»)', () => {
    expect(byName('وترأس الوفد الأردني وزير الخارجية أيمن الصفدي.', 'أيمن الصفدي')?.role_en).toBe('Jordanian Minister of Foreign Affairs');
    expect(byName('وترأس الوفد المصري السفير أحمد أبو زيد.', 'أحمد أبو زيد')?.role_en).toBe('Head of the Egyptian Delegation');
  });
  it('reads transitional and interim bodies whole («مجلس السيادة الانتقالي»)', () => {
    expect(roleToEnglish('نائب رئيس مجلس السيادة الانتقالي')).toBe('Deputy Chairman of the Sovereignty Council');
    expect(roleToEnglish('رئيس المجلس البلدي')).toBe('Chairman of the Municipal Council');
  });
});

describe('a bare rank before a known person', () => {
  it('is the office the gazetteer gives when that office is the rank of a country («الملك عبد الله الثاني» → King of Jordan)', () => {
    expect(byName('وأكد الملك عبد الله الثاني أن الأردن يدعم الحل السياسي.', 'عبد الله الثاني')?.role_en).toBe('King of Jordan');
  });
});

describe('an institution noun in the construct', () => {
  it('takes its own name as its genitive, not a person («لوكالة سلامة الطيران الأوروبية»)', () => {
    expect(names('أما المدير التنفيذي لوكالة سلامة الطيران الأوروبية فأكد أن الوكالة ستجري تقييما.')).toEqual([]);
  });
  it('still lets a person follow a body it named in full («وكيل وزارة الخارجية X», «مدير شركة أرامكو X»)', () => {
    expect(names('وحضر اللقاء وكيل وزارة الخارجية محمد حسين بحر.')).toEqual(['محمد حسين بحر']);
    expect(names('وقال مدير شركة أرامكو خالد الفالح إن الإنتاج مستقر.')).toEqual(['خالد الفالح']);
  });
});

describe('a country after a dual title', () => {
  it('is no word of a name («سفيري ألمانيا وفرنسا» is the two ambassadors, not a person «Sverre Germany»)', () => {
    expect(names('واستقبل الرئيس سفيري ألمانيا وفرنسا لدى لبنان.')).toEqual([]);
    expect(names('وقال الرئيس الكوري مون جاي إن إن الحوار مستمر.')).toContain('مون جاي إن');
  });
});

describe('«في عمان» in a story from Jordan', () => {
  it('is in Amman, not in Oman', () => {
    const text = 'التقى رئيس الوزراء الأردني عمر الرزاز ووزير المالية الأردني عز الدين كناكرية الممثل المقيم لصندوق النقد الدولي في عمان توماس ستراوس.';
    expect(byName(text, 'توماس ستراوس')?.role_en).toMatch(/ in Amman$/);
  });
});

describe('a family name that starts with ك', () => {
  it('closes a name before a comma when the rest is no word of the language («عز الدين كناكرية،»), not «كرئيس»', () => {
    expect(names('وحضر اللقاء وزير المالية الدكتور عز الدين كناكرية، ووزيرة التخطيط.')).toContain('عز الدين كناكرية');
    expect(names('وحضر اللقاء وزير المالية محمد علي كرئيس، للوفد.')).toContain('محمد علي');
  });
});

describe('a nisba family name after a known short form', () => {
  it('makes another person («الشيخ عبد المهدي الكربلائي» is not Adil Abdul-Mahdi)', () => {
    const a = analyze('ودعا ممثل المرجعية الدينية في كربلاء الشيخ عبد المهدي الكربلائي الحكومة إلى الإسراع في تقديم الخدمات.');
    expect([...a.officials, ...a.people].map((p) => p.name_en)).not.toContain('Adil Abdul-Mahdi');
  });
});
