import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('round 41: portfolios named in two or more parts', () => {
  it('keeps every part of the portfolio', () => {
    expect(roleToEnglish('وزيرة العلاقات الدولية والتعاون')).toBe('Minister of International Relations and Cooperation');
    expect(roleToEnglish('وزير الدولة للتنسيق الاقتصادي')).toBe('Minister of State for Economic Coordination');
    expect(roleToEnglish('وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج')).toBe('Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates');
  });
  it('reads international relations after a professor as his field, not a portfolio or a body', () => {
    expect(roleToEnglish('أستاذ العلاقات الدولية بجامعة محمد الخامس')).toBe('Professor of International Relations');
  });
});

describe('round 41: a game\'s governing body', () => {
  it('is its Football Association or its Federation, not a union for the game', () => {
    expect(roleToEnglish('رئيس الاتحاد المصري لكرة القدم')).toBe('President of the Egyptian Football Association');
    expect(roleToEnglish('رئيس الاتحاد الأردني لكرة القدم')).toBe('President of the Jordanian Football Association');
    expect(roleToEnglish('رئيس الاتحاد المغربي لكرة القدم')).toBe('President of the Moroccan Football Federation');
    expect(roleToEnglish('رئيس الاتحاد الدولي لكرة السلة')).toBe('President of the International Basketball Federation');
  });
});

describe('round 41: the ruler of an emirate', () => {
  it('is its Ruler, named or not', () => {
    expect(roleToEnglish('حاكم الإمارة')).toBe('Ruler of the Emirate');
    expect(roleToEnglish('حاكم الشارقة')).toBe('Ruler of Sharjah');
  });
  it('leaves a governor of a state or a province his title', () => {
    expect(roleToEnglish('حاكم ولاية تكساس')).toBe('Governor of Texas');
  });
});

describe('round 41: Marrakech as Morocco writes it', () => {
  it('names the town and its region so', () => {
    expect(roleToEnglish('والي جهة مراكش-آسفي')).toBe('Governor of the Marrakech-Safi Region');
  });
});

describe('round 41: the office of a presidency', () => {
  it('is the Presidential Office', () => {
    expect(roleToEnglish('رئيس مكتب الرئاسة')).toBe('Head of the Presidential Office');
    expect(roleToEnglish('نائب رئيس مكتب الرئاسة')).toBe('Deputy Head of the Presidential Office');
    expect(roleToEnglish('مستشار رئيس مكتب الرئاسة الأوكرانية')).toBe('Adviser to the Head of the Ukrainian Presidential Office');
  });
});

describe('round 41: a coast guard', () => {
  it('is a body its spokesman speaks for and its commander commands', () => {
    expect(roleToEnglish('المتحدث باسم خفر السواحل الصيني')).toBe('Spokesman for the Chinese Coast Guard');
    expect(roleToEnglish('قائد خفر السواحل')).toBe('Commander of the Coast Guard');
  });
});

describe('round 41: a province named in quotes', () => {
  it('is the province all the same', () => {
    expect(roleToEnglish('رئيس إقليم «أرض الصومال» موسى')).toBe('President of the Somaliland Region');
    expect(roleToEnglish('رئيس إقليم "بونتلاند" سعيد')).toBe('President of the Puntland Region');
  });
});

describe('round 41: a regime named by its people\'s adjective', () => {
  it('is its state', () => {
    // Enab Baladi, 2023-02 (heldout17): «قال مندوب النظام السوري لدى الأمم المتحدة، بسام صباغ»
    expect(roleToEnglish('مندوب النظام السوري لدى الأمم المتحدة')).toBe('Syrian Ambassador to the United Nations');
    expect(roleToEnglish('وزير خارجية النظام السوري')).toBe('Minister of Foreign Affairs of Syria');
  });
  it('but its head is the Head of the regime, as the press names him (round 54)', () => {
    expect(roleToEnglish('رئيس النظام السوري')).toBe('Head of the Syrian Regime');
  });
});

describe('round 41: affairs of the neighbouring countries', () => {
  it('keeps the affairs an assistant minister is for', () => {
    expect(roleToEnglish('مساعد وزير الخارجية لشؤون دول الجوار')).toBe('Assistant Minister of Foreign Affairs for Neighboring Countries Affairs');
  });
});

describe('round 41: a commissioner for children\'s rights', () => {
  it('keeps the brief after whoever named the commissioner', () => {
    expect(roleToEnglish('مفوضة الرئيس الروسي لحقوق الطفل')).toBe("Commissioner of the Russian President for Children's Rights");
    expect(roleToEnglish('المفوضة الروسية لحقوق الطفل')).toBe("Russian Commissioner for Children's Rights");
    expect(roleToEnglish('مفوضة حقوق الطفل')).toBe("Commissioner of Children's Rights");
  });
});

describe('round 41: the mayor of a state\'s capital', () => {
  it('is the mayor of the city, when the state is said', () => {
    expect(roleToEnglish('عمدة العاصمة الروسية')).toBe('Mayor of Moscow');
    expect(roleToEnglish('عمدة العاصمة الفرنسية')).toBe('Mayor of Paris');
  });
  it('stays the capital\'s when it is not', () => {
    expect(roleToEnglish('عمدة العاصمة')).toBe('Mayor of the Capital');
  });
});
