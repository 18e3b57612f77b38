/**
 * The family names of southern Nigeria and Ghana (Yoruba, Igbo, Edo, Akan) that open with a vowel and no list holds
 * (أديوولي Adewole, أريغبيسولا Aregbesola, أويديبو Oyedepo, إيميفيلي Emefiele): their orthographies write e and o in
 * almost every syllable where the East's and South's Bantu names have i and u, so Arabic's ي is e and its و is o, a
 * doubled وو is wo, and an ي after another vowel is ye (Oyedepo, Adeoye). The Hausa names of the north are Arabic ones
 * (Abubakar, Yakubu), which the lists spell.
 */
import { consonant, capitalize } from './transliterate';

const VOWEL = new Set([...'اآأإويىة']);
/** Countries whose southern family names these are. */
export const WEST_AFRICAN_VOWEL_NAMES = new Set(['NG', 'GH']);

/** A normalised word's shape: a family name that opens with a vowel letter (أ، إ، آ as normalised ا). */
export const opensWithVowel = (written: string) => /^[أإآ]./.test(written);

/** The opening vowel letter: أ is a, or nothing before the و or ي that writes the vowel (Oyedepo, Ayu); إ is i, e before ي. */
function opening(c: string, next: string | undefined): string {
  if (c === 'إ') return next === 'ي' ? 'e' : 'i';
  return next === 'و' || next === 'ي' ? '' : 'a';
}

/** ي: e after a consonant, ye after another vowel (Oyedepo, Adeoye), y after a; a doubled يي is e, ei at the end (Osei). */
function ya(prev: string, next: string | undefined, afterGlide: boolean, second: boolean): string {
  if (prev === 'ي') return next === undefined ? 'i' : '';
  if (prev === 'ا') return 'y';
  return VOWEL.has(prev) && !afterGlide && second ? 'ye' : 'e';
}

export function westAfricanFamilyName(written: string): string {
  const chars = [...written.replace(/[\u064B-\u065F\u0670\u0640]/g, '')];
  let out = opening(chars[0]!, chars[1]);
  // (After إ the ي its e is written with is read: إيميفيلي is E-mefiele.)
  let i = chars[0] === 'إ' && chars[1] === 'ي' ? 2 : 1;
  let glide = false;
  for (; i < chars.length; i++) {
    const c = chars[i]!, prev = chars[i - 1]!, next = chars[i + 1];
    const afterVowel = VOWEL.has(prev);
    const wasGlide = glide;
    glide = false;
    if (c === 'ت' && next === 'ش') { out += 'ch'; i++; continue; }
    switch (c) {
      case 'ا': case 'آ': case 'ى': case 'ة': out += 'a'; break;
      case 'أ': case 'إ': case 'ء': case 'ئ': case 'ع': out += afterVowel ? '' : 'a'; break;
      // (o, but w before another vowel, the onset of its syllable: Adewole's وو, Ablakwa's وا, Ihekweazu's وي.)
      case 'و':
        glide = i > 1 && (next === 'و' || next === 'ا' || (next === 'ي' && !afterVowel));
        out += glide ? 'w' : 'o';
        break;
      case 'ي': out += ya(prev, next, wasGlide, i > 1); break;
      default: out += consonant(c, 'african', false, next, prev, chars[i + 2]);
    }
  }
  return capitalize(out);
}
