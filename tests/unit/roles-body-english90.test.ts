import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish, tradeStyled } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('«روسيا الاتحادية» is the Russian Federation, as the state names itself', () => {
  it('the state an office is of and the state an envoy is accredited to', () => {
    expect(roleToEnglish('رئيس روسيا الاتحادية')).toBe('President of the Russian Federation');
    expect(roleToEnglish('سفير تونس لدى روسيا الاتحادية')).toBe('Ambassador of Tunisia to the Russian Federation');
  });
  it('«روسيا» alone and the Russian adjective stay Russia', () => {
    expect(roleToEnglish('سفير روسيا لدى الأردن')).toBe('Ambassador of Russia to Jordan');
    expect(roleToEnglish('الرئيس الروسي')).toBe('Russian President');
  });
  it('in an official\'s title read from the story', () => {
    expect(roleOf('وحضر الاستقبال السفير حسام الدين كمال، سفير الأردن لدى روسيا الاتحادية، وعدد من المسؤولين.', 'حسام الدين كمال')).toBe('Ambassador of Jordan to the Russian Federation');
    expect(roleOf('وحضر الاستقبال السفير حسام الدين كمال، سفير الأردن لدى روسيا، وعدد من المسؤولين.', 'حسام الدين كمال')).toBe('Ambassador of Jordan to Russia');
  });
});

describe('«القوات البحرية» are the Naval Forces; «البحرية» alone is the Navy', () => {
  it('the commander of a state\'s naval forces', () => {
    expect(roleToEnglish('قائد القوات البحرية')).toBe('Commander of the Naval Forces');
    expect(roleToEnglish('قائد القوات البحرية اليونانية')).toBe('Commander of the Greek Naval Forces');
    expect(roleToEnglish('قائد البحرية الإيطالية')).not.toMatch(/Naval Forces/);
  });
});

describe('Oman\'s «ديوان البلاط السلطاني» is the Diwan of Royal Court', () => {
  it('its minister is named with the whole body', () => {
    expect(roleToEnglish('وزير ديوان البلاط السلطاني')).toBe('Minister of the Diwan of Royal Court');
  });
});

describe('the envoys of the United States and the United Kingdom are named by their adjective', () => {
  it('an ambassador of a state named with the article', () => {
    expect(roleToEnglish('سفيرة المملكة المتحدة لدى قطر')).toBe('British Ambassador to Qatar');
    expect(roleToEnglish('سفير الولايات المتحدة لدى الأردن')).toBe('US Ambassador to Jordan');
  });
  it('another state\'s envoy keeps its name', () => {
    expect(roleToEnglish('سفير فرنسا لدى الأردن')).toBe('Ambassador of France to Jordan');
  });
});

describe('houses and offices as their states name them', () => {
  it('Lebanon\'s and Iraq\'s house referred to by «المجلس» is their Parliament, as when named in full', () => {
    const lb = 'عقد مجلس النواب اللبناني جلسة تشريعية في بيروت أمس، وقال نائب رئيس المجلس إلياس بو صعب إن الجلسة ستستأنف غدا.';
    expect(roleOf(lb, 'إلياس بو صعب')).toBe('Deputy Speaker of Parliament');
    const iq = 'عقد مجلس النواب العراقي جلسته في بغداد أمس، وقال رئيس المجلس محمود المشهداني إن التصويت على القانون تأجل.';
    expect(roleOf(iq, 'محمود المشهداني')).toBe('Speaker of Parliament');
  });
  it('Kazakhstan\'s lower house is its Mazhilis', () => {
    const text = 'وأكد رئيس مجلس النواب الكازاخستاني يرلان قوشانوف أن بلاده تدعم الحوار.';
    expect(roleOf(text, 'يرلان قوشانوف')).toBe('Kazakh Chairman of the Mazhilis');
  });
  it('Algeria\'s «مدير ديوان رئاسة الجمهورية» is the Director of Cabinet of the Presidency', () => {
    const text = 'أشرف مدير ديوان رئاسة الجمهورية الجزائرية بوعلام بوعلام على حفل التنصيب.';
    expect(roleOf(text, 'بوعلام بوعلام')).toBe('Director of Cabinet of the Algerian Presidency');
    const story = 'الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون، اليوم، بمقر رئاسة الجمهورية، رئيس وزراء إسبانيا في زيارة إلى الجزائر.\n\nوحضر اللقاء عن الجانب الجزائري وزير الطاقة محمد عرقاب، ومدير ديوان رئاسة الجمهورية كمال بلعيد، فيما حضره عن الجانب الإسباني وزير الخارجية.';
    expect(roleOf(story, 'كمال بلعيد')).toBe('Director of Cabinet of the Presidency');
  });
  it('Bolivia\'s chief prosecutor is its Attorney General', () => {
    const text = 'قال المدعي العام البوليفي خوان لانشيبا إن التحقيق مستمر في لاباز.';
    expect(roleOf(text, 'خوان لانشيبا')).toBe('Bolivian Attorney General');
  });
  it('and Ecuador\'s, by the state of the story', () => {
    const text = 'كيتو - قال الرئيس الإكوادوري غييرمو لاسو إن الحكومة ستتعاون مع القضاء. وكان المدعي العام كارلوس مندوزا قد أعلن فتح تحقيق في القضية، فيما قال وزير الداخلية الإكوادوري خوان زاباتا إن الأمن مستتب.';
    expect(analyze(text).officials.find((o) => o.name_ar === 'كارلوس مندوزا')?.role_en).toBe('Attorney General');
  });
});

describe('«التجارة» of a state whose ministers are Secretaries and whose ministry is Trade', () => {
  it('the Philippines\' Secretary of Trade and Industry', () => {
    expect(tradeStyled('Secretary of Commerce and Industry', 'PH')).toBe('Secretary of Trade and Industry');
    expect(tradeStyled('Acting Secretary of Commerce', 'PH')).toBe('Acting Secretary of Trade');
  });
  it('a chamber\'s secretary and a state that names it Commerce keep Commerce', () => {
    expect(tradeStyled('Secretary-General of the Chamber of Commerce', 'PH')).toBe('Secretary-General of the Chamber of Commerce');
    expect(tradeStyled('Secretary of Commerce', 'US')).toBe('Secretary of Commerce');
  });
});

describe('a foreign ministry named in full with its expatriates', () => {
  it('Egypt\'s and Tunisia\'s, however the Arabic spells «شؤون» and «بالخارج»', () => {
    expect(roleToEnglish('وزير الخارجية والهجرة وشئون المصريين بالخارج')).toBe('Minister of Foreign Affairs, Emigration and Egyptian Expatriates');
    expect(roleToEnglish('وزير الخارجية والهجرة وشؤون المصريين في الخارج')).toBe('Minister of Foreign Affairs, Emigration and Egyptian Expatriates');
    expect(roleToEnglish('وزير الشؤون الخارجية والهجرة والتونسيين بالخارج')).toBe('Minister of Foreign Affairs, Migration and Tunisians Abroad');
  });
  it('in an official\'s title read from the story', () => {
    expect(roleOf('القاهرة - التقى سامح فهمي، وزير الخارجية والهجرة وشئون المصريين بالخارج، اليوم نظيره الكيني.', 'سامح فهمي')).toBe('Minister of Foreign Affairs, Emigration and Egyptian Expatriates');
  });
});
