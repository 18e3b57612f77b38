import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('a body named after acts joined by و (issue 11)', () => {
  it('acts named alone, with their article, are the body’s fields, with the adjective after them', () => {
    expect(roleToEnglish('رئيس هيئة التنظيم والرقابة المصرفية')).toBe('Head of the Regulation and Banking Supervision Authority');
    expect(roleToEnglish('رئيس مكتب التعاون والتنسيق العسكري')).toBe('Head of the Military Cooperation and Coordination Office');
    expect(roleToEnglish('مدير مركز القيادة والسيطرة')).toBe('Director of the Command and Control Center');
    expect(roleToEnglish('رئيس دائرة الاستعمال والتحضير')).toBe('Head of the Employment and Preparation Department');
  });
  it('a named body it is a unit of follows the fields', () => {
    expect(roleToEnglish('رئيس مكتب التعاون والتنسيق للأمم المتحدة')).toBe('Head of the Office of Cooperation and Coordination of the United Nations');
    // («أركان» in the construct is the General Staff, as «الأركان» is.)
    expect(roleToEnglish('رئيس دائرة الاستعمال والتحضير لأركان الجيش الوطني الشعبي')).toBe("Head of the Department of Employment and Preparation of the General Staff of the People's National Army");
  });
  it('a series of listed fields alone is read as before', () => {
    expect(roleToEnglish('مدير إدارة التخطيط والمتابعة')).toBe('Director of the Planning and Follow-up Department');
    expect(roleToEnglish('رئيس لجنة المال والموازنة')).toBe('Chairman of the Finance and Budget Committee');
  });
  it('an act done to a field joins a series of fields', () => {
    expect(roleToEnglish('مدير الهجرة ومراقبة الحدود')).toBe('Director of Migration and Border Surveillance');
  });
  it('in an article', () => {
    const text = 'وأعلن رئيس هيئة التنظيم والرقابة المصرفية محمد علي أقبن أن القطاع مستقر.';
    expect(roleOf(text, 'أقبن')).toBe('Head of the Regulation and Banking Supervision Authority');
  });
});

describe('«المالي» after a state’s office is Malian, not financial (issue 11)', () => {
  it('after a minister’s portfolios', () => {
    expect(roleToEnglish('وزير الدفاع وقدامى المحاربين المالي')).toBe('Malian Minister of Defense and Veterans');
    expect(roleToEnglish('وزيرة الخارجية المالية')).toBe('Malian Minister of Foreign Affairs');
    expect(roleToEnglish('وزير المالية')).toBe('Minister of Finance');
  });
  it('after a body only a state has', () => {
    expect(roleToEnglish('الناطق باسم الحكومة المالية')).toBe('Spokesman for the Malian Government');
    expect(roleToEnglish('قائد الجيش المالي')).toBe('Commander of the Malian Army');
  });
  it('an office of finance stays financial', () => {
    expect(roleToEnglish('المستشار المالي للشركة')).not.toContain('Malian');
  });
  it('in an article, followed by a comma', () => {
    const text = 'وعقد اللقاء بحضور تيينا كوليبالي، وزير الدفاع وقدامى المحاربين المالي، وعدد من المسؤولين.';
    expect(roleOf(text, 'كوليبالي')).toBe('Malian Minister of Defense and Veterans');
  });
});
