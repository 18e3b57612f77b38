import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { transliterateWord } from '@/lib/english/transliterate';

describe('English-speaking Africa: names written with u and k', () => {
  it('و inside a name is u, at its start and end o; ك is k', () => {
    expect(transliterateWord('موكوندي', 'african')).toBe('mukundi');
    expect(nameToEnglish('جوزيف موكوندي', { country: 'UG' })).toMatch(/Mukundi$/);
    expect(nameToEnglish('بيتر كوبونغو', { country: 'KE' })).toMatch(/Kubungo$/);
    // (A southern Nigerian's family name that opens with a vowel is read with e and o since round 60: Okotema.)
    expect(nameToEnglish('أولوفيمي أوكوتيما', { country: 'NG' })).toMatch(/ Okotema$/);
    // France's and French-speaking Africa's names are not read so.
    expect(nameToEnglish('جوزيف موكوندي', { country: 'FR' })).not.toMatch(/Mukundi$/);
  });
  it('ق is the hard g of South Sudanese names, but k in a word of Arabic letters', () => {
    expect(transliterateWord('قاي', 'african')).toMatch(/^g/);
    expect(nameToEnglish('جون قاتكوث', { country: 'SS' })).toMatch(/ Gatkuth$/);
    expect(nameToEnglish('أحمد يعقوبو', { country: 'NG' })).toMatch(/ Yakub[ou]$/);
  });
  it('a Bantu name may open with a nasal and a consonant', () => {
    expect(transliterateWord('مبوروكي', 'african')).toBe('mburuki');
    expect(transliterateWord('نكوسي', 'african')).toBe('nkusi');
  });
});
