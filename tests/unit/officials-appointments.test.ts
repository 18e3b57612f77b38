// Offices given in the text (decrees, cabinet lists) and the bodies they name. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('the accusative of appointment', () => {
  it('reads «أميراً لمنطقة …» after a name as the office given', () => {
    expect(byName('وقضى الأمر الملكي بتعيين الأمير خالد بن سعود بن عبدالعزيز أميراً لمنطقة تبوك.', 'خالد بن سعود بن عبدالعزيز')?.role_en)
      .toBe('Governor of the Tabuk Region');
  });

  it('gives the appointee the office, not the title of the one who appoints', () => {
    expect(byName('وعين خادم الحرمين الشريفين أحمد الراشد وزيراً للخارجية.', 'أحمد الراشد')?.role_en).toBe('Minister of Foreign Affairs');
  });

  it('gives an unknown name before the accusative title that office', () => {
    expect(byName('وتضمنت الأوامر تعيين سامي العتيبي رئيساً لهيئة الرقابة.', 'سامي العتيبي')?.role_en).toMatch(/^Head of the .*Authority/);
  });

  it('does not make an office of a bare accusative head («وزيراً» alone)', () => {
    expect(byName('وكان سامي العتيبي وزيراً في حكومة سابقة.', 'سامي العتيبي')).toBeUndefined();
  });
});

describe('a ministry taken over', () => {
  it('makes the name before «وزارة X» after a verb of taking over its minister', () => {
    const text = 'وتسلمت سلمى حداد وزارة الطاقة والمياه، وتسلم فادي عساف وزارة الصحة.';
    expect(byName(text, 'سلمى حداد')?.role_en).toBe('Minister of Energy and Water');
    expect(byName(text, 'فادي عساف')?.role_en).toBe('Minister of Health');
  });

  it('needs the verb: a name before a ministry it visits is no minister', () => {
    expect(byName('وزار سامي العتيبي وزارة الصحة أمس.', 'سامي العتيبي')).toBeUndefined();
  });
});

describe('bodies in titles', () => {
  it('gives a board in the construct its genitive, and a portfolio as what an authority is for', () => {
    expect(roleToEnglish('رئيس مجلس إدارة الهيئة العامة للترفيه')).toBe('Chairman of the Board of Directors of the General Authority for Entertainment');
    expect(roleToEnglish('رئيس الهيئة السعودية للسياحة والتراث الوطني')).toBe('Head of the Saudi Authority for Tourism and National Heritage');
  });

  it('reads a definite country name after a definite noun as its adjective', () => {
    expect(roleToEnglish('مدير الهيئة السعودية للسياحة')).toBe('Director of the Saudi Authority for Tourism');
    expect(roleToEnglish('سفير المملكة العربية السعودية')).toBe('Ambassador of Saudi Arabia');
  });

  it('reads المواصلات as transport, as the Gulf ministries are named', () => {
    expect(roleToEnglish('وزير المواصلات والاتصالات')).toBe('Minister of Transport and Communications');
  });

  it('calls a bare المستشار a counsellor, and a chancellor only in Germany and Austria', () => {
    expect(byName('وأصدرت الدائرة برئاسة المستشار عبد الرحمن الدارمي أحكاما.', 'عبد الرحمن الدارمي')?.role_en).toBe('Counsellor');
    expect(byName('وقالت المستشارة الألمانية أنجيلا ميركل إن الوضع صعب.', 'أنجيلا ميركل')?.role_en).toBe('German Chancellor');
    expect(byName('وقالت المستشارة أنجيلا ميركل إن الوضع صعب.', 'أنجيلا ميركل')?.role_en).toBe('Chancellor');
  });
});

describe('party and bloc names', () => {
  it('renders a party\'s own name in English, adjectives first', () => {
    expect(roleToEnglish('رئيس حزب الأمة القومي')).toBe('Head of the National Umma Party');
    expect(roleToEnglish('رئيس حزب المؤتمر السوداني')).toBe('Head of the Sudanese Congress Party');
    expect(roleToEnglish('رئيس حزب الحرية والعدالة')).toBe('Head of the Freedom and Justice Party');
  });

  it('reads a construct chain, «من أجل» and a quoted bloc name', () => {
    expect(roleToEnglish('رئيس حزب اتحاد قوى التقدم')).toBe('Head of the Union of Forces of Progress');
    expect(roleToEnglish('رئيس حزب الاتحاد من أجل الجمهورية')).toBe('Head of the Union for the Republic');
    expect(roleToEnglish('رئيس كتلة "الوفاء للمقاومة"')).toBe('Head of the Loyalty to the Resistance bloc');
  });

  it('keeps a party whose name it cannot translate a party, and the name after it a person\'s', () => {
    const o = findOfficials('وقال رئيس حزب تواصل محمد محمود ولد سييدي إن حزبه فاز.').find((x) => x.name_ar.startsWith('محمد محمود'));
    expect(o?.name_ar).toBe('محمد محمود ولد سييدي');
    expect(o?.role_en).toMatch(/^Head of the .*Party$/);
  });
});

describe('heads of state and courtesy titles', () => {
  it('reads «رئيس الدولة المؤقت» as the interim head of state, and the UAE\'s as its own press writes it', () => {
    expect(roleToEnglish('رئيس الدولة المؤقت')).toBe('Interim Head of State');
    expect(byName('وقال الشيخ خليفة بن زايد آل نهيان رئيس الدولة إن الإمارات ماضية.', 'خليفة بن زايد آل نهيان')?.role_en).toBe('President of the UAE');
  });

  it('gives a known prime minister his office under the Lebanese courtesy «الرئيس», and a president his rank', () => {
    expect(byName('وقال الرئيس سعد الحريري إن الحكومة ستعمل.', 'سعد الحريري')?.role_en).toMatch(/^Prime Minister/);
    expect(byName('وقال الرئيس فلاديمير بوتين إن الحكومة ستعمل.', 'فلاديمير بوتين')?.role_en).toBe('President');
  });
});

describe('assemblies', () => {
  it('reads «رئيس مجلس الأمة» as the speaker of the National Assembly, not a generic parliament', () => {
    expect(roleToEnglish('رئيس مجلس الأمة')).toBe('Speaker of the National Assembly');
  });
});

describe('vocabulary of bodies and portfolios', () => {
  it('does not read a plural of the language as a misspelt nationality («الموانئ» is no «الماني»)', () => {
    expect(roleToEnglish('وزيرة الموانئ والنقل البحري')).toBe('Minister of Ports and Maritime Transport');
    expect(roleToEnglish('الرئيس التوغولي')).toBe('Togolese President');
  });

  it('knows an authority (سلطة) for elections and UNICEF', () => {
    expect(roleToEnglish('رئيس السلطة الوطنية المستقلة للانتخابات')).toBe('Head of the Independent National Authority for Elections');
    expect(roleToEnglish('المدير التنفيذي ليونيسف')).toBe('Executive Director of UNICEF');
  });
});

describe('offices in a region named by its noun', () => {
  it('reads «في الإقليم» as the region the office is in', () => {
    expect(roleToEnglish('وزير المالية والاقتصاد في الإقليم')).toBe('Minister of Finance and Economy in the Region');
  });
});

describe('party names outside the vocabulary', () => {
  it('ends an unknown party name where its leader\'s name begins', () => {
    const o = findOfficials('وقال رئيس حزب طلائع الحريات علي بن فليس إن الانتخابات مزورة.').find((x) => x.name_ar === 'علي بن فليس');
    // An Algerian party's «رئيس» is its President (as the readable golds of Algerian, French and Maghrebi parties write it).
    expect(o?.role_en).toBe('President of the Talaie El Hourriyet Party');
  });
});

describe('missions, coalitions and deputies of another time', () => {
  it('places a mission in or accredits it to a country', () => {
    expect(roleToEnglish('رئيسة بعثة الاتحاد الأوروبي لدى المغرب')).toBe('Head of the EU Mission to Morocco');
    expect(roleToEnglish('رئيس بعثة اللجنة الدولية للصليب الأحمر في اليمن')).toBe('Head of the ICRC Mission in Yemen');
  });

  it('reads «بقيادة» + a country after a body as the country that leads it', () => {
    expect(roleToEnglish('المتحدث باسم التحالف الدولي بقيادة الولايات المتحدة')).toBe('Spokesman for the US-led International Coalition');
  });

  it('puts the time of the inner office on the deputy', () => {
    expect(roleToEnglish('نائب الرئيس السابق')).toBe('Former Vice President');
  });

  it('knows the Popular Mobilization Authority', () => {
    expect(roleToEnglish('المتحدث باسم هيئة الحشد الشعبي')).toBe('Spokesman for the Popular Mobilization Authority');
  });
});

describe('members of parliament for a place', () => {
  it('reads «النائب عن البصرة» and «النائب عن محافظة البصرة» as an MP for Basra', () => {
    expect(roleToEnglish('النائب عن البصرة')).toBe('MP for Basra');
    expect(roleToEnglish('النائب عن محافظة البصرة')).toBe('MP for Basra');
  });
});
