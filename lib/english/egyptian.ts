/**
 * Egypt's press writes the Arab names of its people with the g of Cairo's speech for ج: Gamal, Ragab, Naglaa, Hegazy,
 * Megahed, Abdel Gawad. A word with letters the Arabic rules never write is a Western name an Arabic list spells in its
 * own letters, and keeps them (Jacqueline).
 */
export function egyptianLetters(english: string): string {
  if (/[pvx]|c(?!h)|qu/i.test(english)) return english;
  return english.replace(/j/g, 'g').replace(/J/g, 'G');
}

/**
 * The rest of the Egyptian press's spelling of a family name, where the Gulf's is the letters': the article is El-
 * (El-Sharkawy, El-Moselhy, El-Gowaily), ق is k (Tarek, Shawky, El-Kasaby, El-Feki) and the final ي of a nisba or a
 * name of two syllables and more is y (Madbouly, Fahmy, Hegazy, Tantawy). A short name keeps its i (Zaki, Radi, Sisi).
 * Counted over the Egyptian officials of the readable gold files: El- 55 to Al- 3, k 24 to q 2, y 31 to i 12.
 * `stated`: the article says the person is Egyptian. The k is Cairo's speech, a letter of the name itself, kept for
 * them; the article and the final y are the press's house style, given too to a person the story's country lends Egypt
 * (an Arab official of an agency in Cairo keeps the q of her own country: Al-Qasir, not Kasir).
 */
export function egyptianFamilyName(english: string, norm: string, stated = true): string {
  if (/[pvx]|c(?!h)/i.test(english)) return english;
  const articled = /^Al-/.test(english);
  let stem = articled ? english.slice(3) : english;
  if (stated && norm.includes('ق')) stem = stem.replace(/q/g, 'k').replace(/Q/g, 'K');
  if (/ي$/.test(norm) && stem.length >= 5 && /[^aeiouy]i$/.test(stem)) stem = stem.slice(0, -1) + 'y';
  return articled ? 'El-' + stem : stem;
}
