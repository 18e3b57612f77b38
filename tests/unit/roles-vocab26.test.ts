import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

describe('a party, movement or bloc named by its own name (scripts/data/parties.json)', () => {
  it('keeps the English name the press gives it, whatever noun the article puts before it', () => {
    expect(roleToEnglish('رئيس حزب تواصل')).toBe('Head of the Tawassoul Party');
    expect(roleToEnglish('نائبة رئيس حركة تواصل')).toBe('Deputy Head of the Tawassoul Party');
    expect(roleToEnglish('رئيس حزب قلب تونس')).toBe('Head of the Qalb Tounes Party');
    expect(roleToEnglish('الأمين العام لحزب الحركة القومية')).toBe('Secretary-General of the Nationalist Movement Party');
    expect(roleToEnglish('زعيم التيار الوطني الحر')).toBe('Leader of the Free Patriotic Movement');
    expect(roleToEnglish('رئيس حزب مؤتمر جميع التقدميين')).toBe('Head of the All Progressives Congress');
  });
  it('a bloc of a parliament is named as such', () => {
    expect(roleToEnglish('رئيس كتلة الوفاء للمقاومة')).toBe('Head of the Loyalty to the Resistance bloc');
    expect(roleToEnglish('عضو كتلة اللقاء الديمقراطي')).toMatch(/Democratic Gathering bloc$/);
  });
  it('a name that is no phrase of English takes no article', () => {
    expect(roleToEnglish('زعيم حزب الليكود')).toBe('Leader of Likud');
    expect(roleToEnglish('المتحدث باسم حركة الشباب')).toBe('Spokesman for Al-Shabaab');
    expect(roleToEnglish('زعيمة حزب البديل من أجل ألمانيا')).toBe('Leader of Alternative for Germany');
  });
  it('a name written without its noun is read where it is the party’s alone', () => {
    expect(roleToEnglish('رئيس قلب تونس')).toBe('Head of the Qalb Tounes Party');
    expect(roleToEnglish('رئيس التجمع الوطني للأحرار')).toBe('Head of the National Rally of Independents');
  });
  it('the leader of a named party is found with it in a sentence', () => {
    const o = analyze('وقال رئيس حزب تحيا تونس سليم بن عمار إن الحكومة ستواصل الإصلاحات.').officials.find((x) => x.name_ar === 'سليم بن عمار');
    expect(o?.role_en).toBe('Head of the Tahya Tounes Party');
  });
});

describe('a party name the vocabulary cannot tell apart', () => {
  it('is not given to one party when two parties of different countries share the form, or when the form is generic', () => {
    // «حزب الإنصاف» is Mauritania's El Insaf and, for some papers, Pakistan's PTI: neither, with no country to choose by.
    expect(roleToEnglish('رئيس حزب الإنصاف')).not.toMatch(/El Insaf|Tehreek/);
    expect(roleToEnglish('رئيس حركة الإنصاف')).toBe('Head of Pakistan Tehreek-e-Insaf');
    // Several countries have an Umma party; only «حزب الأمة القومي» is Sudan's.
    expect(roleToEnglish('رئيس حزب الأمة')).toBe('Head of the Umma Party');
    expect(roleToEnglish('رئيس حزب الأمة القومي')).toBe('Head of the National Umma Party');
  });
});

describe('first-level divisions and cities of the often-reported countries', () => {
  it('are named in English after a governor, a wali or a mayor', () => {
    expect(roleToEnglish('والي ولاية الترارزة')).toBe('Governor of Trarza');
    expect(roleToEnglish('حاكم إقليم هلمند')).toBe('Governor of Helmand');
    expect(roleToEnglish('حاكم ولاية بورنو')).toBe('Governor of Borno');
    expect(roleToEnglish('عامل إقليم العيون')).toBe('Governor of Laayoune');
    expect(roleToEnglish('عمدة تفرغ زينة')).toBe('Mayor of Tevragh Zeina');
    expect(roleToEnglish('رئيس بلدية ليسبوس')).toBe('Mayor of Lesbos');
    expect(roleToEnglish('حاكم ولاية بافاريا')).toBe('Governor of Bavaria');
  });
});
