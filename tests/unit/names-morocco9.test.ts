import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Morocco writes a where Tunisia and Algeria write e', () => {
  it('given names by Morocco’s table, family names with a', () => {
    expect(nameToEnglish('هشام الزرقي', { country: 'MA' })).toBe('Hicham Zarki'); // (a sun letter takes the article in: Zarki, as every such gold writes Tamni, Samadi, Terrab)
    expect(nameToEnglish('كمال بنشقرون', { country: 'MA' })).toMatch(/^Kamal /);
    expect(nameToEnglish('خالد الزرقي', { country: 'MA' })).toMatch(/^Khalid /);
  });
  it('Tunisia keeps its e', () => {
    // (Not a family name with ق, which Tunisia's press writes with the g of its speech since round 60.)
    expect(nameToEnglish('هشام الزرمدي', { country: 'TN' })).toMatch(/^Hichem Ze/);
    expect(nameToEnglish('كمال بنشقرون', { country: 'TN' })).toMatch(/^Kamel /);
  });
});
