import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en ?? null;

describe('ministries of several portfolios keep every portfolio the cabinets name', () => {
  it('reads technology, telecommunications and the other portfolios of recent cabinets', () => {
    expect(roleToEnglish('وزير الصناعة والتكنولوجيا المتقدمة')).toBe('Minister of Industry and Advanced Technology');
    expect(roleToEnglish('وزيرة البريد والاتصالات السلكية واللاسلكية والتكنولوجيات والرقمنة')).toBe('Minister of Post, Telecommunications, Technologies and Digitalization');
    expect(roleToEnglish('وزير الإسكان والمرافق والمجتمعات العمرانية')).toBe('Minister of Housing, Utilities and Urban Communities');
    expect(roleToEnglish('وزير الداخلية واللامركزية')).toBe('Minister of Interior and Decentralization');
    expect(roleToEnglish('وزير الشؤون الخارجية والاندماج الإفريقي')).toBe('Minister of Foreign Affairs and African Integration');
    expect(roleToEnglish('وزيرة التضامن والإدماج الاجتماعي')).toBe('Minister of Solidarity and Social Inclusion');
  });
});

describe('an office held in a caretaker government', () => {
  it('is a Caretaker office', () => {
    expect(roleToEnglish('وزير الخارجية والمغتربين في حكومة تصريف الأعمال')).toBe('Caretaker Minister of Foreign Affairs and Expatriates');
  });
});

describe('governments named for national unity, stability or salvation', () => {
  it('are named as governments, not as a unit', () => {
    expect(roleToEnglish('رئيس حكومة الوحدة الوطنية')).toBe('Prime Minister of the Government of National Unity');
    expect(roleToEnglish('رئيس حكومة الاستقرار الوطني')).toBe('Prime Minister of the Government of National Stability');
  });
});

describe('a minister of state', () => {
  it('is for a portfolio before a body of the same name', () => {
    expect(roleToEnglish('وزير الدولة للإعلام')).toBe('Minister of State for Information');
    expect(roleToEnglish('وزيرة الدولة للتعاون الدولي')).toBe('Minister of State for International Cooperation');
  });
});

describe('the UAE presidential court', () => {
  it('is named as the state names it for its officials', () => {
    const text = 'حضر اللقاء سمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة نائب رئيس مجلس الوزراء رئيس ديوان الرئاسة.';
    expect(roleOf(text, 'منصور بن زايد آل نهيان')).toBe('Vice President of the UAE, Deputy Prime Minister and Chairman of the Presidential Court');
  });
});

describe('the speaker of a lower house named without its state', () => {
  it('takes the house its state has, from the story\'s officials', () => {
    const text = 'وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن الهجوم مرفوض. بدوره، قال رئيس مجلس النواب، آرثر ليرا، إن البرلمان لن يرضخ.';
    expect(roleOf(text, 'آرثر ليرا')).toBe('Speaker of the Chamber of Deputies');
  });
});

describe('a list of signatories, each name before its title', () => {
  it('gives a title to the name before it, not to the next item opened by «، و»', () => {
    const text = 'فيما وقع مذكرة التفاهم معالي الدكتور سلطان بن أحمد الجابر وزير الصناعة والتكنولوجيا المتقدمة، وبهليل لاهادليا وزير الاستثمار الإندونيسي.';
    expect(roleOf(text, 'سلطان بن أحمد الجابر')).toBe('Minister of Industry and Advanced Technology');
  });
  it('still reads a given name that starts with و after the comma', () => {
    expect(roleOf('وقال وزير الطاقة، وليد فياض، إن الخطة جاهزة.', 'وليد فياض')).toBe('Minister of Energy');
  });
});

describe('bodies a state names its own way in English', () => {
  it('are named so after the state\'s adjective', () => {
    expect(roleToEnglish('رئيس جهاز الاستخبارات التركي')).toBe('Head of the National Intelligence Organization');
    expect(roleToEnglish('رئيس إدارة الكوارث والطوارئ التركية')).toBe('Head of the Disaster and Emergency Management Authority');
  });
  it('keep their generic name elsewhere', () => {
    expect(roleToEnglish('رئيس جهاز الاستخبارات المصري')).toBe('Head of the Egyptian Intelligence Service');
  });
  it('are named so in the title of that state\'s official', () => {
    const text = 'وضم الوفد التركي وزير الخارجية مولود جاويش أوغلو، ورئيس جهاز الاستخبارات هاكان فيدان.';
    expect(roleOf(text, 'هاكان فيدان')).toBe('Head of the National Intelligence Organization');
  });
});

describe('a council for development', () => {
  it('is a Development Board', () => {
    expect(roleToEnglish('الرئيسة التنفيذية لمجلس التنمية الرواندي')).toBe('CEO of the Rwandan Development Board');
    expect(roleToEnglish('الرئيس التنفيذي لمجلس التنمية الاقتصادية')).toBe('CEO of the Economic Development Board');
  });
  it('but not one for development and another field', () => {
    expect(roleToEnglish('رئيس مجلس التنمية والإعمار')).toBe('Chairman of the Development and Reconstruction Council');
  });
});

describe('who speaks for a council of ministers', () => {
  it('speaks for the Cabinet', () => {
    expect(roleToEnglish('المتحدث الرسمي باسم مجلس الوزراء')).toBe('Spokesman for the Cabinet');
    expect(roleToEnglish('الأمين العام لمجلس الوزراء')).toBe('Secretary-General of the Council of Ministers');
  });
});

describe('an emirate named with its noun «إمارة»', () => {
  it('is named by its place, and its ruler is its Ruler', () => {
    expect(roleToEnglish('حاكم إمارة الشارقة')).toBe('Ruler of Sharjah');
    expect(roleToEnglish('نائب حاكم إمارة أبوظبي مستشار الأمن الوطني')).toBe('Deputy Ruler of Abu Dhabi and National Security Adviser');
  });
});

describe('a head of government charged with forming one («المكلف تشكيل الحكومة»)', () => {
  it('is the Prime Minister-designate, the charge said out or not', () => {
    expect(roleToEnglish('الرئيس المكلف تشكيل الحكومة')).toBe('Prime Minister-designate');
    expect(roleToEnglish('رئيس الوزراء المكلف بتشكيل الحكومة الجديدة')).toBe('Prime Minister-designate');
    expect(roleOf('والتقى الرئيس المكلف بتشكيل الحكومة نجيب ميقاتي وفدا من البنك الدولي.', 'نجيب ميقاتي')).toBe('Prime Minister-designate');
  });
  it('while another charge stays a tail', () => {
    expect(roleToEnglish('الوزير المكلف بالتعاون الإفريقي')).toBe('Minister in charge of African Cooperation');
  });
});

describe('the English adjective of a state', () => {
  it('is the one the press writes, not a demonym of a person', () => {
    expect(roleToEnglish('الرئيس الإكوادوري')).toBe('Ecuadorian President');
    expect(roleToEnglish('وزير الخارجية البوتسواني')).toBe('Botswanan Minister of Foreign Affairs');
    expect(roleToEnglish('رئيس الوزراء السلوفيني')).toBe('Slovenian Prime Minister');
  });
});

describe('a counterpart named after a style', () => {
  it('holds the office of the one before, for his own country', () => {
    const text = 'بحث وزير الخارجية الشيخ سالم عبدالله الجابر الصباح مع نظيره العراقي الدكتور فؤاد حسين اليوم الأحد العلاقات الثنائية.';
    expect(roleOf(text, 'فؤاد حسين')).toBe('Iraqi Minister of Foreign Affairs');
  });
});
