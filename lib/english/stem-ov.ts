import { arabicNameWord, foreignNameWord, isArabicRuleSpelled } from '../vocab/names';
import { transliterateWord } from './transliterate';
import { closeness } from './closeness';

/** How near a list's spelling of a stem must be to what the stem's letters read (Mustafa to mastfa is 0.71). */
const NEAR_READING = 0.7;

/**
 * A Russian-style family name made on an Arabic name (Central Asia's, the Caucasus's: سعيدوف Saidov, رحيموفا Rakhimova,
 * قدراتوف Kudratov, كاملوف Kamilov), which no list knows whole: the stem as the Arabic lists or rules spell it, in the
 * letters of the Russian press (k for q, u for ou, i for ee, kh for ح, v for و), and -ov, -ova, -ev, -eva; after a
 * stem's final vowel the soft ending is -yev (Mustafayev, Hajiyev, Aliyev). `latinH`: the country's own letters write ح h.
 */
export function arabicStemOv(norm: string, latinH = false): string | null {
  const m = /^(.{3,}?)(وف|وفا|يف|يفا)$/.exec(norm);
  if (!m || foreignNameWord(norm) !== undefined) return null;
  const stem = m[1]!;
  const spelt = stemSpelling(stem);
  if (!spelt) return null;
  let s = spelt.replace(/q/g, 'k').replace(/ou|oo/g, 'u').replace(/ee/g, 'i').replace(/ae/g, 'ai').replace(/(.)\1/g, '$1').replace(/w/g, 'v');
  if (stem.includes('ح') && !latinH) s = s.replace(/(^|[^kscgdtz])h/, '$1kh');
  const soft = /[aeiou]$/.test(s) ? 'yev' : 'ev';
  return s + (m[2]!.startsWith('و') ? 'ov' : soft) + (m[2]!.endsWith('ا') ? 'a' : '');
}

/**
 * The stem's English. Arabic writes -yev after a long vowel ييف, so the stem before يف keeps one ي of it: مصطفاييف is
 * مصطفى (Mustafa) and حاجييف حاج with its i (Haji); a stem in ا is looked up as Arabic writes it at a word's end, ى or
 * اء (مصطفى، وفاء), or as the world's lists spell it (ميرزا Mirza).
 */
function stemSpelling(stem: string): string | undefined {
  const whole = arabicNameWord(stem) ?? (isArabicRuleSpelled(stem) ? transliterateWord(stem, 'arab') : undefined);
  if (whole || !stem.endsWith('ي') || stem.length < 4) return whole;
  const base = stem.slice(0, -1);
  if (base.endsWith('ا')) {
    // (Only a spelling near what the letters read: a list's جوري is the Arab girl's name, not Uzbek Jura of جوراييف.)
    const read = transliterateWord(base, 'arab');
    return [arabicNameWord(base.slice(0, -1) + 'ي'), arabicNameWord(base + 'ء'), arabicNameWord(base), foreignNameWord(base)]
      .find((spelt) => spelt !== undefined && closeness(spelt, read) >= NEAR_READING);
  }
  const spelt = arabicNameWord(base) ?? (isArabicRuleSpelled(base) ? transliterateWord(base, 'arab') : undefined);
  return spelt && !/[aeiou]$/.test(spelt) ? spelt + 'i' : spelt;
}
