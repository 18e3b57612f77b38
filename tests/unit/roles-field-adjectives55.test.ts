import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('a field of administration takes the adjectives that agree with it', () => {
  it('renders them before the field', () => {
    expect(roleToEnglish('رئيس المراسم الملكية')).toBe('Head of Royal Protocol');
    expect(roleToEnglish('مدير المراسم')).toBe('Director of Protocol');
  });

  it('keeps a nationality after the field out of it', () => {
    expect(roleToEnglish('رئيس المراسم الأردني')).not.toMatch(/Jordanian Protocol/);
  });

  it('lets the office, not the style after it, be the holder\'s role', () => {
    expect(roleOf('وشارك في الاستقبال الوزير فهد العلي، ومدير المراسم الملكية الشيخ ناصر بن حمد الراشد.', 'ناصر بن حمد الراشد')).toBe('Director of Royal Protocol');
  });
});
