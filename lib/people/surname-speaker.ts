/**
 * A quote whose speaker is still a bare family name with no English (a user would see Arabic in the English card):
 * - "وأكد درويش أن" after "… عبد الله درويش" in a list the officials layer reads last (people/lists): the one official
 *   named before with that family name (the quotes layer links the officials it knew of itself: quotes/index
 *   byFamilyName);
 * - "وقال ساني" after "… أبو بكر ساني شكك", no official: the name written in full before, in English.
 */
import { normalize } from '../arabic/normalize';
import { isNameWord, nameToEnglish } from '../english/names';
import { isStopWord } from '../vocab/names';
import { isOrdinaryWord, isWordOfNoLanguage } from './evidence';
import { matchNationality } from '../vocab/nationalities';
import { reportingVerb } from '../vocab/reporting';
import type { Official, Quote } from '../types';

/**
 * The one official named before character `before` whose name holds these words after its first word (Spanish and
 * Portuguese names keep the father's name second, «روبرتو كاسترو مينديز»); none where two officials share them.
 */
export function holderOfFamilyName(officials: readonly Official[], words: readonly string[], before: number): Official | null {
  const key = ` ${words.join(' ')} `;
  let found: Official | null = null;
  for (const o of officials) {
    const name = ` ${normalize(o.name_ar).split(' ').slice(1).join(' ')} `;
    if (!name.includes(key) || !o.mentions.some(([s]) => s < before)) continue;
    if (found && found !== o) return null;
    found = o;
  }
  return found;
}

const GIVEN_MAX = 3;

/**
 * "وقال ساني" after "… أبو بكر ساني شكك": the name the text wrote in full before, the family name's words and the
 * given names right before them (no punctuation between), when no official or person holds it.
 */
function fullNameBefore(text: string, words: readonly string[], before: number): string | null {
  // (A family name may be a common word too, «مرابط», «الذهبي»: the given names before it say it is a name here.)
  if (words.length > 1 || words.some(isStopWord)) return null;
  const tokens = [...text.slice(0, before).matchAll(/\S+/g)].map((m) => m[0]);
  const bare = (t: string) => t.replace(/[«»"“”()\[\].,،:؛;!?؟]/g, '');
  const norms = tokens.map((t) => normalize(bare(t)));
  // (Not the verb before the name, «فقال», nor an adjective of nationality, «الليبي عبد الله الكبير»: a definite one; a
  // given name may read as an indefinite one, «ألبان بانجين». A foreign given name is a word of no language,
  // «نورلانبيك شاكييف», before a family name that is no word of the language either: not «وجهت النيابة».)
  const foreign = !words.some(isOrdinaryWord);
  const given = (k: number) => (isNameWord(norms[k]!) || (foreign && isWordOfNoLanguage(norms[k]!))) && !reportingVerb(norms[k]!)
    && !(/^[وفبل]?ال/.test(bare(tokens[k]!)) && matchNationality(norms, k));
  const closed = (t: string) => /[«»"“”()\[\].,،:؛;!?؟]$/.test(t) || /^[«"“(]/.test(t);
  for (let k = 1; k + words.length <= tokens.length; k++) {
    if (!words.every((w, j) => norms[k + j] === w)) continue;
    let first = k;
    while (first > 0 && k - first < GIVEN_MAX && !closed(tokens[first - 1]!) && given(first - 1)) first--;
    if (first < k) return tokens.slice(first, k + words.length).map(bare).join(' ');
  }
  return null;
}

export function linkFamilyNameSpeakers(officials: readonly Official[], quotes: Quote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_id || q.speaker_en || q.speaker_kind || !q.speaker_ar) continue;
    const words = normalize(q.speaker_ar).split(' ');
    if (words.length > 2) continue;
    const o = holderOfFamilyName(officials, words, q.start);
    if (o) { Object.assign(q, { speaker_id: o.id, speaker_ar: o.name_ar, speaker_en: o.name_en, speaker_span: null, speaker_description_ar: null, speaker_description_en: null }); continue; }
    const full = fullNameBefore(text, words, q.start);
    if (full) Object.assign(q, { speaker_ar: full, speaker_en: nameToEnglish(full) });
  }
}
