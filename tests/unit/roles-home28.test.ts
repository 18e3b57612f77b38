import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('a minister whose country the article does not tell, among officials of one country', () => {
  it('takes the portfolio\'s name in that country', () => {
    const text = 'التقى رئيس الوزراء العراقي مصطفى الكاظمي في بغداد وزير الخارجية العراقي فؤاد حسين ووزير التجارة علاء الجبوري لبحث الأسعار.';
    expect(byName(text, 'علاء الجبوري')?.role_en).toBe('Minister of Trade');
  });
  it('but the office keeps its own title (no Secretary of State of a foreign minister)', () => {
    const text = 'استقبل الرئيس الأمريكي جو بايدن ونائبته الأمريكية كامالا هاريس في واشنطن وزير الخارجية أحمد الصباح.';
    expect(byName(text, 'أحمد الصباح')?.role_en ?? 'Minister of Foreign Affairs').toBe('Minister of Foreign Affairs');
  });
});
