import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('ministry portfolios no vocabulary had', () => {
  it('climate, manpower, hydrocarbons, population and their kin have their English, alone or joined by و', () => {
    expect(roleToEnglish('وزيرة المناخ والطاقة')).toBe('Minister of Climate and Energy');
    expect(roleToEnglish('وزير القوى العاملة')).toBe('Minister of Manpower');
    expect(roleToEnglish('وزير الطاقة والمحروقات')).toBe('Minister of Energy and Hydrocarbons');
    expect(roleToEnglish('وزيرة الصحة والسكان')).toBe('Minister of Health and Population');
    expect(roleToEnglish('وزير الفلاحة والتنمية الريفية')).toBe('Minister of Agriculture and Rural Development');
    expect(roleToEnglish('وزيرة السياحة والصناعة التقليدية')).toBe('Minister of Tourism and Handicrafts');
    expect(roleToEnglish('وزير حماية المواطن')).toBe('Minister of Citizen Protection');
  });
  it('in a sentence, with the nationality after the portfolios', () => {
    const text = 'والتقى وزير المناخ والبيئة السويدي يوهان كارلسون نظيره الدنماركي في كوبنهاغن.';
    expect(roleOf(text, 'كارلسون')).toBe('Swedish Minister of Climate and Environment');
  });
});

describe('fields of bodies and departments no vocabulary had', () => {
  it('name the authority, the company or the department', () => {
    expect(roleToEnglish('رئيس الهيئة الوطنية للقوى العاملة')).toBe('Head of the National Authority for Manpower');
    expect(roleToEnglish('المدير التنفيذي للشركة الوطنية للمحروقات')).toBe('Executive Director of the National Company for Hydrocarbons');
    expect(roleToEnglish('مديرة الوقاية في وزارة الصحة')).toBe('Director of Prevention at the Ministry of Health');
    expect(roleToEnglish('رئيس هيئة الملكية الفكرية')).toBe('Head of the Intellectual Property Authority');
  });
});

describe('a province named with a point of the compass', () => {
  it('after its name, as an adjective, comes first in English', () => {
    expect(roleToEnglish('حاكم إقليم كاساي الغربية')).toBe('Governor of West Kasai');
    expect(roleToEnglish('حاكمة مقاطعة كاساي الشرقية')).toBe('Governor of East Kasai');
    // (So after a place the gazetteer knows.)
    expect(roleToEnglish('والي ولاية كردفان الشمالية')).toBe('Governor of North Kordofan');
    expect(roleToEnglish('حاكم إقليم دارفور الغربية')).toBe('Governor of West Darfur');
  });
  it('before a name that also spells a word, is of the place all the same', () => {
    expect(roleToEnglish('حاكم إقليم شمال كيفو')).toBe('Governor of North Kivu');
    // (The name's English is the transliterator's; the point of the compass is what is tested.)
    expect(roleToEnglish('حاكم إقليم جنوب إيجه')).toMatch(/^Governor of South \w+$/);
  });
});
