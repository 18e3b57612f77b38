import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const english = (text: string) => findOfficials(text).map((o) => o.name_en);

// A monarch with a regnal number is named as the world's press names him: Mohammed VI by that name alone, the throne
// being the role's («King of Morocco»); Jordan's king with his style, King Abdullah II, as every reference names him.
describe('a known monarch with a regnal number', () => {
  it('is named as the press names him', () => {
    expect(english('وأكد الملك محمد السادس في خطابه أن المغرب متمسك بالحوار.')).toContain('Mohammed VI');
    expect(english('واستقبل الملك عبدالله الثاني الوفد في عمان.')).toContain('King Abdullah II');
  });
});
