import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a describing word no vocabulary knows after a definite head does not cut the office short', () => {
  it('the body after it with «ل» is still the office\'s', () => {
    expect(roleToEnglish('المدير الحالي للصندوق')).toBe('Director of the Fund');
    // («القانوني» has been a known modifier since roles97: the Legal Adviser.)
    expect(roleToEnglish('المستشار القانوني لوزارة الخارجية')).toBe('Legal Adviser of the Ministry of Foreign Affairs');
  });
  it('«الأقدم» is Senior, «السامي» High', () => {
    expect(roleToEnglish('الوكيل الأقدم لوزارة الخارجية')).toBe('Senior Undersecretary of the Ministry of Foreign Affairs');
    expect(roleToEnglish('الممثل السامي للاتحاد الأفريقي')).toBe('High Representative of the African Union');
  });
  it('in a delegation\'s list, the ministry the article named', () => {
    const text = 'وعقد الجانبان جلسة مباحثات في مقر وزارة الخارجية، شارك فيها من الجانب العراقي الوكيل الأقدم للوزارة سامر حميد الكعبي، ومدير دائرة آسيا السفير كريم مهدي الموسوي.';
    expect(roleOf(text, 'سامر حميد الكعبي')).toMatch(/^Senior Undersecretary of the Ministry/);
  });
  it('not after the head of a body, whose chair a word there says is held in turn', () => {
    expect(roleToEnglish('الرئيس الحالي للاتحاد الأفريقي')).toBe('President');
  });
  it('a nationality, a name or a known modifier is read as before', () => {
    expect(roleToEnglish('الرئيس البرازيلي للمملكة')).toBe('Brazilian President');
    expect(roleToEnglish('الأمين العام للأمم المتحدة')).toBe('UN Secretary-General');
    expect(roleToEnglish('الوكيل الدائم لوزارة الخارجية')).toBe('Permanent Undersecretary of the Ministry of Foreign Affairs');
  });
});

describe('a ministry named for affairs is the body an adviser serves, not his remit', () => {
  it('«مستشار وزارة الخارجية»: Adviser of the Ministry of Foreign Affairs', () => {
    expect(roleToEnglish('مستشار وزارة الخارجية')).toBe('Adviser of the Ministry of Foreign Affairs');
    expect(roleToEnglish('مستشار الشؤون الخارجية')).toBe('Adviser for Foreign Affairs');
  });
});
