/**
 * The Turkic languages of the former Soviet Union (Kazakh, Kyrgyz, Uzbek, Turkmen, Azerbaijani) and Tajik open no word
 * with two consonants, and the vowel Arabic leaves out after the first is mostly a: نظروف Nazarov, قمتشيبيك Kamchybek,
 * نظيم Nazim, سرسنبايف Sarsenbayev, where the letter rules put back the e of European names (Nezrov, Kemchibek, Nezim).
 */
const CONSONANT_LETTERS = /^[^اويىءآأإؤئةع][^اويىءآأإؤئةع]/;
const OPENING_E = /^((?:kh|sh|ch|zh|gh|[bcdfghjklmnpqrstvxz]))e(?=[bcdfghjklmnpqrstvxz])/i;

/** The English of a word whose Arabic opens with two consonant letters, its put-back opening e read a. */
export function turkicOpening(english: string, norm: string): string {
  return CONSONANT_LETTERS.test(norm) ? english.replace(OPENING_E, '$1a') : english;
}
