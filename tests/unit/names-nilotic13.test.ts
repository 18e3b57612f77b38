import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';
import { transliterateWord } from '@/lib/english/transliterate';

describe('South Sudanese (Dinka and Nuer) names', () => {
  it('a name after the first is read by the letters of its own orthography, not an English surname list', () => {
    // (كير, كول, كور are Kerr, Cole, Corr in Wikidata's English surnames.)
    expect(nameToEnglish('دانيال كير ماكور', { country: 'SS' })).toBe('Daniel Ker Makur');
    expect(nameToEnglish('بطرس كور أكول', { country: 'SS' })).toMatch(/ Kur Akul$/);
  });
  it('ش is ch, the first-syllable ي is e, a final consonant + نق is -ang, و before a is u', () => {
    expect(transliterateWord('دينق', 'nilotic')).toBe('deng');
    expect(transliterateWord('مشول', 'nilotic')).toBe('machul');
    expect(transliterateWord('قرنق', 'nilotic')).toBe('garang');
    expect(transliterateWord('لواك', 'nilotic')).toBe('luak');
    expect(transliterateWord('أووك', 'nilotic')).toBe('awuk');
    // (The e is the first syllable's only: a longer name keeps its i.)
    expect(transliterateWord('ماكيديت', 'nilotic')).toBe('makidit');
  });
  it('a name with a word ending in نق is South Sudanese whatever country the article has', () => {
    expect(nameToEnglish('أقوت دينق ماجوك')).toBe('Agut Deng Majuk');
    expect(nameToEnglish('أقوت دينق ماجوك', { home: 'EG' })).toBe('Agut Deng Majuk');
  });
  it('in a story of Sudan, a name no Arabic or foreign list knows any word of is Dinka or Nuer, not Sudanese Arabic', () => {
    expect(nameToEnglish('قوك قلواك', { home: 'SD' })).toBe('Guk Galuak');
    // A Sudanese Arab's name keeps its reading.
    expect(nameToEnglish('حامد قلواك', { home: 'SD' })).not.toMatch(/Galuak/);
    expect(nameToEnglish('محمد حمدان دقلو', { home: 'SD' })).toMatch(/^Moh?amm?ed Hamdan /);
  });
});

describe('Lao names', () => {
  it('k for ك, v for an initial or intervocalic ف and ph after a consonant, ou, a final t written th', () => {
    expect(nameToEnglish('سومفان فيلاسوك', { country: 'LA' })).toBe('Somphan Vilasouk');
    expect(nameToEnglish('بونكيت سافانسيت', { country: 'LA' })).toBe('Bounkith Savansith');
  });
});
