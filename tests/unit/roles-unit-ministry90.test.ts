import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('the office of a unit, after the holder\'s name, with the bare body it belongs to', () => {
  it('keeps the body that closes the description («بالوزارة،»)', () => {
    const text = 'وحضر اللقاء الأمين العام لوزارة الخارجية، والسيد سالم بن حمد الكواري مدير إدارة الشؤون الآسيوية بالوزارة، وعدد من المسؤولين.';
    expect(roleOf(text, 'سالم بن حمد الكواري')).toBe('Director of the Asian Affairs Department at the Ministry');
  });
  it('as it did before the name', () => {
    const text = 'وحضر اللقاء مدير إدارة الشؤون الآسيوية بالوزارة سالم بن حمد الكواري وعدد من المسؤولين.';
    expect(roleOf(text, 'سالم بن حمد الكواري')).toBe('Director of the Asian Affairs Department at the Ministry');
  });
});
