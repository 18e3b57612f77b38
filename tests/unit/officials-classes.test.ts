import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { countryName, renderTitle, roleToEnglish } from '@/lib/english/roles';
import { parseTitle, toWords } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('name boundaries', () => {
  it('ends a foreign name before a noun with a possessive pronoun', () => {
    const text = 'بدأ الموفد الشخصي للرئيس الفرنسي إلى لبنان جان-إيف لودريان جولته الجديدة في بيروت.';
    const names = findOfficials(text).map((o) => o.name_ar);
    expect(names).toContain('جان-إيف لودريان');
    expect(names.some((n) => n.includes('جولته'))).toBe(false);
  });

  it('does not read a verb whose hamza a name lacks as a known surname (ترأس is not Truss)', () => {
    const text = 'وترأس الاجتماع وزير الخارجية العماني بدر البوسعيدي، ثم ترأس الجلسة الثانية.';
    expect(findOfficials(text).map((o) => o.name_en)).not.toContain('Liz Truss');
  });
});

describe('titles in apposition after a styled name', () => {
  it('takes a fixed title of several words after the name over the honorific before it', () => {
    const text = 'حضر اللقاء الشيخ خالد بن سعد آل ثاني رئيس مجلس الوزراء ووزير الخارجية، وعدد من المسؤولين.';
    expect(byName(text, 'خالد بن سعد آل ثاني')?.role_en).toBe('Prime Minister and Minister of Foreign Affairs');
  });
});

describe('place tails', () => {
  it('reads "at the Ministry of X" from ب + وزارة', () => {
    expect(roleToEnglish('وزير دولة بوزارة الخارجية')).toBe('Minister of State at the Ministry of Foreign Affairs');
  });
});

describe('a dual title shared by names', () => {
  it('gives the n-th portfolio to the n-th name', () => {
    const text = 'استقبل الرئيس وزيري الخارجية والدفاع الفرنسيين جان دوبون وبيير مارتان في القصر.';
    expect(byName(text, 'جان دوبون')?.role_en).toBe('French Minister of Foreign Affairs');
    expect(byName(text, 'بيير مارتان')?.role_en).toBe('French Minister of Defense');
  });
});

describe('a ruler\'s title in apposition', () => {
  it('"أمير البلاد" after a styled name is the role, not the honorific before the name', () => {
    const text = 'استقبل الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه اليوم وزير الخارجية الفرنسي.';
    expect(byName(text, 'تميم بن حمد آل ثاني')?.role_en).toMatch(/^Emir/);
  });
});

describe('counterparts and names that look like titles', () => {
  it('"ونظيره الإيراني X" holds the office of the person before, for Iran', () => {
    const text = 'التقى وزير الخارجية العماني سالم بن خالد ونظيره الإيراني حسين أمير عبد اللهيان في مسقط.';
    const o = byName(text, 'حسين أمير عبد اللهيان');
    expect(o?.role_en).toBe('Iranian Minister of Foreign Affairs');
  });

  it('a name word that reads as clitic + common word is still a name (فيصل is not ف + يصل)', () => {
    const text = 'التقى وزير الخارجية السعودي الأمير فيصل بن سعد في بكين.';
    expect(byName(text, 'فيصل بن سعد')?.role_en).toBe('Saudi Minister of Foreign Affairs');
  });
});

describe('city officials', () => {
  it('أمين + a capital is its mayor, not "Secretary of Oman"', () => {
    expect(roleToEnglish('أمين عمان')).toBe('Mayor of Amman');
    expect(roleToEnglish('أمين بغداد')).toBe('Mayor of Baghdad');
  });
});

describe('known names end where their spelling ends', () => {
  it('a styled known name does not run into the noun after it', () => {
    const text = 'وفي وقت لاحق، أقام سمو الأمير فيصل بن فرحان مأدبة غداء تكريماً للضيف.';
    expect(findOfficials(text).map((o) => o.name_ar)).toEqual(['فيصل بن فرحان']);
  });

  it('"نظيره" + nationality takes no verb for a name', () => {
    const text = 'وزير الخارجية يستقبل نظيره الكوري ويبحثان تعزيز الشراكة الاستراتيجية';
    expect(findOfficials(text).some((o) => o.name_ar.includes('يبحثان'))).toBe(false);
  });
});

describe('roles in English as the press writes them', () => {
  it('the deputy of a head of state is its vice president; the حاكم of an emirate is its ruler', () => {
    expect(roleToEnglish('نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي')).toBe('Vice President of the UAE, Prime Minister and Ruler of Dubai');
    expect(roleToEnglish('حاكم ولاية كاليفورنيا')).toMatch(/^Governor/);
  });
  it('a complete title followed by another office is two offices, and a board is a board', () => {
    expect(roleToEnglish('وزير دولة الرئيس التنفيذي لشركة النفط')).toBe('Minister of State and CEO of the Oil Company');
    expect(roleToEnglish('رئيس مجلس إدارة البنك')).toMatch(/^Chairman of the Board of Directors/);
  });
  it("a ministry of the United States is called what the press calls it when the official's country is known", () => {
    const words = toWords('المتحدثة باسم وزارة الخارجية');
    const title = parseTitle(words, 0, countryName, words.map((w) => w.norm))!;
    expect(renderTitle({ ...title, country: 'US' })).toBe('Spokeswoman for the State Department');
    expect(renderTitle({ ...title, country: 'FR' })).toBe('Spokeswoman for the Ministry of Foreign Affairs');
  });
});

describe('the country of an office after its title', () => {
  it('"وزير … في كوريا الجنوبية NAME": the role says the country', () => {
    const [o] = findOfficials('وقال وزير شؤون التوحيد في كوريا الجنوبية تشو ميونغ-غيون إن المحادثات مثمرة.');
    expect(o?.role_en).toBe('Minister of Unification Affairs of South Korea');
  });
});

describe('offices named by a plain noun', () => {
  it('a diplomat, a parliamentarian and a co-chair are officials, also after another description joined by و', () => {
    // (Both descriptions are his, with the name between commas as without them: roles105.)
    expect(byName('وحضر الكاتب والدبلوماسي الأردني، خالد الزعبي، حفل الافتتاح.', 'خالد الزعبي')?.role_en).toBe('Writer and Jordanian Diplomat');
    expect(byName('أثار اعتقال الناشط والبرلماني الأردني السابق سامي العلي جدلا واسعا.', 'سامي العلي')?.role_en).toBe('Activist and Former Jordanian Member of Parliament');
    expect(byName('وقال الرئيس المشترك لحزب الاتحاد الديمقراطي صالح مسلم إن الحوار مستمر.', 'صالح مسلم')?.role_en).toMatch(/^Co-Chair of /);
  });

  it('"Former" comes before the nationality in English', () => {
    expect(byName('وقال وزير الخارجية التونسي السابق أحمد ونيس إن الحوار مستمر.', 'أحمد ونيس')?.role_en).toBe('Former Tunisian Minister of Foreign Affairs');
  });
});

describe('a title referring back (or ahead) to someone named with it', () => {
  it('agrees in gender: «الرئيس المشترك» is the man of that office, not the woman («الرئيسة المشتركة»)', () => {
    const text = 'أعلن الرئيس المشترك لمجلس الحي، الأحد، عن زيارة وفده للعاصمة. وقال الرئيس المشترك لمجلس الحي كمال يوسف إن الزيارة رسمية. ويرأس الوفد الرئيسة المشتركة لمجلس الحي هدى سليم.';
    const man = byName(text, 'كمال يوسف')!;
    expect(man.mentions.map(([a]) => a)).toContain(text.indexOf('الرئيس المشترك'));
    expect(byName(text, 'هدى سليم')!.mentions.map(([a]) => a)).not.toContain(text.indexOf('الرئيس المشترك'));
  });
});

describe('a title whose holder is named after a describing clause and a comma', () => {
  it('reads the name after a participle clause as the holder of the office', () => {
    const text = 'وقال الناطق الرسمي باسم المجلس العسكري المدعوم من التحالف الدولي، كاوا برزنجي: "لن ننسحب من المدينة".';
    const o = byName(text, 'كاوا برزنجي');
    expect(o?.role_en).toMatch(/^Spokesman/);
  });

  it('reads the name after a relative clause, and the party by its own country', () => {
    const text = 'وأعلن رئيس حزب العمال البرازيلي الذي يقود المعارضة، روبرتو فيريرا، عن مرشح جديد للرئاسة.';
    const o = byName(text, 'روبرتو فيريرا');
    expect(o?.role_en).toMatch(/^(Head|Chairman|Leader) of the Brazilian Workers' Party$/);
    expect(o?.country).toBe('BR');
  });

  it('leaves the name to the office inside the clause when the clause ends with a title', () => {
    const text = 'وكان رئيس الوزراء الذي التقى الرئيس الفرنسي، إيمانويل ماكرون، قد عاد إلى بلاده.';
    expect(byName(text, 'إيمانويل ماكرون')?.role_en).toMatch(/French President|President of France/);
  });
});

describe('a portfolio with its own adjective', () => {
  it('renders the adjective with the portfolio it agrees with', () => {
    expect(roleToEnglish('وزير التنمية الدولية')).toBe('Minister of International Development');
    expect(roleToEnglish('وزيرة الخارجية السابقة')).toBe('Former Minister of Foreign Affairs');
  });

  it('shares a dual title whose second portfolio has an adjective between two names', () => {
    const text = 'وقال وزيرا الخارجية والتنمية الدولية الكنديان جان دوبون وماري لافال في بيان مشترك إن الحل سياسي.';
    expect(byName(text, 'جان دوبون')?.role_en).toMatch(/Minister of Foreign Affairs/);
    expect(byName(text, 'ماري لافال')?.role_en).toMatch(/Minister of International Development/);
  });
});

describe('titles of the Maghreb, of diplomats and of staff', () => {
  it('renders them as the English press does', () => {
    expect(roleToEnglish('كاتب الدولة للشؤون الخارجية')).toBe('Secretary of State for Foreign Affairs');
    expect(roleToEnglish('الوزير الأول')).toBe('Prime Minister');
    expect(roleToEnglish('القائم بالأعمال الأردني لدى بيروت')).toBe("Jordanian Chargé d'Affaires to Lebanon, in Beirut");
    expect(roleToEnglish('مدير ديوان رئيس الحكومة')).toBe('Chief of Staff to the Prime Minister');
  });

  it('reads a senator, feminine too, as an official', () => {
    const text = 'وقالت السيناتورة ماريا سانتوس، في جلسة الاستماع، إن التحقيق ناقص.';
    expect(byName(text, 'ماريا سانتوس')?.role_en).toBe('Senator');
  });

  it('gives the name after «مدير ديوان الرئيس» to the chief of staff, not to the president', () => {
    const text = 'وحضر اللقاء مدير ديوان الرئيس الموريتاني أحمد ولد باهية ووزير الخارجية.';
    expect(byName(text, 'أحمد ولد باهية')?.role_en).toBe('Chief of Staff to the Mauritanian President');
  });
});

describe('an Arab family name with the article that is also a word', () => {
  it('closes the name after a given name: a nisba or a word the lexicon only derives', () => {
    expect(findOfficials('وحضر اللقاء وزير الخارجية التونسي سامي العزابي.').map((o) => o.name_ar)).toEqual(['سامي العزابي']);
    expect(findOfficials('وحضر اللقاء والي سوسة كمال الشاوش، والمدير الجهوي للصحة.').map((o) => o.name_ar)).toContain('كمال الشاوش');
  });

  it('is no object of the sentence: the wounded, a sound plural, an adjective of the title', () => {
    const names = (t: string) => findOfficials(t).map((o) => o.name_ar);
    expect(names('وزار رئيس الوزراء الصومالي حسن علي خيري الجرحى في المستشفى.')).toEqual(['حسن علي خيري']);
    expect(names('وتفقد وزير الصحة التونسي عبد اللطيف المكي المصابين في المستشفى.').some((n) => n.includes('المصابين'))).toBe(false);
  });
});

describe('a one-word known name that is something else', () => {
  it('is no surname when the word is a noun with a possessive pronoun («في ولايتي», in my term)', () => {
    expect(findOfficials('وقال إن الحملة ستستمر حتى آخر يوم في ولايتي.').map((o) => o.name_en)).toEqual([]);
  });

  it('is no surname when it is a country, conjunction and all («وكوريا الجنوبية»)', () => {
    expect(findOfficials('الإمارات وكوريا الجنوبية.. شراكة تتجاوز الطاقة').map((o) => o.name_en)).toEqual([]);
  });

  it('"كوريا" alone is South Korea, so the name after «سفير كوريا لدى الدولة» is the ambassador', () => {
    const text = 'وحضر اللقاء سفير كوريا لدى الدولة لي سونغ مين، وعدد من المسؤولين.';
    const o = byName(text, 'لي سونغ مين');
    expect(o?.country).toBe('KR');
    expect(o?.role_en).toMatch(/^Ambassador of South Korea/);
  });
});

describe('the office of someone, as the complement of a title', () => {
  it('«مدير مكتبه العميد X»: his office, no library named after a person, so the ranked name is read', () => {
    expect(findOfficials('وحضر الوزير ومدير مكتبه العميد سالم الدرعي.').map((o) => o.name_ar)).toContain('سالم الدرعي');
  });

  it('«مديرة مكتبه في بيروت X»: the office and its city are the role, the name follows', () => {
    expect(findOfficials('ورافق الوزير نائبه، ومديرة مكتبه في بيروت رنا حداد.').map((o) => o.name_ar)).toContain('رنا حداد');
  });

  it('a ministry of two portfolios, the second with its adjective', () => {
    expect(roleToEnglish('وزير التربية والتعليم العالي')).toBe('Minister of Education and Higher Education');
  });
});

describe('a governor holds office in the country of the province', () => {
  it('gives the official that country, and the name its country’s spelling', () => {
    const o = byName('واستقبل والي المنستير حمادي الشابي، اليوم، سفير اليابان.', 'حمادي الشابي');
    expect(o?.country).toBe('TN');
    expect(o?.role_en).toBe('Governor of Monastir');
    expect(byName('وقال محافظ أسيوط عصام سعد إن الطريق سيفتح.', 'عصام سعد')?.country).toBe('EG');
  });
});

describe('a name before a comma and a title of public office in apposition', () => {
  it('may end with an ordinary word after two given names', () => {
    expect(findOfficials('وأعلن عمر حسن أخضر، نائب محافظ بغداد لشؤون الخدمات، إغلاق الجسر.').map((o) => o.name_ar)).toContain('عمر حسن أخضر');
  });

  it('may end with a foreign surname no dictionary knows', () => {
    expect(findOfficials('وحضر الاجتماع، إلى جانب الوزير، إبراهيم مايغاري، مدير ديوان رئيس الجمهورية.').map((o) => o.name_ar)).toContain('إبراهيم مايغاري');
  });

  it('not before a title in a body the grammar only knows as a generic noun (civil society may be meant)', () => {
    expect(findOfficials('وأكد يوسف كالوندا، المتحدث باسم لجنة التنسيق الشعبية، أن المسيرة ستستمر.').map((o) => o.name_ar)).not.toContain('يوسف كالوندا');
  });
});

describe('a portfolio named the national way', () => {
  it('«الأمن الداخلي» is Internal Security, and Homeland Security only in the United States', () => {
    expect(roleToEnglish('وزير الأمن الداخلي')).toBe('Minister of Internal Security');
    expect(roleToEnglish('وزير الأمن الداخلي الأمريكي')).toBe('US Secretary of Homeland Security');
  });
});

describe('«رئيس الجمهورية» of a known country', () => {
  it('is the President of the Republic, as the article says (the card gives the country), and a title before the name in a source keeps only "President"', async () => {
    const { analyze } = await import('@/lib/analyze');
    const a = analyze('واستقبل رئيس الجمهورية الباجي قائد السبسي الوزير. وقالت مصادر قريبة من رئيس الجمهورية الباجي قائد السبسي إن اللقاء كان إيجابيا.');
    expect(a.officials[0]?.role_en).toBe('President of the Republic');
    expect(a.officials[0]?.country).toBe('TN');
    expect(a.quotes.find((q) => q.text.includes('إيجابيا'))?.speaker_en).toMatch(/close to President Beji Caid Essebsi$/);
  });
});

describe('bodies of the period’s news as vocabulary', () => {
  it('renders rival governments, electoral commissions, armed groups and fixed titles', () => {
    expect(roleToEnglish('رئيس حكومة الوفاق الوطني الليبية')).toBe('Prime Minister of the Libyan Government of National Accord');
    expect(roleToEnglish('رئيس الهيئة العليا المستقلة للانتخابات')).toBe('Head of the Independent High Authority for Elections');
    expect(roleToEnglish('المتحدث باسم جماعة أنصار الله')).toBe('Spokesman for the Houthi movement');
    expect(roleToEnglish('مستشارة الدولة')).toBe('State Counsellor');
  });
});

describe('affairs joined by و in a tail', () => {
  it('keeps both adjectives in the role and out of the name after it', () => {
    expect(roleToEnglish('مساعد وزير الخارجية للشؤون السياسية والاقتصادية')).toBe('Assistant Minister of Foreign Affairs for Political and Economic Affairs');
    const text = 'وحضر نائب وزير الخارجية للشؤون العربية والأفريقية حسن قشقاوي.';
    expect(findOfficials(text).map((o) => o.name_ar)).toEqual(['حسن قشقاوي']);
  });
});

describe('the place of an office after ب', () => {
  it('is the role’s, for any office, and the name after it is read', () => {
    expect(roleToEnglish('المندوبة الجهوية للسياحة بالمنستير وسوسة')).toBe('Regional Commissioner for Tourism in Monastir and Sousse');
    expect(findOfficials('وحضر اللقاء المندوب الجهوي للفلاحة بصفاقس الدكتور منير الطرابلسي، والمدير.').map((o) => o.name_ar)).toContain('منير الطرابلسي');
  });

  it('an adviser described by a modifier is no chancellor', () => {
    expect(roleToEnglish('المستشار الإعلامي')).toBe('Media Adviser');
    expect(roleToEnglish('المستشارة الألمانية')).toBe('German Chancellor');
  });
});
