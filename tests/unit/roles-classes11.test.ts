import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('the occupation («الاحتلال») names Israel’s bodies', () => {
  it('its army, police and government, with or without the nationality after it', () => {
    expect(roleToEnglish('الناطق باسم جيش الاحتلال')).toBe('Spokesman for the Israeli Army');
    expect(roleToEnglish('قائد شرطة الاحتلال في القدس')).toMatch(/^Chief of the Israeli Police/);
    expect(roleToEnglish('رئيس أركان جيش الاحتلال الإسرائيلي')).toBe('Chief of the General Staff of the Israeli Army');
    expect(roleToEnglish('رئيس حكومة الاحتلال')).toBe('Prime Minister of Israel');
    expect(roleToEnglish('رئيس وزراء الاحتلال الإسرائيلي')).toBe('Prime Minister of Israel');
  });
  it('and the army’s minister is the Defense Minister', () => {
    expect(roleToEnglish('وزير جيش الاحتلال')).toBe('Israeli Minister of Defense');
    const text = 'وهدد وزير جيش الاحتلال بيني غانتس بالرد على أي هجوم.';
    expect(byName(text, 'بيني غانتس')?.role_en).toBe('Israeli Minister of Defense');
  });
});

describe('movements and fronts for the liberation of a country or a people', () => {
  it('put the place first in English, with their wings', () => {
    expect(roleToEnglish('نائب رئيس الحركة الشعبية لتحرير السودان')).toBe("Deputy Head of the Sudan People's Liberation Movement");
    expect(roleToEnglish('المتحدث باسم الحركة الشعبية لتحرير السودان - في المعارضة')).toBe('Spokesman for the SPLM-IO'); // (the press names it by its acronym)
    expect(roleToEnglish('زعيم الحركة الشعبية لتحرير السودان-شمال')).toBe("Leader of the Sudan People's Liberation Movement-North");
    expect(roleToEnglish('رئيس حركة تحرير السودان')).toBe('Head of the Sudan Liberation Movement');
    expect(roleToEnglish('رئيس الجبهة الشعبية لتحرير تيغراي')).toBe('Head of the TPLF');
    expect(roleToEnglish('قائد جيش تحرير كوسوفو')).toBe('Commander of the Kosovo Liberation Army');
  });
  it('but the Palestinian fronts are for the Liberation of Palestine', () => {
    expect(roleToEnglish('الأمين العام للجبهة الشعبية لتحرير فلسطين')).toBe('Secretary-General of the Popular Front for the Liberation of Palestine');
    expect(roleToEnglish('نائب الأمين العام للجبهة الديمقراطية لتحرير فلسطين')).toBe('Deputy Secretary-General of the Democratic Front for the Liberation of Palestine');
  });
  it('and the leader keeps the movement in the role', () => {
    const text = 'وقال رئيس حركة تحرير السودان مني أركو مناوي إن المفاوضات ستستمر.';
    expect(byName(text, 'مني أركو مناوي')?.role_en).toBe('Head of the Sudan Liberation Movement');
  });
});

describe('the judiciary', () => {
  it('«السلطة القضائية» is the Judiciary, not a judicial authority', () => {
    expect(roleToEnglish('رئيس السلطة القضائية')).toBe('Head of the Judiciary');
    expect(roleToEnglish('المتحدث باسم السلطة القضائية الإيرانية')).toBe('Spokesman for the Iranian Judiciary');
  });
});

describe('a body for women', () => {
  it('is for Women, where a ministry is of Women’s Affairs', () => {
    expect(roleToEnglish('رئيسة المجلس الوطني للمرأة')).toBe('Chairwoman of the National Council for Women');
    expect(roleToEnglish('وزيرة المرأة')).toBe("Minister of Women's Affairs");
  });
});

describe('a woman with the masculine title «رئيس»', () => {
  it('chairs as a Chairwoman when a style or a feminine verb says she is a woman', () => {
    const a = 'وأوضحت السيدة هالة يوسف، رئيس المجلس الأعلى للسكان، أن الخطة تبدأ الشهر المقبل.';
    expect(byName(a, 'هالة يوسف')?.role_en).toMatch(/^Chairwoman of the Supreme Population Council/);
    const b = 'وقالت رئيس لجنة الصحة بمجلس النواب سهير منصور إن القانون جاهز.';
    expect(byName(b, 'سهير منصور')?.role_en).toMatch(/^Chairwoman of the Health Committee/);
  });
  it('and a man stays a Chairman', () => {
    const c = 'وقال الدكتور سامي فريد، رئيس المجلس الأعلى للسكان، إن الخطة تبدأ الشهر المقبل.';
    expect(byName(c, 'سامي فريد')?.role_en).toMatch(/^Chairman of the Supreme Population Council/);
  });
});

describe('«المستشار» before a name whose office follows in apposition', () => {
  it('is a judge’s style, not a second office', () => {
    const a = 'وأعلن المستشار حازم بدوي، رئيس الهيئة الوطنية للانتخابات، النتائج النهائية.';
    expect(byName(a, 'حازم بدوي')?.role_en).toBe('Head of the National Authority for Elections');
  });
  it('while a counsellor with an office of his own keeps it', () => {
    const b = 'وقال المستشار الاقتصادي للرئيس كريم نجيب إن الخطة جاهزة.';
    expect(byName(b, 'كريم نجيب')?.role_en).toBe('Economic Adviser to the President');
  });
});

describe('«مساعدة» as a title', () => {
  it('is a woman assistant before an office', () => {
    expect(roleToEnglish('مساعدة الأمين العام')).toBe('Assistant Secretary-General');
    const a = 'وقالت الدكتورة منى فؤاد، مساعدة وزير الصحة، إن الحملة بدأت.';
    expect(byName(a, 'منى فؤاد')?.role_en).toBe('Assistant Minister of Health');
  });
  it('and help before a body, which makes no one an assistant', () => {
    const b = 'وطلب المحافظ كمال عيسى مساعدة الجيش في إجلاء السكان.';
    expect(byName(b, 'كمال عيسى')?.role_en).toBe('Governor');
    expect(findOfficials('ووصلت مساعدة الأمم المتحدة إلى المدينة صباح اليوم.')).toHaveLength(0);
  });
});

describe('a deputy, an assistant or an adviser with a possessive pronoun', () => {
  it('is someone’s deputy, not an MP (his, her; a woman deputy with «ته»)', () => {
    expect(roleToEnglish('نائبه للشؤون العسكرية')).toBe('Deputy for Military Affairs');
    expect(roleToEnglish('نائبها لشؤون الإعلام')).toBe('Deputy for Media Affairs');
    expect(roleToEnglish('مساعدته للشؤون القانونية')).toBe('Assistant for Legal Affairs');
    const text = 'وأعلن المبعوث أن نائبته للشؤون الإنسانية ماريا لوبيز ستزور المخيمات الأسبوع المقبل.';
    expect(byName(text, 'ماريا لوبيز')?.role_en).toBe('Deputy for Humanitarian Affairs');
  });
  it('while «نائبة» written with ة is still a woman MP', () => {
    expect(roleToEnglish('النائبة')).toBe('MP');
  });
});

describe('«القائم بأعمال»', () => {
  it('acts for an office (Acting), and for a body as its chargé d’affaires', () => {
    expect(roleToEnglish('القائم بأعمال رئيس الوزراء')).toBe('Acting Prime Minister');
    expect(roleToEnglish('القائمة بأعمال وزير الخارجية')).toBe('Acting Minister of Foreign Affairs');
    expect(roleToEnglish('القائم بأعمال السفير الأمريكي')).toBe('Acting US Ambassador');
    expect(roleToEnglish('القائم بأعمال السفارة البريطانية')).toBe("Chargé d'Affaires of the British Embassy");
    const text = 'وقال القائم بأعمال وزير الدفاع الأمريكي جون ميلر إن القوات ستبقى.';
    expect(byName(text, 'جون ميلر')?.role_en).toBe('Acting US Secretary of Defense');
  });
});

describe('departments and bodies named by a field of public finance', () => {
  it('take the field before their noun in English', () => {
    expect(roleToEnglish('مدير إدارة السياسة النقدية')).toBe('Director of the Monetary Policy Department');
    expect(roleToEnglish('مدير عام دائرة ضريبة المبيعات')).toBe('Director General of the Sales Tax Department');
    expect(roleToEnglish('رئيس وحدة الدين العام بوزارة المالية')).toBe('Head of the Public Debt Unit at the Ministry of Finance');
    expect(roleToEnglish('رئيس لجنة الميزانية')).toBe('Chairman of the Budget Committee');
  });
});

describe('a member of parliament for a constituency', () => {
  it('no gazetteer lists, named up to the comma, the و or the province after it', () => {
    expect(roleToEnglish('عضو مجلس النواب عن دائرة كفر الدوار')).toMatch(/^Member of the House of Representatives for \S+ \S+$/);
    const text = 'وحضر اللقاء النائب سامح عزت، عضو مجلس النواب عن دائرة كوم أمبو، والنائبة هدى رشاد.';
    expect(byName(text, 'سامح عزت')?.role_en).toMatch(/^Member of the House of Representatives for \S/);
  });
  it('but words with no end after them may be the member’s name', () => {
    const text = 'وقال عضو مجلس النواب عن دائرة شبرا محمد سعيد إن القانون جاهز.';
    expect(byName(text, 'محمد سعيد')?.role_en).toBe('Member of the House of Representatives');
  });
});

describe('the speaker of a lower house named «مجلس النواب»', () => {
  it('is the Speaker of the House of Representatives where that is the lower of two houses (Morocco, Jordan)', () => {
    const a = 'وأكد رئيس مجلس النواب المغربي رشيد الطالبي العلمي دعم بلاده للحوار.';
    expect(byName(a, 'رشيد الطالبي العلمي')?.role_en).toBe('Moroccan Speaker of the House of Representatives');
    const b = 'واستقبل رئيس مجلس النواب الأردني سمير الرفاعي وفدا برلمانيا.';
    expect(byName(b, 'سمير الرفاعي')?.role_en).toBe('Jordanian Speaker of the House of Representatives');
  });
  it('and stays the Speaker of Parliament in Lebanon', () => {
    const c = 'وقال رئيس مجلس النواب اللبناني نبيه بري إن الجلسة ستعقد.';
    expect(byName(c, 'نبيه بري')?.role_en).toBe('Lebanese Speaker of Parliament');
  });
});

describe('the commander of a police force', () => {
  it('is its Chief, as English says it', () => {
    expect(roleToEnglish('قائد شرطة محافظة البصرة')).toMatch(/^Chief of the .*Police/);
    expect(roleToEnglish('قائد شرطة مدينة الموصل')).toBe('Chief of the Mosul City Police');
    expect(roleToEnglish('قائد الجيش')).toBe('Commander of the Army');
  });
});

describe('a diwan', () => {
  it('of a president or a prime minister is his Office', () => {
    expect(roleToEnglish('رئيس ديوان رئاسة الجمهورية')).toBe('Chief of the Office of the Presidency of the Republic');
    expect(roleToEnglish('رئيس ديوان رئيس الوزراء')).toBe('Chief of the Office of the Prime Minister');
  });
  it('and a monarch’s court stays a Court', () => {
    expect(roleToEnglish('رئيس ديوان ولي العهد')).toBe('Chief of the Court of the Crown Prince');
    expect(roleToEnglish('رئيس الديوان الملكي')).toBe('Chief of the Royal Court');
  });
});

describe('Turkey’s trade minister', () => {
  it('is the Minister of Trade, as Ankara names the ministry; another country’s stays of Commerce', () => {
    const a = 'وقال وزير التجارة التركي محمد موش إن الصادرات ارتفعت.';
    expect(byName(a, 'محمد موش')?.role_en).toBe('Turkish Minister of Trade');
    const b = 'وقال وزير التجارة السعودي ماجد القصبي إن الصادرات ارتفعت.';
    expect(byName(b, 'ماجد القصبي')?.role_en).toBe('Saudi Minister of Commerce');
  });
});
