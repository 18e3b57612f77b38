import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('an ambassador of a named country in a capital', () => {
  it('is accredited to the capital\'s country, and keeps the city the article names', () => {
    const text = 'وحضر اللقاء سفير البرازيل بالقاهرة باولو فرنانديز، وسفيرة كندا لدى بغداد ماري لوران، وسفير اليابان في الرياض كينجي تاناكا.';
    expect(roleOf(text, 'فرنانديز')).toBe('Ambassador of Brazil to Egypt, in Cairo');
    expect(roleOf(text, 'لوران')).toBe('Ambassador of Canada to Iraq, in Baghdad');
    expect(roleOf(text, 'تاناكا')).toBe('Ambassador of Japan to Saudi Arabia, in Riyadh');
  });
  it('and so does one named by his sovereign', () => {
    expect(roleToEnglish('سفير خادم الحرمين الشريفين لدى القاهرة')).toBe('Saudi Ambassador to Egypt, in Cairo');
  });
  it('while one named by his nationality, or by "his country", keeps the form he had', () => {
    const text = 'وحضر السفير الإيطالي بالقاهرة ماركو بيلا، ورافق الضيف سفير بلاده لدى دمشق أندريه كوفاليف.';
    expect(roleOf(text, 'بيلا')).toBe('Italian Ambassador in Cairo');
    expect(roleOf(text, 'كوفاليف')).toBe('Ambassador to Syria');
  });
});

describe('the counterpart of a foreign minister whose portfolio adds another', () => {
  it('is the other country\'s Foreign Minister, without the host\'s second portfolio', () => {
    const text = 'استقبل وزير الخارجية والتعاون الدولي عمر حداد، يوم الأحد، نظيره النمساوي كارل هوبر في الرباط.';
    expect(roleOf(text, 'هوبر')).toBe('Austrian Minister of Foreign Affairs');
    const text2 = 'وبحث وزير الخارجية والمغتربين سامي العلي مع نظيرته الهولندية آنا دي فريس العلاقات الثنائية.';
    expect(roleOf(text2, 'فريس')).toBe('Dutch Minister of Foreign Affairs');
  });
  it('while a counterpart of a single portfolio keeps it whole', () => {
    const text = 'والتقى وزير الزراعة والثروة السمكية علي الكندي نظيره الفرنسي جان مارتان.';
    expect(roleOf(text, 'مارتان')).toBe('French Minister of Agriculture and Fisheries');
  });
});

describe('the head of a body whose chief is a Director', () => {
  it('is its Head, as «رئيس» says; «مدير» stays the Director', () => {
    expect(roleToEnglish('رئيس الاستخبارات العسكرية')).toBe('Head of the Military Intelligence');
    expect(roleToEnglish('رئيسة دائرة الصحة')).toBe('Head of the Health Department');
    expect(roleToEnglish('رئيس المكتب')).toBe('Head of the Office');
    expect(roleToEnglish('مدير المكتب')).toBe('Director of the Office');
    expect(roleToEnglish('مدير الاستخبارات العسكرية')).toBe('Director of the Military Intelligence');
  });
  it('while a body with its own head keeps it', () => {
    expect(roleToEnglish('رئيس البرلمان')).toBe('Speaker of Parliament');
  });
});

describe('a head of government charged with forming one («المكلف»)', () => {
  it('is the Prime Minister-designate, by any of the Arabic names of the office', () => {
    expect(roleToEnglish('رئيس الحكومة المكلف')).toBe('Prime Minister-designate');
    expect(roleToEnglish('رئيس الوزراء المكلف')).toBe('Prime Minister-designate');
    expect(roleToEnglish('رئيسة الوزراء المكلفة')).toBe('Prime Minister-designate');
    expect(roleToEnglish('الرئيس المكلف')).toBe('Prime Minister-designate');
    expect(roleToEnglish('رئيس الوزراء العراقي المكلف')).toBe('Iraqi Prime Minister-designate');
  });
  it('keeps a time modifier, and is not read in a minister\'s charge that follows the head of government', () => {
    expect(roleToEnglish('رئيس الوزراء المكلف الجديد')).toBe('New Prime Minister-designate');
    const text = 'وقال منير الصغير، الوزير لدى رئيس الحكومة المكلف الإصلاحات الكبرى، إن البرنامج جاهز.';
    expect(roleOf(text, 'الصغير')).not.toMatch(/designate|Acting/);
  });
  it('while any other office held so is Acting', () => {
    expect(roleToEnglish('المدير العام المكلف')).toBe('Acting Director General');
  });
});

describe('national names of offices', () => {
  it('a member of the European Commission is a European Commissioner', () => {
    expect(roleToEnglish('المفوض الأوروبي لشؤون الطاقة')).toBe('European Commissioner for Energy Affairs');
    expect(roleToEnglish('المفوضة الأوروبية')).toBe('European Commissioner');
  });
  it('the US minister of the treasury is its Secretary', () => {
    expect(roleToEnglish('وزير الخزانة الأمريكي')).toBe('US Secretary of the Treasury');
    expect(roleToEnglish('وزيرة الخزانة الأمريكية')).toBe('US Secretary of the Treasury');
  });
});
