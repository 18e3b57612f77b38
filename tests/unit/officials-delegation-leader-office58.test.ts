import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('who leads a delegation, with his own office in apposition after his name', () => {
  it('the office after the name is his title', () => {
    const text = 'وترأس الوفد التونسي الدكتور سليم بن عمار وزير التجهيز والإسكان، بمشاركة عدد من المسؤولين.';
    expect(roleOf(text, 'بن عمار')).toBe('Minister of Equipment and Housing');
  });
  it('with no office after the name, he is the head of the delegation', () => {
    const text = 'وترأس الوفد التونسي سليم بن عمار، فيما ضم الوفد عددا من الخبراء.';
    expect(roleOf(text, 'بن عمار')).toBe('Head of the Tunisian Delegation');
  });
  it('an office before the name is still his', () => {
    const text = 'وترأس الوفد الأردني وزير الخارجية سامر النعيمي في الاجتماع.';
    expect(roleOf(text, 'النعيمي')).toBe('Jordanian Minister of Foreign Affairs');
  });
});
