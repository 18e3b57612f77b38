import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('an international body the article names again by its bare noun', () => {
  it('is named by the acronym the press gives it', () => {
    const fund = 'وصل وفد من صندوق النقد الدولي إلى تونس أمس. وقال رئيس بعثة الصندوق إلى تونس كريس غيرغات إن المحادثات إيجابية. وأكد الممثل المقيم للصندوق في تونس جيروم فاشيه أن البرنامج مستمر.';
    expect(byName(fund, 'كريس غيرغات')?.role_en).toBe('Head of the IMF Mission to Tunisia');
    expect(byName(fund, 'جيروم فاشيه')?.role_en).toBe('IMF Resident Representative in Tunisia');
    const who = 'حذرت منظمة الصحة العالمية من انتشار الوباء. وقال المتحدث باسم المنظمة طارق ياساريفيتش إن الوضع خطير. وقالت ممثلة المنظمة في ليبيا إليزابيث هوف إن المستشفيات مكتظة.';
    expect(byName(who, 'طارق ياساريفيتش')?.role_en).toBe('WHO Spokesman');
    expect(byName(who, 'إليزابيث هوف')?.role_en).toBe('WHO Representative in Libya');
  });
  it('while a body named in full keeps its full name', () => {
    const text = 'وقال المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إن التفتيش سيستمر.';
    expect(byName(text, 'رافائيل غروسي')?.role_en).toBe('Director General of the International Atomic Energy Agency');
  });
});

describe("a state's guide", () => {
  it('is its Supreme Leader, as the press calls him', () => {
    expect(roleToEnglish('المرشد الإيراني')).toBe('Iranian Supreme Leader');
    expect(roleToEnglish('مرشد الثورة الإسلامية')).toBe('Supreme Leader');
    expect(roleToEnglish('مرشد الجمهورية الإسلامية')).toBe('Supreme Leader');
    const text = 'وقال المرشد الإيراني علي خامنئي في خطاب إن العقوبات لن تنجح.';
    expect(byName(text, 'علي خامنئي')?.role_en).toBe('Iranian Supreme Leader');
  });
  it('while the guide of a movement stays its Guide', () => {
    expect(roleToEnglish('المرشد العام لجماعة الإخوان المسلمين')).toMatch(/^General Guide/);
  });
});

describe('the nisba of a region or a people in the name of a body', () => {
  it('is its English adjective, before the noun', () => {
    expect(roleToEnglish('المتحدث باسم الاتحاد الوطني الكردستاني')).toBe('Spokesman for the Patriotic Union of Kurdistan');
    expect(roleToEnglish('رئيس الحزب الديمقراطي الكردستاني')).toBe('Head of the Kurdistan Democratic Party');
    expect(roleToEnglish('رئيس المجلس الشيعي الأعلى')).toMatch(/Supreme Shia Council$/);
  });
});

describe('a board named by its members', () => {
  it('is a Board of Commissioners, of Governors, the Executive Board', () => {
    expect(roleToEnglish('رئيسة مجلس المفوضين في المفوضية العليا المستقلة للانتخابات')).toMatch(/^Chairwoman of the Board of Commissioners at /);
    expect(roleToEnglish('رئيس مجلس المحافظين')).toBe('Chairman of the Board of Governors');
    expect(roleToEnglish('عضو مجلس المديرين التنفيذيين لصندوق النقد الدولي')).toBe('Member of the Executive Board of the International Monetary Fund');
  });
});

describe('the affairs of a group of people or of a field an office is for', () => {
  it('name the group (migrant workers, the displaced, economic empowerment)', () => {
    expect(roleToEnglish('مساعدة وزير العمل لشؤون العمال المهاجرين')).toMatch(/for Migrant Workers Affairs$/);
    expect(roleToEnglish('وزير الدولة لشؤون النازحين')).toBe('Minister of State for Displaced Persons Affairs');
    expect(roleToEnglish('وزيرة الدولة لشؤون التمكين الاقتصادي')).toBe('Minister of State for Economic Empowerment Affairs');
  });
  it('and a portfolio that names affairs already is not doubled', () => {
    expect(roleToEnglish('وزيرة الدولة لشؤون المرأة')).toBe("Minister of State for Women's Affairs");
  });
});

describe('a body whose name ends in a definite noun', () => {
  it('takes no office after it as its genitive: that office is a second one of the holder', () => {
    expect(roleToEnglish('نائب رئيس محكمة النقض رئيس الدائرة الجنائية')).toMatch(/^Vice President of the Court of Cassation and /);
    expect(roleToEnglish('نائب رئيس مجلس الدولة رئيس الدائرة الأولى')).toBe('Vice President of the State Council and Head of the First Department');
  });
});

describe('the State Council', () => {
  it('is headed by a President, and in China by the Premier', () => {
    expect(roleToEnglish('رئيس مجلس الدولة')).toBe('President of the State Council');
    expect(roleToEnglish('رئيس مجلس الدولة الصيني')).toBe('Chinese Premier');
    expect(roleToEnglish('نائب رئيس مجلس الدولة الصيني')).toBe('Chinese Vice Premier');
  });
});

describe("a country's own name for its ministry of trade", () => {
  it('is Trade where the ministry is so named', () => {
    expect(roleToEnglish('وزير التجارة العراقي')).toBe('Iraqi Minister of Trade');
    expect(roleToEnglish('وزيرة التجارة والصناعة المصرية')).toBe('Egyptian Minister of Trade and Industry');
    expect(roleToEnglish('وزير التجارة السعودي')).toBe('Saudi Minister of Commerce');
  });
});

describe('an industry named as a body', () => {
  it('is the industry of its field', () => {
    expect(roleToEnglish('المتحدث باسم صناعة النفط العراقية')).toBe('Spokesman for the Iraqi Oil Industry');
    expect(roleToEnglish('مدير صناعة الكهرباء')).toBe('Director of the Electricity Industry');
  });
});
