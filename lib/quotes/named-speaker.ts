/**
 * English for a speaker kept as written that is a person's name, when no title, body, group or description reading
 * gave one: the name alone («مريم السويدي» Mariam Elsewedy, «فاطمة» Fatima), or after the noun or honorific the text
 * introduced them with («الطالبة نينو غيلاشفيلي», «الناجية أماليا», «السيدة نجاة», «معالي موزس كوريا»), spelt as
 * officials' names are. Only for the words shown: which speaker the text means is decided before this.
 * Never a common word transliterated: every word of the name is a name word of the dictionaries, a word of no
 * language in a name of two words or after an introducing noun, or the family name after a lineage particle; only
 * a name in apposition to a known noun of persons may hold one word the lexicon also has (see isNameOfPerson). After
 * a style, the name ends where an office begins («سعادة X سفير جمهورية بيرو» → X).
 */
import { normalize } from '../arabic/normalize';
import type { Quote } from '../types';
import { isNameWord, nameToEnglish } from '../english/names';
import { isOrdinaryWord, isPlainVerb, isWordOfNoLanguage } from '../people/evidence';
import { isStopWord } from '../vocab/names';
import { reportingVerb } from '../vocab/reporting';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { ordinaryPersonAt, personAdjective, pronounStyles } from '../vocab/speakers';
import { startsTitle, toWords } from '../officials';

/** «السيد», «السيدة», «الآنسة»: the honorifics of a person of no office. */
const COURTESY = /^(ال)?(سيد|سيده|انسه)$/;
/** «ولد», «بن», «أبو», «أم»: a lineage particle, after which a family name may be a word too («ولد الذهبي»). */
const LINEAGE = /^(ولد|بن|بنت|ابن|ابو|ام)$/;
/** «وهي تقف», «وهو يقول»: a circumstance after the name, no part of it. */
const CIRCUMSTANCE = /^و(هي|هو|هما|هم)$/;
/** A possessive pronoun on the introducing noun: «جارها» her neighbour. */
const POSSESSIVE = /(ه|ها|هم|هما)$/;

/**
 * The quotes whose speaker is still Arabic only once every other reading is done (a family name the people layer
 * completes from the text, «وقال ساني» → «أبو بكر ساني», is theirs first): their English, where the words are a name.
 */
export function nameWrittenSpeakers(quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.speaker_id || q.speaker_en || q.speaker_kind || !q.speaker_ar) continue;
    q.speaker_en = namedSpeakerEnglish(q.speaker_ar);
  }
}

/** Arabic letters only: a word in quotation marks or with digits («الترويكا», 13) is a label, not a name. */
const LETTERS = /^[\u0621-\u064A\u0640-\u065F\u0670]+$/;

export function namedSpeakerEnglish(ar: string): string | null {
  const written = ar.trim().split(/\s+/).filter(Boolean);
  if (!written.every((w) => LETTERS.test(w))) return null;
  const norms = written.map(normalize);
  const cut = norms.findIndex((w) => CIRCUMSTANCE.test(w));
  const introduced = introduction(norms, cut < 0 ? norms.length : cut);
  const office = cut < 0 ? officeAfterStyledName(written, introduced.length) : null;
  const end = cut >= 0 ? cut : office ?? norms.length;
  const from = introduced.length;
  const name = norms.slice(from, end);
  if (!name.length || name.length > 4 || !isNameOfPerson(name, introduced, office !== null)) return null;
  return nameToEnglish(written.slice(from, end).join(' '));
}

/**
 * After a style («سعادة», «معالي»), the name runs up to the office that follows it: «سعادة خوسيه أنطونيو كيسبي وامان
 * سفير جمهورية بيرو» is the name «خوسيه أنطونيو كيسبي وامان», its title after it. Only after a style, which announces
 * a name and then its office; the name keeps at least two words.
 */
function officeAfterStyledName(written: readonly string[], styled: number): number | null {
  if (styled !== 1 || !pronounStyles.has(normalize(written[0]!))) return null;
  const words = toWords(written.join(' '));
  if (words.length !== written.length) return null;
  const norms = words.map((w) => w.norm);
  for (let k = styled + 2; k < words.length; k++) if (startsTitle(words, norms, k)) return k;
  return null;
}

/**
 * The words that introduce the person before their name: an honorific («السيدة», «معالي») or a noun of one person of
 * no office the speaker vocabularies know, with its article or a possessive («الطالبة», «الناجية», «جارها»), and the
 * adjectives after it («الشابة») — `known` — or another definite ordinary noun before a lineage name («المرابطة أم
 * إيهاب»), which proves less.
 */
function introduction(norms: readonly string[], end: number): { length: number; known: boolean } {
  const first = norms[0] ?? '';
  if (COURTESY.test(first) || pronounStyles.has(first.replace(/^ال/, ''))) return { length: 1, known: true };
  const bare = first.startsWith('ال') ? first.slice(2) : first;
  const candidates = [bare, bare.replace(POSSESSIVE, '')];
  if (!first.startsWith('ال') && candidates[1] === bare) return { length: 0, known: false };
  const head = candidates.map((w) => ordinaryPersonAt([w, ...norms.slice(1, end)], 0)).find((h) => h && (h.shape !== 'parent' || first.startsWith('ال')));
  if (!head) {
    const noun = first.startsWith('ال') && isOrdinaryWord(first) && !matchNationality(norms, 0) && LINEAGE.test(norms[1] ?? '');
    return { length: noun ? 1 : 0, known: false };
  }
  let k = head.length;
  while (k < end - 1 && personAdjective(norms[k]!)) k++;
  return { length: k, known: true };
}

/**
 * Every word of `name` can be a person's, and none is a place. After a noun the speaker vocabularies know, the name
 * in apposition to it may hold one word the lexicon also reads as a word («الطالبة نور حياتي», «الأم الشابة ماري
 * بندا») beside a name word; elsewhere none.
 */
function isNameOfPerson(name: readonly string[], introduced: { length: number; known: boolean }, framed = false): boolean {
  if (matchCountryName(name, 0)) return false;
  let ordinary = 0;
  const fits = name.every((w, k) => {
    if (isNameWord(w)) return true;
    if (LINEAGE.test(w)) return k + 1 < name.length;
    if (k > 0 && LINEAGE.test(name[k - 1]!)) return w.startsWith('ال') || !isOrdinaryWord(w);
    // (Not a verb the lexicon lacks in that form: «قالت».)
    if (isWordOfNoLanguage(w)) return (introduced.length > 0 || name.length > 1) && !reportingVerb(w) && !isPlainVerb(w);
    ordinary++;
    // (Framed by a style and an office, a foreign name may hold a word the lexicon reads as a clitic on a word: «وامان».)
    if (framed && k > 0 && name.length > 2 && !isOrdinaryWord(w)) return !reportingVerb(w) && !isPlainVerb(w) && !isStopWord(w);
    return introduced.known && name.length > 1 && isOrdinaryWord(w) && !isPlainVerb(w) && !isStopWord(w);
  });
  return fits && ordinary <= 1;
}
