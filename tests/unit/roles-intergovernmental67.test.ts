import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('intergovernmental organisations named by their own name (assets/meeting-vocab.json, which both the roles and the delegations read)', () => {
  it('regional communities and treaty organisations keep their English names, with "the"', () => {
    expect(roleToEnglish('الأمين العام لمنظمة الدول الأمريكية')).toBe('Secretary-General of the Organization of American States');
    expect(roleToEnglish('الأمين التنفيذي لمجموعة التنمية للجنوب الأفريقي')).toMatch(/of the Southern African Development Community$/);
    expect(roleToEnglish('رئيس مجموعة شرق أفريقيا')).toMatch(/of the East African Community$/);
    expect(roleToEnglish('المدير العام لمنظمة حظر الأسلحة الكيميائية')).toBe('Director General of the Organisation for the Prohibition of Chemical Weapons');
  });
  it('UN agencies the press names by an acronym or a short name take no article', () => {
    expect(roleToEnglish('الأمين العام لمؤتمر الأمم المتحدة للتجارة والتنمية')).toBe('Secretary-General of UNCTAD');
    expect(roleToEnglish('المديرة التنفيذية لهيئة الأمم المتحدة للمرأة')).toMatch(/of UN Women$/);
  });
});
