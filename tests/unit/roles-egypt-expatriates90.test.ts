import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('Egypt\'s ministry of foreign affairs, emigration and Egyptians abroad', () => {
  it('keeps its whole name in English («وشئون المصريين بالخارج» too)', () => {
    expect(roleOf('القاهرة - التقى سامح فهمي، وزير الخارجية والهجرة وشئون المصريين بالخارج، اليوم نظيره الكيني.', 'سامح فهمي')).toBe('Minister of Foreign Affairs, Emigration and Egyptian Expatriates');
  });
});
