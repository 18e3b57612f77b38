/**
 * Classes of officials, names and roles met on articles nobody tuned on (issue 11, classes 1, 2 and 6).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findNamedPeople, findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';
import { nameToEnglish } from '@/lib/english/names';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('an ambassador in a capital is accredited to its country', () => {
  it('reads the name after «سفير X في/لدى CAPITAL» and renders the capital as its country', () => {
    const text = 'وحضر اللقاء سفير البرتغال لدى مسقط جواو فيريرا، والسفير الكيني في أنقرة جيمس كاماو.';
    expect(byName(text, 'جواو فيريرا')?.role_en).toBe('Ambassador of Portugal to Oman, in Muscat');
    expect(byName(text, 'جيمس كاماو')?.role_en).toBe('Kenyan Ambassador in Ankara'); // (named by nationality: the city kept, roles13)
    // A city that is no capital stays the place of the office.
    expect(roleToEnglish('القنصل الفرنسي في إسطنبول')).toBe('French Consul in Istanbul');
  });

  it('writes Turkey as the press does', () => {
    expect(roleToEnglish('سفير المجر لدى تركيا')).toBe('Ambassador of Hungary to Turkey');
  });
});

describe('offices of international bodies and of the Maghreb', () => {
  it('gives the European Commission a President, not a Head', () => {
    expect(roleToEnglish('رئيسة المفوضية الأوروبية')).toBe('President of the European Commission');
  });

  it('reads the UN ranks under the Secretary-General whole', () => {
    expect(roleToEnglish('وكيلة الأمين العام للأمم المتحدة للشؤون السياسية')).toBe('UN Under-Secretary-General for Political Affairs');
    expect(roleToEnglish('مساعد الأمين العام للأمم المتحدة')).toBe('UN Assistant Secretary-General');
  });

  it('reads a coordinator in a country and a feminine modifier', () => {
    const text = 'وقالت المنسقة المقيمة للأمم المتحدة في ليبيا، جانيت موروغو، إن الوضع صعب.';
    expect(byName(text, 'جانيت موروغو')?.role_en).toBe('UN Resident Coordinator in Libya');
  });

  it('reads Tunisian and Lebanese portfolios and the regional commissioner', () => {
    expect(roleToEnglish('المندوب الجهوي للفلاحة')).toBe('Regional Commissioner for Agriculture');
    const text = 'وأكد وزير التجهيز والإسكان منير الحاجي أن الأشغال ستنطلق، فيما تحفظ وزير المال سليم خوري على الكلفة.';
    expect(byName(text, 'منير الحاجي')?.role_en).toBe('Minister of Equipment and Housing');
    expect(byName(text, 'سليم خوري')?.role_en).toBe('Minister of Finance');
  });
});

describe('ordinary words next to a name are no part of it', () => {
  it('does not take a blessing after a ruler\'s name for a name, and gives the ruler the office after his name', () => {
    const text = 'وبحث اللقاء مع صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة "حفظه الله" سبل التعاون.';
    const officials = findOfficials(text);
    expect(officials.map((o) => o.name_ar)).toEqual(['محمد بن زايد آل نهيان']);
    expect(officials[0]!.role_en).toBe('President of the UAE');
  });

  it('does not glue a kinship noun with a pronoun to the name after a title', () => {
    const text = 'واستقبلت الرئيسَ البرتغالي زوجته ماريا سيلفا في المطار.';
    expect(findOfficials(text).some((o) => o.name_ar.includes('زوجته'))).toBe(false);
  });

  it('does not glue a time adverb to a name', () => {
    const text = 'وقع الاتفاق رئيس الوزراء البلجيكي آنذاك شارل ميشيل.';
    expect(findOfficials(text).map((o) => o.name_ar)).toContain('شارل ميشيل');
  });
});

describe('foreign names after a counterpart or a title', () => {
  it('reads a foreign name outside the dictionaries after «نظيره + nationality»', () => {
    const text = 'التقى وزير الخارجية المصري أحمد حسن نظيره الليتواني غابريليوس لاندسبيرغيس في القاهرة.';
    expect(byName(text, 'غابريليوس لاندسبيرغيس')?.role_en).toBe('Lithuanian Minister of Foreign Affairs');
  });

  it('keeps a surname that reads as a verb when the article repeats it alone', () => {
    const text = 'وزير الصحة رامي خيل بدا متفائلا في المؤتمر. وقال خيل إن الخطة جاهزة.';
    expect(findOfficials(text).map((o) => o.name_ar)).toContain('رامي خيل');
    const once = 'وزير الصحة رامي خيل بدا متفائلا في المؤتمر.';
    expect(findOfficials(once).map((o) => o.name_ar)).not.toContain('رامي خيل');
  });
});

describe('a title placed in a ministry the press names by its portfolio', () => {
  it('reads «… في الخارجية + nationality» as the ministry and the foreign name after it', () => {
    const text = 'وحضر الاجتماع مدير قسم أمريكا اللاتينية في الخارجية البولندية ماريك نوفاكوفسكي، والمدير العام للشؤون القنصلية في الخارجية اليونانية نيكوس ستافريديس.';
    expect(byName(text, 'ماريك نوفاكوفسكي')?.role_en).toBe('Director of the Latin America Department at the Polish Ministry of Foreign Affairs');
    expect(byName(text, 'نيكوس ستافريديس')?.role_en).toBe('Director General for Consular Affairs at the Greek Ministry of Foreign Affairs');
  });
});

describe('titles and names the grammar missed', () => {
  it('reads a styled foreign name when its full title follows in apposition', () => {
    const text = 'واستقبل الوزير اليوم معالي تيتيك سوماروتو وزيرة خارجية إندونيسيا التي تزور البلاد.';
    expect(byName(text, 'تيتيك سوماروتو')?.role_en).toBe('Minister of Foreign Affairs of Indonesia');
  });

  it('reads an opposition or ruling party\'s leader', () => {
    const text = 'وانتقدت زعيمة الحزب الاشتراكي المعارض كلارا فيغيرا القرار.';
    expect(byName(text, 'كلارا فيغيرا')?.role_en).toBe('Leader of the Opposition Socialist Party');
  });

  it('reads an office at an institution of a named place (ب + بلدية/ولاية …)', () => {
    const text = 'وأكد رئيس النيابة الخصوصية ببلدية صفاقس منير التريكي أن الأشغال متواصلة.';
    expect(byName(text, 'منير التريكي')?.role_en).toBe('Head of the Special Delegation at the Sfax Municipality');
  });

  it('reads the name after an MP of a bloc named in quotation marks', () => {
    const text = 'ورأى النائب في كتلة "الوفاء للمقاومة" حسن فضل الله أن الحكومة مقصرة.';
    expect(byName(text, 'حسن فضل الله')?.role_en).toBe('MP');
  });
});

describe('a family name one letter away from a nationality', () => {
  it('reads «التريكي» as the name Triki, not as «التركي» misspelt', () => {
    const text = 'وقال وزير الفلاحة التونسي سامي التريكي إن الموسم جيد.';
    expect(byName(text, 'سامي التريكي')?.role_en).toBe('Tunisian Minister of Agriculture');
  });
});

describe('English names as the press of the person\'s country writes them', () => {
  it('writes Levantine Christian given names in their French form', () => {
    expect(nameToEnglish('جوزاف خوري', { country: 'LB' })).toBe('Joseph Khoury');
    expect(nameToEnglish('بيار حداد')).toMatch(/^Pierre /);
  });

  it('spells a local official with no country of his own as the article\'s country spells him (Maghreb)', () => {
    const text = 'وكان الرئيس التونسي قيس سعيد قد التقى وزير الداخلية التونسي خالد النوري. وقال الناطق باسم الحماية المدنية العقيد معز الهمامي إن الوضع مستقر.';
    expect(byName(text, 'معز الهمامي')?.name_en).toBe('Moez Hammami');
  });

  it('drops both articles of a Maghreb double family name', () => {
    expect(nameToEnglish('سامي الطرابلسي الجبالي', { country: 'TN' })).toBe('Sami Trabelsi Jebali');
  });
});

describe('a bare institution noun in a role is the body the article named with it', () => {
  it('reads «رئيس المجلس» after «رئيس مجلس النواب» as the Speaker, and «رئيسة المفوضية» as the European Commission\'s', () => {
    const text = 'والتقى الوفد رئيس مجلس النواب سامي حداد بحضور المستشار السياسي لرئيس المجلس رامي نصر. '
      + 'وقالت المتحدثة باسم المفوضية الأوروبية إن رئيسة المفوضية إلينا كوفاتش ستزور البلاد.';
    expect(byName(text, 'رامي نصر')?.role_en).toBe('Political Adviser to the Speaker of the House of Representatives');
    expect(byName(text, 'إلينا كوفاتش')?.role_en).toBe('President of the European Commission');
  });
});

describe('a verb in the future ends a name', () => {
  it('does not glue «ستزور»/«سيلتقي» to the name before it', () => {
    const names = findOfficials('وأعلنت الخارجية أن وزيرة الخارجية الإسبانية ماريا غونزاليس ستزور القاهرة، وأن الرئيس الكيني جون موانغي سيلتقي نظيره.').map((o) => o.name_ar);
    expect(names).toContain('ماريا غونزاليس');
    expect(names).toContain('جون موانغي');
  });
});

describe('the office an article gives a member of parliament', () => {
  it('keeps the office before «النائب» and leaves a kinship description out of the role', () => {
    const text = 'أما رئيس الحزب التقدمي الاشتراكي النائب سليم حمادة، نجل الزعيم الراحل فؤاد حمادة، فاعتبر أن الخطة ناقصة.';
    expect(byName(text, 'سليم حمادة')?.role_en).toBe('Head of the Progressive Socialist Party');
  });

  it('reads a committee of portfolios joined by و', () => {
    const text = 'وقال رئيس لجنة المال والموازنة النائب فادي عيسى إن الموازنة متأخرة.';
    expect(byName(text, 'فادي عيسى')?.role_en).toBe('Chairman of the Finance and Budget Committee');
  });
});

describe('a dual title whose portfolios each come with their name', () => {
  it('gives «وزيرا الداخلية X والدفاع Y» each their own portfolio, and «مؤتمر صحافي» no journalist', () => {
    const text = 'وفي مؤتمر صحافي مشترك عقده وزيرا الخارجية سالم الحداد والعدل فاروق النعيمي، أعلن الوزيران الاتفاق.';
    expect(byName(text, 'سالم الحداد')?.role_en).toBe('Minister of Foreign Affairs');
    expect(byName(text, 'فاروق النعيمي')?.role_en).toBe('Minister of Justice');
  });
});

describe('a deputy holds the deputy office, not the leader\'s', () => {
  it('gives «نائب رئيس الوزراء + nationality X» to X as deputy', () => {
    const text = 'وقال نائب رئيس الوزراء البلغاري إيفايلو دانوف إن الحكومة مستقرة.';
    expect(byName(text, 'إيفايلو دانوف')?.role_en).toMatch(/Deputy/);
  });

  it('gives the African Union Commission a Chairperson', () => {
    expect(roleToEnglish('رئيس مفوضية الاتحاد الأفريقي')).toBe('Chairperson of the African Union Commission');
  });
});

describe('a one-word name after a full role', () => {
  it('reads a mononym in no dictionary when the article repeats it', () => {
    const text = 'وقال وزير الدفاع الإندونيسي سجافري إن الجيش مستعد. وأضاف سجافري أن التدريبات ستستمر.';
    expect(byName(text, 'سجافري')?.role_en).toBe('Indonesian Minister of Defense');
    expect(findOfficials('وقال وزير الدفاع الإندونيسي سجافري إن الجيش مستعد.').map((o) => o.name_ar)).not.toContain('سجافري');
  });
});

describe('«لدى الدولة»: the state the article is written from', () => {
  it('reads the name after «سفير X لدى الدولة» and renders the state as the country of the article\'s other officials', () => {
    const text = 'واستقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، ومعالي خليفة شاهين المرر وزير دولة، سعادة لين جيان سفير جمهورية الصين الشعبية لدى الدولة.';
    expect(byName(text, 'لين جيان')?.role_en).toBe('Ambassador of China to the UAE');
  });

  it('writes Minister of State for a portfolio', () => {
    expect(roleToEnglish('وزيرة دولة للتعاون الدولي')).toBe('Minister of State for International Cooperation');
  });
});

describe('Maghreb national offices', () => {
  it('reads «الديوان الوطني لـ…» as a National Office, not the Gulf Diwan', () => {
    expect(roleToEnglish('الناطق الرسمي باسم الديوان الوطني للحماية المدنية')).toBe('Spokesman for the National Office of the Civil Protection');
  });
});

describe('Lebanese names after ranks and former offices', () => {
  it('reads names after «الوزير السابق», «العميد المتقاعد» and a family name that is also a style', () => {
    const names = findOfficials('وحضر اللقاء كل من اللواء الركن سامر الحاج، والعميد المتقاعد نبيل قزي، والوزير السابق وديع عازار.').map((o) => o.name_ar);
    expect(names).toEqual(['سامر الحاج', 'نبيل قزي', 'وديع عازار']);
  });

  it('names countries as the press does', () => {
    expect(roleToEnglish('الممثل الخاص للأمين العام في الكونغو الديمقراطية')).toMatch(/in the Democratic Republic of the Congo$/);
  });
});

describe('a stated role over the gazetteer\'s', () => {
  it('reads «الممثلة العليا …» (feminine representatives) so the article\'s role wins over a known person\'s older one', () => {
    const text = 'وقالت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي كايا كالاس إن أوروبا موحدة.';
    expect(byName(text, 'كايا كالاس')?.role_en).toBe('EU High Representative for Foreign Policy');
    expect(byName('وقالت ممثلة الأمم المتحدة في اليمن ماريا خوسيه إن الأطفال في خطر.', 'ماريا خوسيه')?.role_en).toMatch(/^UN Representative/);
  });
});

describe('feminine forms of heads', () => {
  it('reads women holding offices whose feminine the vocabulary lacked', () => {
    const text = 'وأعلنت رئيسة وزراء النرويج إنغريد هانسن أن أوسلو ستساعد. وقالت حاكمة المصرف المركزي التونسي فاطمة الزهراء بن علي إن التضخم تراجع. وقالت قائدة الشرطة الوطنية سارة ماتيسون إن الهدوء عاد.';
    expect(byName(text, 'إنغريد هانسن')?.role_en).toBe('Prime Minister of Norway');
    expect(byName(text, 'فاطمة الزهراء بن علي')?.name_en).toBe('Fatma Zahra Ben Ali');
    expect(byName(text, 'سارة ماتيسون')?.role_en).toMatch(/^Chief of the National Police/);
  });
});

describe('country spelling tables are no evidence of origin', () => {
  it('does not take a name only the Maghreb table lists for a Maghreb name', () => {
    expect(nameToEnglish('سارة ماتيسون')).toBe('Sarah Matthisson');
  });
});

describe('officers of civil society are people, not officials', () => {
  it('makes the spokesman of a forum or the head of an association a person with that description', () => {
    const r = findNamedPeople('وقال المتحدث باسم المنتدى المغربي لحقوق الإنسان سعيد بن علي إن الوضع مقلق، فيما رأت رئيسة جمعية النساء الديمقراطيات ليلى العمري أن القانون ناقص.');
    expect(r.officials.map((o) => o.name_ar)).toEqual([]);
    expect(r.people.map((p) => p.name_ar)).toEqual(['سعيد بن علي', 'ليلى العمري']);
  });
});
