/**
 * Whether a foreign list's near look-alike of a Turkish name word no list holds may stand for it. Turkish letters read
 * the Arabic spelling's consonants one by one and add the short vowels Arabic leaves out (قهرمان Kahraman, صويلو Soylu),
 * so a look-alike that keeps the letters' consonants and vowels is the name; one that changes a consonant, drops a vowel
 * Arabic wrote, joins two vowels Turkish never joins, or gives e to a word that Arabic writes with the back-vowel
 * letters ط ق ص ض ظ is another language's name written alike: كوروم is Kurum, not Crum; يوروك Yörük, not York; قيران
 * Kıran, not Kieran; ألطون Altun, not Elton; طوروس Toros, not Taurus.
 */
const VOWELS = /[aeiouy]/g;

export function turkishLookAlike(near: string, rule: string, word: string): boolean {
  const n = near.toLowerCase();
  const r = rule.toLowerCase();
  if (n.replace(VOWELS, '') !== r.replace(VOWELS, '')) return false;
  if ((n.match(VOWELS)?.length ?? 0) < (r.match(VOWELS)?.length ?? 0)) return false;
  if (/(?!aa)[aeiou]{2}/.test(n)) return false;
  return !(/[طقصضظ]/.test(word) && n.includes('e'));
}
