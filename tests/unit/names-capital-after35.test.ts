import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a capital after a whole name, before «و» and another place', () => {
  it('is where the person goes, not a family name', () => {
    expect(names('ويزور وزير الداخلية الألماني هورست زيهوفر أثينا وأنقرة هذا الأسبوع لبحث الاتفاق.')).toContain('هورست زيهوفر');
    expect(names('ويزور وزير الخارجية الفرنسي جان لودريان القاهرة وعمان الأسبوع المقبل.')).toContain('جان لودريان');
  });
  it('leaves a capital alone that no other place follows', () => {
    expect(names('وقال وزير الخارجية اليوناني نيكوس دندياس، إن بلاده مستعدة.')).toContain('نيكوس دندياس');
  });
});
