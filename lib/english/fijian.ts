/**
 * Fiji's names, read with the letters of Fijian's English spelling: v for ف, Fijian having no f of its own (سيتيفيني →
 * Sitiveni, فيليموني Vilimoni), and k for the hard c English letters would write (رابوكا → Rabuka, كوروي Koroi), c being
 * Fijian's th. Its vowels stay as Arabic writes them, o in Koroi and Waisiroba where India's names take u.
 */
export const FIJIAN = new Set(['FJ']);

export function fijianLetters(english: string): string {
  return english.replace(/f/g, 'v').replace(/F/g, 'V').replace(/c(?!h)/g, 'k').replace(/C(?!h)/g, 'K');
}
