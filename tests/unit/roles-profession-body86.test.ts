import { describe, expect, it } from 'vitest';
import { institutionToEnglish, roleToEnglish } from '@/lib/english/roles';
import { analyze } from '../../lib/analyze';

describe('a body named by the profession of its members keeps it in English', () => {
  it('an indefinite plural with its state: the state, the profession, then the noun', () => {
    expect(institutionToEnglish('نقابة مهندسي الأردن')).toBe("Jordan Engineers' Syndicate");
    expect(institutionToEnglish('لجنة صيادلة العراق العليا')).toBe("Iraq Pharmacists' Supreme Committee");
  });
  it('a definite plural with its nationality after it', () => {
    expect(institutionToEnglish('اتحاد المعلمين المغاربة')).toBe("Moroccan Teachers' Union");
    expect(institutionToEnglish('نقابة المهندسين والفنانين')).toBe("Engineers and Artists' Syndicate");
    expect(roleToEnglish('الأمين العام لنقابة المحامين')).toBe("Secretary-General of the Lawyers' Syndicate");
  });
  it('a mission of a body\'s observers is its Observer Mission', () => {
    expect(roleToEnglish('رئيس بعثة مراقبي الاتحاد الأوروبي')).toBe('Head of the EU Observer Mission');
  });
  it('as a speaker, not the bare noun "Union"', () => {
    const text = 'قالت نقابة أطباء اليمن، في بيان الأحد، إن "المستشفيات تعمل بنصف طاقتها".';
    expect(analyze(text).quotes.map((q) => q.speaker_en)).toEqual(["Yemen Doctors' Syndicate"]);
  });
});
