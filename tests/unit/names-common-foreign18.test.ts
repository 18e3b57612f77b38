import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { foreignNameWord } from '@/lib/vocab/names';

const find = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('common foreign given names the western letter rules spell right', () => {
  it('are foreign name words all the same (Wikidata sees them often), spelled as the world spells them', () => {
    expect(foreignNameWord('جاكوب')).toBe('jacob');
    expect(foreignNameWord('ارنولد')).toBe('arnold');
    expect(foreignNameWord('اماندا')).toBe('amanda');
  });

  it('spell the given name of an official after his title as the world does, not by the Arabic rules', () => {
    expect(find('وقال وزير المالية الكيني جاكوب موانغي إن الموازنة متوازنة.', 'جاكوب موانغي')?.name_en).toMatch(/^Jacob /);
  });

  it('anchor a surname that reads as a word in the accusative, before a comma and an office («X Y، نائب وزير …»)', () => {
    expect(find('وحضر المؤتمر أرنولد كاتانا، نائب وزير الخارجية الزامبي، وعدد من السفراء.', 'أرنولد كاتانا')?.role_en).toMatch(/Deputy/);
    expect(find('وكانت في استقبال الوفد أماندا ساكا، رئيسة لجنة الشؤون الخارجية في البرلمان الكيني.', 'أماندا ساكا')?.role_en).toMatch(/Committee/);
    expect(find('وأكد جاكوب لوكودا، وزير المالية في أوغندا، أن الدين تراجع.', 'جاكوب لوكودا')?.role_en).toMatch(/Minister of Finance/);
  });
});
