import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('Central Asian and Azerbaijani names that a foreign list spells as another language\'s look-alike', () => {
  it('reads by the letter rules a listed word with letters the Russian-based romanisation never writes (w, ll, rr, c)', () => {
    // Made-up officials of the class: Wikidata aligns أرين to Warren, بيريك to Perec, إلمان to Allman, نصيروف to Nasyrow.
    expect(nameToEnglish('بيريك أرين', { country: 'KZ' })).toBe('Berik Arin');
    expect(nameToEnglish('إلمان نصيروف', { country: 'AZ' })).not.toMatch(/Allman|Nasyrow/);
  });
  it('writes the j of Kyrgyzstan, Uzbekistan and Turkmenistan j where a list has the French dj', () => {
    expect(nameToEnglish('صدر جباروف', { country: 'KG' })).toMatch(/ J\w+arov$/);
  });
  it('keeps a listed spelling the romanisation does write, and Azerbaijan\'s c read as j', () => {
    expect(nameToEnglish('جيهون بيراموف', { country: 'AZ' })).toBe('Jeyhun Bayramov');
    expect(nameToEnglish('إلهام علييف', { country: 'AZ' })).toBe('Ilham Aliyev');
    expect(nameToEnglish('سيرغي لافروف', { country: 'RU' })).toBe('Sergey Lavrov');
  });
});

describe('Spanish and Italian names, whose alphabets have no w', () => {
  it('reads و between a consonant and a vowel as u', () => {
    // «خيسوس سانتوس أغوادو» (Spain's ambassador in Beirut, Al-Diyar, 14 Feb 2024): Aguado, not Agwado.
    expect(nameToEnglish('خيسوس سانتوس أغوادو', { country: 'ES' })).toBe('Jesus Santos Aguado');
    expect(nameToEnglish('دينا بولوارتي', { country: 'PE' })).toMatch(/ Boluarte$/);
  });
  it('keeps the w of a Bantu name in a Portuguese-speaking story, and an opening w', () => {
    expect(nameToEnglish('إيمرسون منانغاغوا', { country: 'ZW' })).toMatch(/gwa$/);
    expect(nameToEnglish('واشنطن أبدالا', { country: 'UY' })).toMatch(/^W/);
  });
});

describe('French-speaking Africa\'s names no list holds', () => {
  it('writes ك k, as its Bantu, Mande and Mossi names are written', () => {
    // «تيريز كاييكوامبا فاغنر» (DR Congo's foreign minister): Kayikwamba, not Caiecouamba.
    expect(nameToEnglish('تيريز كاييكوامبا فاغنر', { country: 'CD' })).toMatch(/ Ka\w+ Wagner$/);
    expect(nameToEnglish('جوزيف كابيلا', { country: 'CD' })).toBe('Joseph Kabila');
  });
  it('keeps the c of the family names the lists spell with it', () => {
    expect(nameToEnglish('أمادو كوليبالي', { country: 'CI' })).toMatch(/ Coulibaly$/);
  });
});
