import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('«روسيا الاتحادية» in a title', () => {
  it('is the Russian Federation, as diplomats\' titles name it', () => {
    expect(roleOf('وحضر الاستقبال السفير حسام الدين كمال، سفير الأردن لدى روسيا الاتحادية، وعدد من المسؤولين.', 'حسام الدين كمال')).toBe('Ambassador of Jordan to the Russian Federation');
  });
  it('where «روسيا» alone stays Russia', () => {
    expect(roleOf('وحضر الاستقبال السفير حسام الدين كمال، سفير الأردن لدى روسيا، وعدد من المسؤولين.', 'حسام الدين كمال')).toBe('Ambassador of Jordan to Russia');
  });
});
