import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { foreignNameWord, rareForeignSpelling } from '@/lib/vocab/names';

describe('A single Wikidata sighting spells a name word the western rules nearly read', () => {
  it('keeps the sighting where the rules miss a vowel or a letter', () => {
    expect(nameToEnglish('أولوسيغون بانكولي', { country: 'NG' })).toBe('Olusegun Bankole');
    expect(nameToEnglish('نغوزي تشينيدو', { country: 'NG' })).toBe('Ngozi Chinedu');
    expect(nameToEnglish('كريستيان توبيرا', { country: 'FR' })).toBe('Christian Taubira');
  });
  it('is a spelling only, not a listed name that would open the origin and name checks', () => {
    expect(rareForeignSpelling('بانكولي')).toBe('bankole');
    expect(foreignNameWord('بانكولي')).toBeUndefined();
  });
  it("leaves a word with Arabic letters, a doubled letter or a vowel inside an opening cluster to the rules", () => {
    expect(nameToEnglish('الحبيب بورقيبة', { country: 'TN' })).toBe('Habib Bourguiba');
    expect(nameToEnglish('ساريتا', { country: 'ID' })).not.toBe('Saretta');
    expect(rareForeignSpelling('دريان')).toBeUndefined();
  });
  it('leaves a word seen with several spellings once each (different bearers) to the rules', () => {
    expect(rareForeignSpelling('كابيلا')).toBeUndefined();
    expect(nameToEnglish('جوزيف كابيلا', { country: 'CD' })).toBe('Joseph Kabila');
  });
});
