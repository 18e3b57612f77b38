import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const english = (text: string) => findOfficials(text).map((o) => o.name_en);

// A monarch with a regnal number is named by that name alone (Mohammed VI, Abdullah II), as the world's references name
// him; the throne is the role's («King of Morocco»), not the name's.
describe('a known monarch with a regnal number', () => {
  it('is named without the title', () => {
    expect(english('وأكد الملك محمد السادس في خطابه أن المغرب متمسك بالحوار.')).toContain('Mohammed VI');
    expect(english('واستقبل الملك عبدالله الثاني الوفد في عمان.')).toContain('Abdullah II');
  });
});
