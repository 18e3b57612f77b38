import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a military base is a body its commander heads', () => {
  it('names the base by what qualifies it', () => {
    expect(roleToEnglish('قائد القاعدة الجوية')).toBe('Commander of the Air Base');
    expect(roleToEnglish('قائد القاعدة العسكرية')).toBe('Commander of the Military Base');
  });

  it('leaves «القاعدة» alone, which names the organisation', () => {
    expect(roleToEnglish('زعيم القاعدة')).toBe('Leader');
  });

  it('gives the holder the office, not the rank, when the office names its base', () => {
    expect(roleOf('وحضر العقيد سامر الحداد، قائد القاعدة الجوية الأردنية في المفرق، الاحتفال.', 'سامر الحداد')).toMatch(/^Commander of the .*Air Base/);
    expect(roleOf('وحضر قائد القاعدة الجوية العميد سامر الحداد الاحتفال.', 'سامر الحداد')).toMatch(/^Commander of the .*Air Base/);
  });
});
