import { arabicNameWord, foreignNameWord } from '../vocab/names';
import { transliterateWord } from './transliterate';

/**
 * A Central Asian name compounded on -bek, «lord» (Kyrgyz, Kazakh and Uzbek: Aidarbek, Kosmosbek, Ulugbek), and the
 * family name made on it (Aidarbekov, Jeenbekov, Menilbekov): Arabic writes the e of -bek with ي, which the letters read
 * -bik (Idarbikov, Kosmosbik); the lists know only a few such names whole. The head before -bek keeps its own reading.
 * Only after a head of two letters or more, so that a Russian's بيكوف stays Bykov.
 */
export function turkicBek(norm: string): string | null {
  const m = /^(.{2,}?)بيك(وف|وفا|ا)?$/.exec(norm);
  if (!m || foreignNameWord(norm) !== undefined || arabicNameWord(norm) !== undefined) return null;
  const ending = m[2] === undefined ? '' : m[2] === 'ا' ? 'a' : m[2].endsWith('ا') ? 'ova' : 'ov';
  return transliterateWord(m[1]!, 'russian') + 'bek' + ending;
}
