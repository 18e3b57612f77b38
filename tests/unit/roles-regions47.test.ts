import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en ?? null;

describe('the Arab regions departments are named by', () => {
  it('reads «المشرق» and «المشرق العربي» as the Mashreq', () => {
    expect(roleToEnglish('المدير الإقليمي لدائرة المشرق في البنك الدولي')).toBe('Regional Director of the Mashreq Department at the World Bank');
    expect(roleToEnglish('مدير دائرة المشرق العربي')).toBe('Director of the Mashreq Department');
  });
  it('reads «العالم العربي» as the Arab World, and the office wins over the rank after it (sentence of our own)', () => {
    expect(roleToEnglish('مدير إدارة العالم العربي')).toBe('Director of the Arab World Department');
    const text = 'وحضر اللقاء المدير العام للعالم العربي بوزارة الخارجية السفير كمال ناصر.';
    expect(roleOf(text, 'كمال ناصر')).toMatch(/^Director General of the Arab World\b/);
  });
});
