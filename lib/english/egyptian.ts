/**
 * Egypt's press writes the Arab names of its people with the g of Cairo's speech for ج: Gamal, Ragab, Naglaa, Hegazy,
 * Megahed, Abdel Gawad. A word with letters the Arabic rules never write is a Western name an Arabic list spells in its
 * own letters, and keeps them (Jacqueline).
 */
export function egyptianLetters(english: string): string {
  if (/[pvx]|c(?!h)|qu/i.test(english)) return english;
  return english.replace(/j/g, 'g').replace(/J/g, 'G');
}
