import { arabicNameWord, foreignNameWord, isArabicRuleSpelled } from '../vocab/names';
import { capitalize } from './transliterate';

/**
 * Indonesia, Malaysia and Brunei, whose Muslims carry Arabic names written with Malay letters (not Sri Lanka, whose
 * Muslims' names are written the South Asian way, nor East Timor).
 */
export const MALAY_ARABIC = new Set(['ID', 'MY', 'BN']);

/** An Arabic name word: one an Arabic name list holds or the Arabic letter rules spell, or one with a letter only Arabic words have (فضلي, حياتي). */
export function malayArabicStock(norm: string): boolean {
  return arabicNameWord(norm) !== undefined || isArabicRuleSpelled(norm) || /[عحصضظقطذث]/.test(norm);
}

/**
 * An Arabic name in the Malay world's letters, which write Arabic's three vowels a, i, u and no French ou or English ee
 * and oo: Nur, Harun, Rauf, Yusef (not Nour, Haroun, Raouf, Youssef); the e that the Arab press's spelling or the letter
 * rules put in an open syllable is a (Fadli, Mahathir, Shahrul, Afandi; not Fedli, Mehatir), ei is ai (Hussain), and a
 * final -ed is -id in the participle فاعل (Zahid, Khalid, Rashid) and -ad elsewhere (Ahmad, Mohamad).
 */
export function malayVowels(english: string, norm: string): string {
  const participle = /^[^اويى]ا[^اويى]{2}$/.test(norm);
  return english.replace(/ou/g, 'u').replace(/Ou/g, 'U').replace(/ee/g, 'i').replace(/oo/g, 'u')
    .replace(/ei/g, 'ai').replace(/ed$/, participle ? 'id' : 'ad')
    .replace(/e(?=[^aeiouy\s-]+[aeiouy])/g, 'a').replace(/E(?=[^aeiouy\s-]+[aeiouy])/g, 'A');
}

/**
 * The Malay world's English of an Arabic name word: the Arabic list's spelling where a foreign list's French one was
 * read (Yousef, Lutfi, Othman; not Youssef, Lotfi, Osman), in Malay vowels.
 */
export function malayArabicName(english: string, norm: string): string {
  const arabic = arabicNameWord(norm);
  const listed = arabic !== undefined && english.toLowerCase() === foreignNameWord(norm) ? capitalize(arabic) : english;
  return malayVowels(listed, norm);
}
