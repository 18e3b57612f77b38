import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a council named by its members', () => {
  it('is the Council of those members, definite or in the construct', () => {
    expect(roleToEnglish('رئيس مجلس الحكماء')).toBe('Chairman of the Council of Elders');
    expect(roleToEnglish('عضو مجلس العلماء')).toBe('Member of the Council of Scholars');
    expect(roleToEnglish('نائب رئيس مجلس القضاة')).toBe('Deputy Chairman of the Council of Judges');
    expect(roleToEnglish('رئيس مجلس المطارنة')).toBe('Chairman of the Council of Bishops');
  });
  it('takes the people, the seniority and the portfolio that qualify the members', () => {
    expect(roleToEnglish('الأمين العام لمجلس حكماء المسلمين')).toBe('Secretary-General of the Council of Muslim Elders');
    expect(roleToEnglish('عضو هيئة كبار العلماء')).toBe('Member of the Council of Senior Scholars');
    expect(roleToEnglish('رئيس مجلس وزراء الصحة العرب')).toBe('Chairman of the Council of Arab Health Ministers');
    expect(roleToEnglish('الأمين العام لمجلس وزراء الخارجية العرب')).toBe('Secretary-General of the Council of Arab Foreign Ministers');
    expect(roleToEnglish('رئيس مجلس السفراء الأفارقة')).toBe('Chairman of the Council of African Ambassadors');
  });
  it('reaches the officials who hold its offices', () => {
    const text = 'وشارك الأمين العام لمجلس وزراء العدل العرب سامي بن ناصر في الندوة، فيما ألقى عضو مجلس الحكماء الشيخ يوسف الحسيني كلمة.';
    expect(byName(text, 'سامي بن ناصر')?.role_en).toBe('Secretary-General of the Council of Arab Justice Ministers');
    expect(byName(text, 'يوسف الحسيني')?.role_en).toBe('Member of the Council of Elders');
  });
  it('while the chambers and boards the vocabulary names keep their names', () => {
    expect(roleToEnglish('رئيس مجلس الوزراء')).toBe('Prime Minister');
    expect(roleToEnglish('رئيس مجلس الأمناء')).toBe('Chairman of the Board of Trustees');
    expect(roleToEnglish('رئيس مجلس المحافظين')).toBe('Chairman of the Board of Governors');
  });
});

describe('a council of a field no ministry has', () => {
  it('is named by the field before its noun, and a judicial one is headed by its President', () => {
    expect(roleToEnglish('رئيس مجلس القضاء الأعلى')).toBe('President of the Supreme Judicial Council');
    expect(roleToEnglish('رئيسة المجلس الأعلى للقضاء')).toBe('President of the Supreme Judicial Council');
    expect(roleToEnglish('عضو المجلس الأعلى للجامعات')).toBe('Member of the Supreme Universities Council');
    expect(roleToEnglish('أمين عام المجلس الأعلى للسكان')).toMatch(/Supreme Population Council$/);
    const text = 'وقال رئيس مجلس القضاء الأعلى اللبناني سهيل عبود إن التحقيق مستمر.';
    expect(byName(text, 'سهيل عبود')?.role_en).toBe('President of the Lebanese Supreme Judicial Council');
  });
  it("while Iran's Assembly of Experts is the body the press names", () => {
    expect(roleToEnglish('رئيس مجلس خبراء القيادة')).toBe('Chairman of the Assembly of Experts');
  });
});

describe("a committee of a legislature's or a state's field that no ministry names", () => {
  it('is named by the field (Foreign Relations, Plan and Budget, National Dialogue)', () => {
    expect(roleToEnglish('رئيسة لجنة العلاقات الخارجية بمجلس الشيوخ')).toBe('Chairwoman of the Foreign Relations Committee at the Senate');
    expect(roleToEnglish('عضو لجنة الخطة والموازنة النيابية')).toBe('Member of the Parliamentary Plan and Budget Committee');
    expect(roleToEnglish('نائب رئيس لجنة الأمن القومي والسياسة الخارجية')).toBe('Deputy Chairman of the National Security and Foreign Policy Committee');
    expect(roleToEnglish('عضو لجنة الشؤون الدستورية والتشريعية')).toBe('Member of the Constitutional and Legislative Affairs Committee');
    expect(roleToEnglish('رئيس لجنة الحوار الوطني')).toBe('Chairman of the National Dialogue Committee');
    expect(roleToEnglish('رئيس هيئة قضايا الدولة')).toBe('Head of the State Lawsuits Authority');
    const text = 'وقال رئيس لجنة العلاقات الخارجية في البرلمان كريم الزهيري إن الزيارة مهمة.';
    expect(byName(text, 'كريم الزهيري')?.role_en).toBe('Chairman of the Foreign Relations Committee at the Parliament');
  });
});

describe('the nisba of a continent or a region of the world', () => {
  it('names the affairs of a department and the body it qualifies (Asian, Latin, Maghreb, Mediterranean, Eurasian)', () => {
    expect(roleToEnglish('مديرة إدارة الشؤون الآسيوية')).toMatch(/^Director of the Asian Affairs Department$/);
    expect(roleToEnglish('مساعد وزير الخارجية للشؤون الآسيوية')).toBe('Assistant Minister of Foreign Affairs for Asian Affairs');
    expect(roleToEnglish('رئيس المنتدى المتوسطي')).toBe('Head of the Mediterranean Forum');
    expect(roleToEnglish('الأمين العام للاتحاد المغاربي')).toBe('Secretary-General of the Maghreb Union');
    expect(roleToEnglish('رئيس الاتحاد الاقتصادي الأوراسي')).toMatch(/Eurasian Economic Union$/);
  });
});
