import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('OPEC by its Arabic name', () => {
  it('is OPEC, whose Secretary-General the title names', () => {
    expect(roleOf('فيينا - وكان الأمين العام لمنظمة البلدان المصدرة للبترول "أوبك" سالم العتيبي قد أكد أن الأسواق متوازنة.', 'سالم العتيبي')).toBe('Secretary-General of OPEC');
  });
});
