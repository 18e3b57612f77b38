/**
 * Evidence that a word can be part of a personal name, word by word: the gazetteer and the name dictionaries for,
 * the lexicon of ordinary words against. A word that is an ordinary word and not an attested name word is no part
 * of a name ("طريق", "الاقتصادي", "بسبب", "قائلة"); one attested both ways (سعيد، هارون) is left to its context.
 */
import { normalize } from '../arabic/normalize';
import { cachedIn } from '../bounded-cache';
import { knownPeople } from '../gazetteer';
import stopList from '../../assets/name-stop-words.json';
import placeNames from '../../assets/places.json';
import nationalityData from '../../assets/nationalities.json';
import { arabicNameWord, foreignNameWord, inNameDictionaries, isArabicRuleSpelled, isWorldName } from '../vocab/names';
import { isOwnedSaying } from '../vocab/reporting';
import { isAlsoName, isDictionaryEntry, isFeminineOfNameStem, isVerbAsWritten, lexicalReading } from './lexicon';

let gazetteerWords: Set<string> | null = null;
/** A word of some known person's Arabic spelling. */
export function isGazetteerWord(norm: string): boolean {
  if (!gazetteerWords) {
    gazetteerWords = new Set();
    for (const p of knownPeople) {
      for (const n of [...p.names_ar, ...(p.short_ar ?? []), ...(p.after_title_ar ?? [])]) {
        for (const w of normalize(n).split(/[\s-]+/)) if (w.length > 1) gazetteerWords.add(w);
      }
    }
  }
  return gazetteerWords.has(norm) || (norm.startsWith('ال') && gazetteerWords.has(norm.slice(2)));
}

const cache = new Map<string, boolean>();

/** A word some name source lists, as written or without its article. */
const listedAsName = (norm: string) => inNameDictionaries(norm) || (norm.startsWith('ال') && inNameDictionaries(norm.slice(2)));

/**
 * An ordinary word that is no name: a dictionary word as written and not a strongly attested name word, or a
 * dictionary word behind a proclitic ("بتدبير") that no name source lists at all.
 */
export function isOrdinaryWord(norm: string): boolean {
  return cachedIn(cache, norm, 50_000, computeOrdinary);
}

function computeOrdinary(norm: string): boolean {
  if (norm.includes('-')) return false;
  if (isPlaceNisba(norm)) return false;
  const lexical = lexicalReading(norm);
  if (!lexical || isAlsoName(norm) || isGazetteerWord(norm)) return false;
  // "وبارك", "ولي": the conjunction before a name ("… وبارك يونغ-سيك") leaves the word to its context.
  if (/^[وف]/.test(norm) && norm.length >= 3 && (inNameDictionaries(norm.slice(1)) || isGazetteerWord(norm.slice(1)))) return false;
  if (lexical === 'word') return true;
  return !listedAsName(norm);
}

/** An ordinary word that no name source lists at all ("مرارا", "الاقتصادي"; not "ضيف", which some surname lists hold). */
export function isUnattestedWord(norm: string): boolean {
  return isOrdinaryWord(norm) && !listedAsName(norm);
}

/**
 * A verb as written ("نادى", "خاطب", "أقام") that is no strongly attested name word (not "يزيد", "يحيى"), or a past
 * verb with its subject's «ت» (see isPastWithSubject).
 */
export function isPlainVerb(norm: string): boolean {
  return (isVerbAsWritten(norm) || isPastWithSubject(norm)) && isNoNameWord(norm);
}

/** A verb the lexicon knows as written, not read as a past verb with its subject's «ت» («تناولت» is no verb of the present). */
export function isVerbAsWrittenNoName(norm: string): boolean {
  return isVerbAsWritten(norm) && isNoNameWord(norm);
}

const isNoNameWord = (norm: string) => !isAlsoName(norm) && !isGazetteerWord(norm);

/**
 * «سقطت», «حصلت», «أسفرت»: a past verb the lexicon knows with the «ت» of its subject, that is no word of the lexicon
 * as written («ثابت», «صامت» are) and that no name source lists: names of that shape (حكمت، رفعت، عصمت، مدحت) are
 * in the name lists, so they stay names.
 */
export function isPastWithSubject(norm: string): boolean {
  return norm.length >= 4 && norm.endsWith('ت') && !norm.startsWith('ال') && isVerbAsWritten(norm.slice(0, -1))
    && !isDictionaryEntry(norm) && !inNameDictionaries(norm);
}

/** The feminine of a name word's stem that no name source lists as written («الطالبات», «كبيرة»; not «سعيدة», «جميلة»). */
const isUnlistedFeminine = (norm: string) => isFeminineOfNameStem(norm) && !listedAsName(norm) && !isGazetteerWord(norm);

/**
 * A word of a speaker's name that says it is no name: an ordinary word, a verb, or an unlisted feminine of a name word's
 * stem.
 */
function speaksAgainstName(norm: string): boolean {
  return isOrdinaryWord(norm) || isPlainVerb(norm) || isUnlistedFeminine(norm);
}

/**
 * A run read as a person's name in which every word is a word of the language, none a strongly attested name word
 * («سعيد»): «إحدى الطالبات» (one of the students), «أسفرت» (it resulted), but also «عايد المناع» (see isNoPersonName). A
 * word the lexicon does not know («جبيهو») is no evidence against a name, so a foreign name is never all of this.
 */
function isAllOrdinaryWords(norms: readonly string[]): boolean {
  return norms.length > 0 && norms.every(speaksAgainstName);
}

/** «أحد»/«إحدى» before a definite noun: one of a group, «إحدى الطالبات». */
const PARTITIVE = new Set(['احد', 'احدي']);

/**
 * A word no name bears as written: a past verb with its subject's «ت» («سقطت»), the feminine of a name word's stem that
 * no name source lists («الطالبات», «كبيرة»), a noun behind a preposition («بشظية», «لجهود»), a partitive before a
 * definite noun («إحدى الطالبات»). Verbs as written and ordinary nouns are not enough: «عايد», «أدن» are names too.
 */
function isStrongAgainstName(norms: readonly string[], k: number): boolean {
  const w = norms[k]!;
  if (isPastWithSubject(w)) return true;
  // (Not a lone word: «النعيمات» alone is a family name the lists may miss.)
  if (norms.length > 1 && isUnlistedFeminine(w)) return true;
  if (/^[بلك]/.test(w) && w.length >= 4 && isOrdinaryWord(w) && lexicalReading(w.slice(1)) !== null) return true;
  return PARTITIVE.has(w) && /^ال/.test(norms[k + 1] ?? '');
}

/**
 * A run read as a person's name that is none: every word a word of the language and one of them a word that no name
 * bears as written. A foreign name («جبيهو») or one of ordinary words alone («عايد المناع») stays a name.
 */
export function isNoPersonName(norms: readonly string[]): boolean {
  return isAllOrdinaryWords(norms) && norms.some((_, k) => isStrongAgainstName(norms, k));
}

/** A word of no language: no reading in the lexicon (clitics off or on) and in no name source («جبيهو», «تاديسي»). */
export function isWordOfNoLanguage(norm: string): boolean {
  return norm.length >= 4 && !norm.startsWith('ال') && lexicalReading(norm) === null && !inNameDictionaries(norm);
}

/**
 * A word that is a dictionary word only behind a clitic («وركنه» as و + ركنه), beside a word of no language in one
 * name: together they are a foreign name, and the clitic reading is a coincidence of spelling.
 */
export function isCliticReadingBesideForeign(norm: string, neighbour: string | undefined): boolean {
  return !!neighbour && lexicalReading(norm) === 'clitic' && isWordOfNoLanguage(neighbour);
}

const givenAlsoWords = new Set((stopList as { given?: string }).given?.split(' ') ?? []);

/**
 * A given name that the stop list keeps out of names because news text uses it far more often as a word (كريم، جميل،
 * أمين، شريف، سلام): it opens a name only where the context says a name starts and a family name follows it.
 * Not a verb as written («عاد», «طالب»).
 */
export function isGivenNameAlsoWord(norm: string): boolean {
  return givenAlsoWords.has(norm) && !isVerbAsWritten(norm);
}

let placeNisbas: Set<string> | null = null;

/**
 * A family name made of a town's name and the nisba ending, without the article («نجفي», «تبريزي», «موصلي»,
 * «بصري»): Persian and Arab surnames take the town of origin. Built from the places list (one-word places of three
 * letters or more); a country's nationality adjective («عماني», «كويتي») is left out, it describes, it does not name.
 */
export function isPlaceNisba(norm: string): boolean {
  if (!placeNisbas) {
    const nationality = new Set(
      (nationalityData as unknown as { adjectives: [string, string, string[]][] }).adjectives.flatMap(([, , forms]) => forms),
    );
    placeNisbas = new Set();
    for (const place of Object.keys(placeNames as Record<string, string>)) {
      if (place.includes(' ')) continue;
      const bare = (place.startsWith('ال') ? place.slice(2) : place).replace(/ه$/, '');
      if (bare.length < 3) continue;
      const nisba = `${bare}ي`;
      if (!nationality.has(nisba) && !nationality.has(`ال${nisba}`)) placeNisbas.add(nisba);
    }
  }
  return placeNisbas.has(norm);
}

/** A word as written without its vowel marks and tatweel. */
const unmarked = (written: string) => written.replace(/[\u064B-\u0652\u0640]/g, '');

/** «سيجري», «سيترأسان», «ستبحث»: a present verb as written (its dual or plural ending aside) behind the future's «س». */
function isFutureVerb(norm: string): boolean {
  if (!/^س[يت]/.test(norm) || norm.length < 5 || listedClearly(norm)) return false;
  const present = norm.slice(1);
  const stem = /^(.{4,})(?:ان|ون)$/.exec(present)?.[1];
  // (The third person, «سيجري», or a dual or plural ending: «ستالين» is no «ست» + a verb.)
  return (present.startsWith('ي') && isPlainVerb(present)) || (!!stem && isPlainVerb(stem));
}

/** A name word a name source lists with its own spelling («سيرين»), not a spelling seen once or a hit of the filter. */
const listedClearly = (norm: string) =>
  arabicNameWord(norm) !== undefined || foreignNameWord(norm) !== undefined || isArabicRuleSpelled(norm) || isWorldName(norm);

/**
 * «فأبرز», «فأكد»: a verb of the form «أفعل» as written behind «ف» (the answer to «أما»), its hamza written; no name
 * source lists the word. (Names written with «فا» — «فانتا», «فايون», «فاضل» — hold no hamza there.)
 */
function isFaVerb(written: string, norm: string): boolean {
  return /^فأ/.test(written) && norm.length >= 4 && isPlainVerb(norm.slice(1)) && !inNameDictionaries(norm);
}

/** Written pronoun suffixes of a noun: «قوله», «أدائه», «تصريحاتها» (not «ة», the feminine a name ends in). */
const WRITTEN_PRONOUN = /(?:ه|ها|هم|هما)$/;

/**
 * «أدائه»: a noun of the dictionary with a possessive pronoun as written («فور أدائه اليمين»: upon his taking the
 * oath). Weak alone (foreign names end so: «بيره», «علاهم»): said after a word of time (people/not-a-name).
 */
export function isNounWithPronoun(written: string, norm: string): boolean {
  const bare = unmarked(written);
  const m = WRITTEN_PRONOUN.exec(bare);
  if (!m || /^ال/.test(norm)) return false;
  // (The hamza on «ي» is folded to «ي»: «أدائه» → اداء.)
  const stem = norm.slice(0, -m[0].length).replace(/اي$/, 'اء');
  return stem.length >= 3 && isDictionaryEntry(stem) && !inNameDictionaries(norm);
}

/**
 * A word of a clause that no name bears, whatever the name lists hold: a verb in the future («سيجري»), a verb behind
 * «ف» («فأبرز»), a verbal noun of saying with its speaker's pronoun («عن الرئيس أفورقي قوله»). Not a strongly attested
 * name word (سيف، فاضل).
 */
export function isClauseWord(written: string, norm: string): boolean {
  if (!isNoNameWord(norm)) return false;
  return isFutureVerb(norm) || isFaVerb(unmarked(written), norm) || isOwnedSaying(norm);
}

/** A nasab link: «ولد»، «بنت»، «بن»، «ابن». */
export const NASAB = /^(?:ولد|بنت|بن|ابن)$/;

/** A word of a clause (isClauseWord) that is no family name after a nasab link («ولد سييدي»); `before` is the word before it, normalized. */
export function clauseWordAfter(before: string | undefined, written: string, norm: string): boolean {
  return !NASAB.test(before ?? '') && isClauseWord(written, norm);
}

/** Words of time that take a verbal noun in construct («فور أدائه اليمين»: upon his taking the oath). */
const TIME_BEFORE_VERBAL_NOUN = new Set(['فور', 'عقب', 'اثر', 'اثناء', 'بعد', 'قبل', 'عند', 'لدي', 'حين', 'خلال', 'منذ']);

/** Words k and k + 1 are a word of time and a verbal noun with its pronoun: «فور أدائه», «عقب لقائه». */
export function timeBeforeVerbalNoun(written: readonly string[], norms: readonly string[], k: number): boolean {
  return TIME_BEFORE_VERBAL_NOUN.has(norms[k] ?? '') && k + 1 < norms.length && isNounWithPronoun(written[k + 1]!, norms[k + 1]!);
}

/** A name as written that holds a word of a clause («فور أدائه اليمين»): no person's name. */
export function holdsClauseWord(nameAr: string): boolean {
  const written = nameAr.trim().split(/\s+/);
  const norms = written.map(normalize);
  return written.some((w, k) => clauseWordAfter(norms[k - 1], w, norms[k]!)) || timeBeforeVerbalNoun(written, norms, 0);
}
