import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe("a legislator's camp right after the title", () => {
  it('a US party names a member of Congress: Republican Senator, Democratic Representative', () => {
    expect(roleToEnglish('السيناتور الديمقراطي')).toBe('Democratic Senator');
    expect(roleToEnglish('السيناتورة الجمهورية')).toBe('Republican Senator');
    expect(roleToEnglish('النائب الجمهوري')).toBe('Republican Representative');
    expect(roleToEnglish('النائبة الديمقراطية')).toBe('Democratic Representative');
  });
  it('the opposition and no party are kept: Opposition MP, Independent MP', () => {
    expect(roleToEnglish('النائب المعارض')).toBe('Opposition MP');
    expect(roleToEnglish('النائبة المستقلة')).toBe('Independent MP');
  });
  it('the name after the camp is still read', () => {
    const text = 'انتقد النائب المعارض سامي فؤاد الحداد خطة الحكومة، فيما رحب بها السيناتور الجمهوري توم بيكر.';
    expect(roleOf(text, 'الحداد')).toBe('Opposition MP');
    expect(roleOf(text, 'بيكر')).toBe('Republican Senator');
  });
  it('no camp is read after a deputy of an office nor after the office of the state', () => {
    expect(roleToEnglish('نائب رئيس الجمهورية')).toBe('Vice President of the Republic');
    expect(roleToEnglish('النائب')).toBe('MP');
  });
});

describe("the words of a state's formal name after «رئيس الجمهورية»", () => {
  it('Islamic, Democratic, People\'s around the nationality name no other office', () => {
    expect(roleToEnglish('رئيس الجمهورية الإسلامية الموريتانية')).toBe('Mauritanian President');
    expect(roleToEnglish('رئيس الجمهورية الإسلامية الإيرانية')).toBe('Iranian President');
    expect(roleToEnglish('رئيس الجمهورية الجزائرية الديمقراطية الشعبية')).toBe('Algerian President');
  });
  it('without a nationality after them the words are not taken', () => {
    expect(roleToEnglish('رئيس الجمهورية الإسلامية')).toBe('President of the Republic');
  });
  it('the holder named after the formal name has it as his role', () => {
    const text = 'استقبل الأمير رئيس الجمهورية الإسلامية الموريتانية محمد ولد الشيخ الغزواني في الديوان.';
    expect(roleOf(text, 'الغزواني')).toBe('Mauritanian President');
  });
});

describe("a known body's words with a sport after them name the game's governing body", () => {
  it('a union of states before a sport is a continental federation, not the union', () => {
    // (Africa's is known by its own name since round 69: the Confederation of African Football, CAF.)
    expect(roleToEnglish('رئيس الاتحاد الأفريقي لكرة القدم')).toBe('President of the Confederation of African Football');
    expect(roleToEnglish('رئيسة الاتحاد الأوروبي لكرة السلة')).toBe('President of the European Basketball Federation');
  });
  it('the union itself, or one of its offices for a field, is unchanged', () => {
    expect(roleToEnglish('رئيس الاتحاد الأوروبي')).toBe('President of the European Union');
    expect(roleToEnglish('رئيس الاتحاد الأفريقي')).toBe('Head of the African Union');
    expect(roleToEnglish('مفوض الاتحاد الأفريقي للسلم والأمن')).toBe('Commissioner of the African Union for Peace and Security');
  });
});
