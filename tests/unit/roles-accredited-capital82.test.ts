import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('an ambassador named by his nationality, accredited «لدى» a capital', () => {
  it('is accredited to the capital\'s state, the city kept after it', () => {
    expect(roleOf('وحضر المباحثات السفير الهندي لدى الرياض سهيل خان والوفد المرافق.', 'سهيل خان')).toBe('Indian Ambassador to Saudi Arabia, in Riyadh');
    expect(roleOf('وقالت السفيرة الكندية لدى نيروبي كارين أندرسون إن بلادها ستدعم المشروع.', 'كارين أندرسون')).toBe('Canadian Ambassador to Kenya, in Nairobi');
  });
  it('while one «في» the capital stays in the city', () => {
    expect(roleOf('وحضر المباحثات السفير الهندي في الرياض سهيل خان والوفد المرافق.', 'سهيل خان')).toBe('Indian Ambassador in Riyadh');
  });
});
