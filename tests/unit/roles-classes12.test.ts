import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('an honorific the only title of a ruler the gazetteer knows', () => {
  it('is the office the ruler held in the news (Emir, Crown Prince), not the courtesy', () => {
    expect(byName('وأرسل سمو الشيخ صباح الأحمد الجابر الصباح برقية إلى رئيس ألمانيا.', 'صباح الأحمد الجابر الصباح')?.role_en).toBe('Emir of Kuwait');
    expect(byName('وتلقى الأمير محمد بن سلمان اتصالا هاتفيا من رئيس وزراء اليابان.', 'محمد بن سلمان')?.role_en).toBe('Crown Prince of Saudi Arabia');
  });
  it('but a style stays a style for someone who holds no such office', () => {
    expect(byName('وأعلن الشيخ خالد الحسيني أن اللجنة ستجتمع غدا.', 'خالد الحسيني')?.role_en).toBe('Sheikh');
  });
});

describe('a state, province or governorate named with its noun', () => {
  it('is its name alone in English', () => {
    expect(roleToEnglish('حاكم ولاية فلوريدا')).toBe('Governor of Florida');
    expect(roleToEnglish('محافظ مقاطعة زابوريجيا')).toBe('Governor of Zaporizhzhia');
    expect(roleToEnglish('محافظ محافظة الأنبار')).toBe('Governor of Anbar');
    expect(roleToEnglish('قائد شرطة محافظة ميسان')).toBe('Chief of the Maysan Police');
  });
  it('and an office in one is in that place', () => {
    expect(roleToEnglish('مدير الصحة في محافظة ديالى')).toBe('Director of Health in Diyala');
  });
  it('while a council keeps its noun', () => {
    expect(roleToEnglish('رئيس مجلس محافظة كركوك')).toBe('Chairman of the Council of the Kirkuk Governorate');
  });
});

describe('a local service named as a body', () => {
  it('takes the city or province it is in, so the office comes before the rank', () => {
    expect(roleToEnglish('مدير الدفاع المدني في الأنبار')).toBe('Director of the Civil Defense in Anbar');
    const text = 'وقال مدير الدفاع المدني في كركوك العقيد سامي الجبوري إن الحريق أخمد.';
    expect(byName(text, 'سامي الجبوري')?.role_en).toBe('Director of the Civil Defense in Kirkuk');
  });
});

describe('a spokesman «باسمه»', () => {
  it('speaks for the office of the person named just before', () => {
    const text = 'وانتقد وزير الخارجية الفرنسي جان نويل بارو القرار، فيما قال المتحدث باسمه كريستوف لوموان إن باريس سترد.';
    expect(byName(text, 'كريستوف لوموان')?.role_en).toBe('Spokesman for the French Minister of Foreign Affairs');
  });
  it('and a spokeswoman too', () => {
    const text = 'وزارت رئيسة المفوضية الأوروبية أورسولا فون دير لاين كييف، وقالت المتحدثة باسمها أريانا بوديستا إن الزيارة مهمة.';
    expect(byName(text, 'أريانا بوديستا')?.role_en).toBe('Spokeswoman for the President of the European Commission');
  });
});

describe('the affairs of a region of the world', () => {
  it('are named by its adjective', () => {
    expect(roleToEnglish('مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى')).toBe('US Assistant Secretary of State for Near Eastern Affairs');
    expect(roleToEnglish('مساعدة وزير الخارجية لشؤون شرق آسيا والمحيط الهادئ')).toBe('Assistant Minister of Foreign Affairs for East Asian and Pacific Affairs');
    expect(roleToEnglish('مستشار الرئيس لشؤون أوروبا وأوراسيا')).toBe('Adviser to the President for European and Eurasian Affairs');
  });
});

describe('international banks and the IMF', () => {
  it('are headed by a President (a Vice President under him) and a Managing Director', () => {
    expect(roleToEnglish('نائب رئيس البنك الدولي')).toBe('Vice President of the World Bank');
    expect(roleToEnglish('نائبة رئيس البنك الدولي لشؤون أفريقيا')).toBe('Vice President of the World Bank for Africa');
    expect(roleToEnglish('المديرة العامة لصندوق النقد الدولي')).toBe('Managing Director of the International Monetary Fund');
  });
  it('and a woman director general is a Director General', () => {
    expect(roleToEnglish('المديرة العامة لمنظمة التجارة العالمية')).toBe('Director General of the World Trade Organization');
  });
});

describe('the President of a congress', () => {
  it('is its President', () => {
    expect(roleToEnglish('رئيس الكونغرس')).toBe('President of the Congress');
  });
});

describe('an ambassador of «المملكة»', () => {
  it('is the ambassador of the article\'s own kingdom', () => {
    const text = 'وحضر اللقاء عن الجانب الأردني وزير الداخلية مازن الفراية، وسفيرة المملكة في روما رنا الخطيب، وعن الجانب الإيطالي وزير الداخلية ماتيو بيانتيدوسي.';
    expect(byName(text, 'رنا الخطيب')?.role_en).toBe('Ambassador of Jordan to Italy, in Rome');
  });
});

describe('a mayor of a town no gazetteer lists', () => {
  it('is the mayor of the word after «بلدية»', () => {
    const text = 'وقال رئيس بلدية كاسيتا جواو مانويل للصحفيين إن الطرق مغلقة.';
    const o = byName(text, 'جواو مانويل');
    expect(o?.role_en).toMatch(/^Mayor of [CK]a/);
  });
});

describe('a US undersecretary', () => {
  it('is the Under Secretary of the department\'s Secretary', () => {
    expect(roleToEnglish('وكيل وزارة الخارجية الأمريكية للشؤون الاقتصادية')).toBe('US Under Secretary of State for Economic Affairs');
    expect(roleToEnglish('وكيلة وزارة الخزانة الأمريكية')).toBe('US Under Secretary of the Treasury');
  });
  it('but another country\'s keeps its ministry', () => {
    expect(roleToEnglish('وكيل وزارة الخارجية البريطانية')).toBe('Undersecretary of the British Ministry of Foreign Affairs');
  });
});

describe('fields of public services', () => {
  it('are what a body is for', () => {
    expect(roleToEnglish('رئيس الهيئة الوطنية للتأمين الصحي')).toBe('Head of the National Authority for Health Insurance');
    expect(roleToEnglish('مدير صندوق الضمان الاجتماعي')).toBe('Director of the Social Security Fund');
  });
});

describe('a bare governor after the province the article names', () => {
  it('is that province\'s governor', () => {
    expect(byName('وفي محافظة أصفهان وسط البلاد، قال المحافظ عباس رضائي إن الهدوء عاد.', 'عباس رضائي')?.role_en).toBe('Governor of Isfahan');
    expect(byName('وفي ولاية فلوريدا، قال الحاكم رون ديسانتيس إن الإعصار يقترب.', 'رون ديسانتيس')?.role_en).toBe('Governor of Florida');
  });
});

describe('a party named in quotation marks after its leader\'s title', () => {
  it('is the body the leader leads', () => {
    expect(byName('وقال رئيس "التجمع الوطني" جوردان بارديلا إن الحزب سيفوز.', 'جوردان بارديلا')?.role_en).toBe('Head of the National Rally');
    expect(byName('وقالت زعيمة "الاتحاد الديمقراطي" هيلغا شولتس إن الحزب سيعارض.', 'هيلغا شولتس')?.role_en).toBe('Leader of the Democratic Union');
  });
});

describe('a region its governor governs', () => {
  it('is named without its noun, where a region\'s president keeps it', () => {
    expect(roleToEnglish('الحاكم السابق لإقليم دارفور')).toBe('Former Governor of Darfur');
    expect(roleToEnglish('رئيس إقليم تيغراي')).toBe('President of the Tigray Region');
  });
});
