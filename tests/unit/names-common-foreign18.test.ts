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
});
