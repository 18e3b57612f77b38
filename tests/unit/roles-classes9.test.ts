import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a spokesman with a describing modifier before «باسم»', () => {
  it('still speaks for the body after «باسم» (masculine and feminine, ناطق and متحدث)', () => {
    expect(roleToEnglish('الناطق العسكري باسم الجيش الأردني')).toBe('Military Spokesman for the Jordanian Army');
    expect(roleToEnglish('المتحدثة الإعلامية باسم وزارة الزراعة')).toBe('Media Spokeswoman for the Ministry of Agriculture');
    expect(roleToEnglish('الناطقة الرسمية باسم الرئاسة')).toBe('Spokeswoman for the Presidency');
  });
  it('and «باسمه» speaks for someone named before', () => {
    expect(roleToEnglish('الناطق الإقليمي باسمه')).toBe('Regional Spokesman');
  });
  it('so the office, not the rank after it, is the role', () => {
    const text = 'وقال الناطق الإعلامي باسم مديرية الدفاع المدني العقيد ماهر الطراونة إن الفرق انتشرت في المنطقة.';
    expect(byName(text, 'ماهر الطراونة')?.role_en).toBe('Media Spokesman for the Civil Defense Directorate');
  });
});

describe('feminine modifiers of a title', () => {
  it('read as the masculine ones do', () => {
    expect(roleToEnglish('الأمينة العامة المساعدة')).toBe('Assistant Secretary-General');
    expect(roleToEnglish('المستشارة الاقتصادية للرئيس')).toBe('Economic Adviser to the President');
    expect(roleToEnglish('المستشارة الدبلوماسية للرئيس')).toBe('Diplomatic Adviser to the President');
  });
});

describe('adjectives stacked on «الشؤون»', () => {
  it('go before Affairs in the reverse of their Arabic order', () => {
    expect(roleToEnglish('مساعد الوزير للشؤون الاقتصادية الدولية')).toBe('Assistant to the Minister for International Economic Affairs');
  });
  it('but keep their order when joined by و', () => {
    expect(roleToEnglish('مساعد الوزير للشؤون العربية والأفريقية')).toBe('Assistant to the Minister for Arab and African Affairs');
  });
  it('and the affairs of the media are Media Affairs', () => {
    expect(roleToEnglish('وزير الدولة لشؤون الإعلام')).toBe('Minister of State for Media Affairs');
  });
});

describe('a body named by a field of public administration', () => {
  it('is that field\'s body in English (compound, adjectives and nationality before it)', () => {
    expect(roleToEnglish('رئيس هيئة الطيران المدني بالوكالة')).toBe('Acting Head of the Civil Aviation Authority');
    expect(roleToEnglish('مديرة إدارة الجمارك الكندية')).toBe('Director of the Canadian Customs Department');
    expect(roleToEnglish('رئيس هيئة مكافحة الفساد')).toBe('Head of the Anti-Corruption Authority');
    expect(roleToEnglish('رئيس مصلحة الضرائب')).toBe('Head of the Tax Authority');
    expect(roleToEnglish('مدير مختبر الصحة العامة')).toBe('Director of the Public Health Laboratory');
    expect(roleToEnglish('منسق برنامج الطوارئ الصحية')).toBe('Coordinator of the Health Emergencies Programme');
  });
  it('a minister of such a field is its Minister, but a field in a tail is no ministry', () => {
    expect(roleToEnglish('وزير الطيران المدني')).toBe('Minister of Civil Aviation');
    expect(roleToEnglish('المستشار في الجمارك')).toBe('Counsellor');
  });
  it('the security forces named as «قوى الأمن» are a body (not «القوي», strong)', () => {
    expect(roleToEnglish('المدير العام لقوى الأمن الداخلي')).toBe('Director General of the Internal Security Forces');
    const text = 'وقال المدير العام لقوى الأمن الداخلي اللواء منير شعبان إن الخطة بدأت.';
    expect(byName(text, 'منير شعبان')?.role_en).toBe('Director General of the Internal Security Forces');
  });
  it('an office of a field inside a body of civil society is no public office', () => {
    const text = 'وقالت الطبيبة سارة جونسون، منسقة الطوارئ في منظمة أطباء بلا حدود، إن المخيمات مكتظة.';
    expect(byName(text, 'سارة جونسون')).toBeUndefined();
  });
});

describe('a second office after و that speaks for the first one\'s body by its pronoun', () => {
  it('is the same person\'s, even when the first names a country\'s body', () => {
    const text = 'بدوره، قال عضو مجلس السيادة والمتحدث باسمه محمد الفكي للصحفيين إن الوفد جاهز.';
    expect(byName(text, 'محمد الفكي')?.role_en).toBe('Member of the Sovereignty Council and Spokesman');
  });
  it('for a woman too («عضوة … والمتحدثة باسمها»)', () => {
    const text = 'وقالت عضوة المكتب السياسي للحركة والمتحدثة باسمها سلمى الهاشمي إن الاتفاق قريب.';
    expect(byName(text, 'سلمى الهاشمي')?.role_en).toBe('Member of the Political Bureau of the Movement and Spokeswoman');
  });
});

describe('a province named after a point of the compass', () => {
  it('takes the word after it as its name, though that word could spell a name', () => {
    expect(roleToEnglish('حاكم إقليم جنوب كاساي')).toBe('Governor of South Kasai');
    expect(roleToEnglish('والي ولاية شرق دارفور')).toBe('Governor of East Darfur');
  });
});

describe('an office of someone named by a definite title of two words after a noun in the construct', () => {
  it('is that office («مكتب الأمين العام»)', () => {
    expect(roleToEnglish('مديرة مكتب الأمين العام')).toBe('Director of the Office of the Secretary-General');
  });
  it('so a second office stacked on the first keeps its genitive, and the holder has both', () => {
    const text = 'وشارك من جانب المنظمة الأمين العام المساعد رئيس مكتب الأمين العام السفير كمال حسونة، والوفد المرافق.';
    expect(byName(text, 'كمال حسونة')?.role_en).toBe('Assistant Secretary-General and Head of the Office of the Secretary-General');
  });
  it('but not a bare «الرئيس», the courtesy title before a name', () => {
    expect(roleToEnglish('رئيس مكتب الرئيس')).toBe('Head of the Office');
  });
});

describe('what a body does to a field («لمراقبة الانتخابات», «تنظيم الاتصالات»)', () => {
  it('comes before its noun in English', () => {
    expect(roleToEnglish('رئيس لجنة مراقبة الانتخابات')).toBe('Chairman of the Election Observation Committee');
    expect(roleToEnglish('رئيس هيئة تنظيم الاتصالات')).toBe('Head of the Communications Regulation Authority');
  });
  it('and after a named body too, which a union or a league names before it', () => {
    expect(roleToEnglish('رئيس بعثة الاتحاد الأوروبي لمراقبة الانتخابات')).toBe('Head of the EU Election Observation Mission');
    expect(roleToEnglish('رئيسة بعثة الجامعة العربية لمراقبة الانتخابات')).toBe('Head of the Arab League Election Observation Mission');
  });
});

describe('a town named with its noun («مدينة», «بلدة»)', () => {
  it('is where a body in the construct is', () => {
    expect(roleToEnglish('قائد شرطة مدينة الموصل')).toBe('Chief of the Mosul City Police');
    expect(roleToEnglish('قائد شرطة مدينة سانتوس')).toBe('Chief of the Santos City Police');
  });
  it('and the town of a mayor or a governor, whatever else its name reads as', () => {
    expect(roleToEnglish('رئيس بلدية مدينة صيدا')).toBe('Mayor of Sidon');
    expect(roleToEnglish('محافظ مدينة الإسكندرية')).toBe('Governor of Alexandria');
  });
  it('but not a definite word of the language («مدينة الطب» is a medical city)', () => {
    expect(roleToEnglish('مدير مستشفى مدينة الطب')).not.toMatch(/City/);
  });
});

describe('a laboratory', () => {
  it('is a body with a director, as «معمل» and «مختبر» both say', () => {
    expect(roleToEnglish('مديرة معمل التحاليل الطبية')).toMatch(/^Director of the .*Laboratory$/);
  });
});

describe('the political bureau of a movement or party', () => {
  it('is the Political Bureau in English, as the press writes it for Arab movements', () => {
    const text = 'وقال عضو المكتب السياسي لحركة حماس سامر حداد إن المسيرات ستستمر.';
    expect(byName(text, 'سامر حداد')?.role_en).toMatch(/Political Bureau/);
  });
});

describe('movements whose names are words of the language', () => {
  it('keeps the movement name in the role, out of the person’s name', () => {
    const a = byName('وقال عضو المكتب السياسي لحركة الجهاد الإسلامي سامر حداد إن الوضع صعب.', 'سامر حداد');
    expect(a?.role_en).toMatch(/Islamic Jihad/);
  });
});

describe('a woman who chairs a council', () => {
  it('is its Chairwoman, a man its Chairman', () => {
    expect(byName('وقالت رئيسة مجلس الشورى العماني سلمى حداد إن الجلسة ستعقد غدا.', 'سلمى حداد')?.role_en).toBe('Chairwoman of the Omani Shura Council');
    expect(byName('وقال رئيس مجلس الشورى العماني سامر حداد إن الجلسة ستعقد غدا.', 'سامر حداد')?.role_en).toBe('Chairman of the Omani Shura Council');
  });
});

describe('«مجلس الاتحاد»', () => {
  it('is the Federation Council of a federation, and the Council of the EU when the union is European', () => {
    expect(byName('وقال رئيس مجلس الاتحاد الروسي يوري سيمونوف إن الجلسة ستعقد غدا.', 'يوري سيمونوف')?.role_en).toMatch(/Federation Council/);
    expect(byName('وقال رئيس مجلس الاتحاد الأوروبي يان كوفاتش إن الجلسة ستعقد غدا.', 'يان كوفاتش')?.role_en).toBe('President of the Council of the European Union');
  });
});

describe('Egyptian print', () => {
  it('reads «شئون» as «شؤون» (affairs)', () => {
    expect(byName('وقال رئيس لجنة الشئون الاقتصادية بمجلس النواب سامر حداد إن الموازنة جاهزة.', 'سامر حداد')?.role_en).toMatch(/Economic Affairs Committee/);
  });
  it('reads the chair of a committee named after «، برئاسة الدكتور X،»', () => {
    const a = byName('عقدت لجنة الشئون الدينية بمجلس النواب، برئاسة الدكتور رامي حداد، اجتماعا اليوم لمناقشة مشروع القانون.', 'رامي حداد');
    expect(a?.role_en).toMatch(/Chairman of the Religious Affairs Committee/);
  });
});
