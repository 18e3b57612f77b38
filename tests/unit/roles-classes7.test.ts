import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('the head of a party, a front, a bloc or a movement', () => {
  it('is its Head, as رئيس reads (the press writes "Head of the X Party" more than "Leader")', () => {
    expect(roleToEnglish('رئيس حزب الوفد')).toBe('Head of the Wafd Party');
    expect(roleToEnglish('رئيسة كتلة التغيير')).toBe('Head of the Change Bloc');
    expect(roleToEnglish('رئيس جبهة الإنقاذ')).toBe('Head of the Salvation Front');
  });
  it('while زعيم stays its Leader', () => {
    expect(roleToEnglish('زعيم حزب الوفد')).toBe('Leader of the Wafd Party');
  });
});

describe('a state named with the noun of its form («جمهورية», «مملكة», «سلطنة»)', () => {
  it('is the country, in a construct title and after لدى', () => {
    expect(roleToEnglish('وزير خارجية جمهورية الجبل الأسود')).toBe('Minister of Foreign Affairs of Montenegro');
    expect(roleToEnglish('سفير تونس لدى جمهورية سلوفاكيا')).toBe('Ambassador of Tunisia to Slovakia');
  });
  it('so a second office after the first one keeps its country', () => {
    const text = 'واستقبل الرئيس معالي يانكو ستويانوف النائب الأول لرئيس الوزراء وزير خارجية جمهورية صربيا الذي يزور البلاد.';
    expect(byName(text, 'يانكو ستويانوف')?.role_en).toBe('First Deputy Prime Minister and Minister of Foreign Affairs of Serbia');
  });
  it('but a place that is a republic of its own stays that place', () => {
    expect(roleToEnglish('رئيس جمهورية الشيشان')).toBe('Head of the Chechen Republic');
  });
});

describe('the UN before a noun is the UN, as the press writes it', () => {
  it('for an office of the UN itself', () => {
    expect(roleToEnglish('مبعوث الأمم المتحدة إلى اليمن')).toBe('UN Envoy to Yemen');
    expect(roleToEnglish('المنسق المقيم للأمم المتحدة في العراق')).toBe('UN Resident Coordinator in Iraq');
    expect(roleToEnglish('المتحدث باسم الأمم المتحدة')).toBe('UN Spokesman');
    expect(roleToEnglish('المبعوث الخاص للأمم المتحدة إلى اليمن')).toBe('UN Special Envoy to Yemen');
  });
  it('for one of its bodies, with the field the body works in', () => {
    expect(roleToEnglish('رئيسة بعثة الأمم المتحدة في الصومال')).toBe('Head of the UN Mission in Somalia');
    expect(roleToEnglish('المتحدثة باسم مكتب الأمم المتحدة لحقوق الإنسان')).toBe('Spokeswoman for the UN Human Rights Office');
    expect(roleToEnglish('رئيس مكتب الأمم المتحدة للتنمية في بغداد')).toBe('Head of the UN Development Office in Baghdad');
  });
  it('but the head of a body keeps "of", and a staff office stays the office of the UN', () => {
    expect(roleToEnglish('مدير مكتب الأمم المتحدة')).toBe('Director of the Office of the United Nations');
  });
  it('and the Congo of Kinshasa is named in full', () => {
    expect(roleToEnglish('السفير الإيطالي لدى الكونغو الديمقراطية')).toBe('Italian Ambassador to the Democratic Republic of the Congo');
  });
});

describe('a country whose name starts with ف or و', () => {
  it('is that country, not a conjunction and the rest of its name', () => {
    expect(roleToEnglish('سفير فرنسا')).toBe('Ambassador of France');
    expect(roleToEnglish('سفيرة فنزويلا في القاهرة')).toBe('Ambassador of Venezuela to Egypt, in Cairo');
    expect(roleToEnglish('سفير ألمانيا وفرنسا')).toBe('Ambassador of Germany');
  });
});

describe('a monarch named by the bare title before a name the gazetteer knows', () => {
  it('holds the throne of the country', () => {
    expect(byName('وأهدى الأمير الشيخ تميم بن حمد آل ثاني المدينة مستشفى.', 'تميم بن حمد آل ثاني')?.role_en).toBe('Emir of Qatar');
    expect(byName('وافتتح الملك محمد السادس الميناء الجديد.', 'محمد السادس')?.role_en).toBe('King of Morocco');
  });
  it('but a prince stays a prince', () => {
    expect(byName('وافتتح الأمير محمد بن سلمان المعرض.', 'محمد بن سلمان')?.role_en).not.toMatch(/^Emir of/);
  });
});

describe('companies and utilities', () => {
  it('are named as one compound of their place, qualifiers and trade', () => {
    expect(roleToEnglish('مدير عام هيئة كهرباء ومياه الشارقة')).toBe('Director General of the Sharjah Electricity and Water Authority');
    expect(roleToEnglish('رئيس شركة نفط الكويت')).toBe('Head of the Kuwait Oil Company');
    expect(roleToEnglish('رئيس شركة الجزائر الوطنية للبترول')).toBe('Head of the Algeria National Petroleum Company');
  });
  it('inside the construct of their board', () => {
    expect(roleToEnglish('رئيس مجلس إدارة شركة نفط الكويت')).toBe('Chairman of the Board of Directors of the Kuwait Oil Company');
  });
  it('whose head (رئيس) is no director', () => {
    expect(roleToEnglish('رئيس الشركة')).toBe('Head of the Company');
  });
  it('while an embassy of a country keeps "of"', () => {
    expect(roleToEnglish('رئيس بعثة الصين')).toBe('Head of the Mission of China');
  });
});

describe('the undersecretary (وكيل) of a committee or a house', () => {
  it('is its deputy head', () => {
    expect(roleToEnglish('وكيل لجنة الشؤون الخارجية')).toBe('Deputy Chairman of the Foreign Affairs Committee');
    expect(roleToEnglish('وكيلة مجلس النواب')).toMatch(/^Deputy Speaker of the House of Representatives$/);
    const text = 'وحضر الاجتماع من أعضاء اللجنة النائب سامي الحلبي وكيل اللجنة.';
    expect(byName(text, 'سامي الحلبي')?.role_en).toBe('Deputy Chairman of the Committee');
  });
  it('but of a ministry stays its Undersecretary', () => {
    expect(roleToEnglish('وكيل وزارة الصحة')).toBe('Undersecretary of the Ministry of Health');
  });
});

describe('a committee of affairs', () => {
  it('is named by them: the Arab Affairs Committee', () => {
    expect(roleToEnglish('رئيس لجنة الشؤون العربية بمجلس النواب')).toBe('Chairman of the Arab Affairs Committee at the House of Representatives');
  });
});

describe('an ambassador of «الدولة»', () => {
  it('serves the article\'s own country, the one its other officials hold office in', () => {
    const text = 'دبي / وام / التقى معالي سهيل المزروعي وزير الطاقة والبنية التحتية اليوم وفدا من البرتغال. وحضر اللقاء معالي أحمد بالهول الفلاسي وزير الدولة لريادة الأعمال وسعادة خالد سالم الكعبي سفير الدولة لدى جمهورية البرتغال.';
    expect(byName(text, 'خالد سالم الكعبي')?.role_en).toBe('Ambassador of the UAE to Portugal');
  });
  it('and stays «the State» where the article has no country of its own', () => {
    expect(roleToEnglish('سفير الدولة لدى البرتغال')).toBe('Ambassador of the State to Portugal');
  });
});

describe('Gulf style: NAME TITLE, then an address style opening the next person', () => {
  it('gives the title before the style to the name before it', () => {
    const text = 'واستقبل معالي سهيل المزروعي وزير الطاقة والبنية التحتية سعادة خالد سالم الكعبي سفير الدولة لدى جمهورية البرتغال.';
    expect(byName(text, 'سهيل المزروعي')?.role_en).toBe('Minister of Energy and Infrastructure');
    expect(byName(text, 'خالد سالم الكعبي')?.role_en).toBe('Ambassador of the UAE to Portugal');
  });
  it('but a rank after the title is still its holder\'s', () => {
    expect(byName('وقال قائد الشرطة العميد خالد الحمد إن الوضع هادئ.', 'خالد الحمد')?.role_en).toBe('Chief of the Police');
  });
});
