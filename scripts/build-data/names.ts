/**
 * Name-word dictionaries, Arabic → English, from Wikidata name tokens (CC0), Google's ar2en list (Apache-2.0)
 * and Tech for Palestine's Arabic name dictionary (Unlicense); Korean and Chinese syllables and a stop list
 * from scripts/data. One English per Arabic word, and no entry where the letter rules already give it.
 */
import { normalize } from '../../lib/arabic/normalize';
import { transliterateWord } from '../../lib/english/transliterate';
import { closeness } from '../../lib/english/closeness';
import { buildBloom } from '../../lib/vocab/bloom';
import { packTable, packWords } from '../../lib/vocab/packed';
import { byCodePoint, readJson, readRepo, readShared, tsvRows } from './io';

const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;
/** Pinned so that a few more or fewer name words do not reshuffle the filter's false positives (see buildBloom). */
const NAME_WORDS_LAYOUT = { bits: 521006, hashes: 7 };
const foldEnglish = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[ʿʾ`’]/g, "'").replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/ł/g, 'l');
const GOOD_ENGLISH = /^[a-z][a-z'-]*[a-z]$/;

/** Candidate spellings of one Arabic word with their weights. */
class Votes {
  readonly byWord = new Map<string, Map<string, number>>();
  add(ar: string, en: string, weight: number): void {
    const word = normalize(ar.replace(/[()]/g, '').trim());
    const english = foldEnglish(en.replace(/[()]/g, '').trim());
    if (!ARABIC_WORD.test(word) || !GOOD_ENGLISH.test(english)) return;
    const m = this.byWord.get(word) ?? new Map<string, number>();
    m.set(english, (m.get(english) ?? 0) + weight);
    this.byWord.set(word, m);
  }
  best(word: string): [string, number] | null {
    const m = this.byWord.get(word);
    if (!m) return null;
    return [...m.entries()].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0] ?? null;
  }
}

/** Consonant skeleton of a Latin spelling, to reject dictionary noise that shares nothing with the Arabic word. */
const skeleton = (s: string) => s.replace(/[aeiouyw'-]/g, '').replace(/x/g, 'ks').replace(/[ckqgj]/g, 'k')
  .replace(/v/g, 'f').replace(/p/g, 'b').replace(/z/g, 's').replace(/(.)\1+/g, '$1');
const plausible = (word: string, english: string, min = 0.34) =>
  closeness(skeleton(transliterateWord(word, 'western')), skeleton(english)) >= min ||
  closeness(skeleton(transliterateWord(word, 'arab')), skeleton(english)) >= min;

/** A confident dictionary spelling is dropped when the letter rules give it exactly; a single-sighting one unless the rules are far off. */
const CLOSE_CONFIDENT = 1;
const CLOSE_WEAK = 0.65;
/**
 * A single sighting of a foreign-looking word the western rules nearly read (within 0.75, not 0.65) is kept as a
 * spelling only, in a table of its own: the rules' near miss is mostly a wrong vowel or a letter the press writes its
 * own way (روكز Roukoz, not Rokz; بانكولي Bankole). It is not listed as a name: a listed word also opens the engine's
 * origin and name checks, where one bearer's sighting misleads (Le Drian, Kabila). An Arabic name's or Arabic word's
 * single sighting is one bearer's spelling (ضيف Dhif), as is a doubled letter the Arabic does not write.
 */
const CLOSE_WEAK_SPELLING = 0.75;
const ARABIC_ONLY_LETTERS = /[عحصضظق]/;
/**
 * (Nor a sighting that opens with a vowel the Arabic does not write between its first two letters: a foreign name's
 * opening cluster is written as it is, دريان Drian, where one bearer's Derian is another name written alike.)
 */
const vowelInOpeningCluster = (word: string, english: string) => /^[^اويىآأإءه][^اويىآأإءه]/.test(word) && /^[^aeiou][aeiouy]/.test(english);
const foreignLooking = (word: string, english: string) => !ARABIC_ONLY_LETTERS.test(word) && !/([a-z])\1/.test(english) && !vowelInOpeningCluster(word, english);
/** Wikidata sightings that make a foreign name common enough to list even where the western letter rules spell it. */
const COMMON_FOREIGN = 10;
/** A world name: Wikidata saw the word this often, its commonest spelling at least twice as often as the next. */
const WORLD_NAME_SIGHTINGS = 10;
const WORLD_NAME_MAJORITY = 2;

/**
 * A pair whose English closes on the Turkish -oğlu that its Arabic does not write (صاري → sarıoğlu, بلوز → belözoğlu,
 * تشالهان → çalhanoğlu): the list aligned one word of a name with two, and the English is another name than the word's.
 */
const oghluUnwritten = (ar: string, en: string) => /o[gğ]lu$/i.test(en.trim()) && !/(غل|جل|كل|قل)[وي]$/.test(ar.trim());

/** Packs a table as "ar=en|ar=en…": a third smaller than a JSON object, for the biggest dictionary. */
const pack = (table: Record<string, string>) => packTable(Object.entries(table));

/** Stop words: the hand-written list, and every word of a country or place name (روسيا، واشنطن، الأردن). */
function stopWords(countryNames: string[], placeNames: string[]): Set<string> {
  const stop = new Set(readRepo('scripts/data/stopwords.txt').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => normalize(l.trim())));
  for (const name of [...countryNames, ...placeNames]) if (!name.includes(' ')) stop.add(name);
  return stop;
}

/**
 * The stop list's given names that are common words too (كريم، جميل، أمين): the section of stopwords.txt so headed.
 * Alone they are the word; opening a name before a family name in a name's slot they are the given name.
 */
function givenWords(stop: Set<string>): string[] {
  const lines = readRepo('scripts/data/stopwords.txt').split('\n');
  const from = lines.findIndex((l) => /^# Common words that are also given names/.test(l));
  if (from < 0) throw new Error('stopwords.txt: the section of given names that are common words is missing');
  const out: string[] = [];
  for (const l of lines.slice(from + 1)) {
    if (l.startsWith('#')) break;
    const w = normalize(l.trim());
    if (w && stop.has(w)) out.push(w);
  }
  return out;
}

/** Words whose Wikidata sightings (Google's list aside) agree on one common spelling: see WORLD_NAME_SIGHTINGS. */
function worldNames(): string[] {
  const wikidata = new Map<string, Map<string, number>>();
  for (const [ar, en, count] of tsvRows(readShared('wikidata-netranslit-ar/ar2en_tokens.tsv'))) {
    const word = normalize(ar!.replace(/[()]/g, '').trim());
    const english = foldEnglish(en!.replace(/[()]/g, '').trim());
    if (!ARABIC_WORD.test(word) || !GOOD_ENGLISH.test(english)) continue;
    const m = wikidata.get(word) ?? new Map<string, number>();
    m.set(english, (m.get(english) ?? 0) + Number(count));
    wikidata.set(word, m);
  }
  const out: string[] = [];
  for (const [word, spellings] of wikidata) {
    const [first = 0, second = 0] = [...spellings.values()].sort((a, b) => b - a);
    if (first >= WORLD_NAME_SIGHTINGS && first >= WORLD_NAME_MAJORITY * second) out.push(word);
  }
  return out.sort(byCodePoint);
}

export function buildNames(countryNames: string[], placeNames: string[]) {
  const stop = stopWords(countryNames, placeNames);

  // Arabic given and family names: Palestine dictionary first, Wikidata and Google as votes.
  const arabic = new Votes();
  // How strongly the sources say a word is a name: lexicon words are names only with strong evidence.
  const sources = { palestine: new Set<string>(), google: new Set<string>(), wikidata: new Map<string, number>() };
  // Family names come with the article (الحسيني → al-husseini): keyed by the stem, the article is added at render time.
  for (const line of readShared('palestine-datasets-names/dict_ar_en.csv').split('\n')) {
    const [ar, en] = line.split(',').map((x) => x.replace(/[()]/g, '').trim());
    if (!ar || !en) continue;
    sources.palestine.add(normalize(ar.replace(/^ال/, '')));
    if (ar.startsWith('ال') && en.startsWith('al-')) arabic.add(ar.slice(2), en.slice(3), 8);
    else if (ar.startsWith('ال') && !en.startsWith('al')) arabic.add(ar.slice(2), en, 4);
    else if (!ar.startsWith('ال')) arabic.add(ar, en, 8);
  }
  // Normalising folds ى into ي and ة into ه, so the Palestinian rows هانى (hana) and هاني (hani) vote for one word with
  // equal weights: Wikidata's and Google's sightings of the same spellings break such ties (a little each, never more
  // than one Palestinian row's weight).
  const seen = new Map<string, Map<string, number>>();
  const sight = (ar: string, en: string, count: number) => {
    const word = normalize(ar.replace(/[()]/g, '').trim());
    const english = foldEnglish(en.replace(/[()]/g, '').trim());
    const m = seen.get(word) ?? new Map<string, number>();
    m.set(english, (m.get(english) ?? 0) + count);
    seen.set(word, m);
  };
  for (const [ar, en, count] of tsvRows(readShared('wikidata-netranslit-ar/ar2en_tokens.tsv'))) sight(ar!, en!, Number(count));
  for (const line of readShared('google-transliteration-ar2en/ar2en.txt').split('\n')) {
    const [ar, en] = line.split('\t');
    if (ar && en) sight(ar, en, 1);
  }
  for (const [word, candidates] of arabic.byWord) {
    if (candidates.size < 2) continue;
    for (const [en, weight] of candidates) {
      const count = seen.get(word)?.get(en) ?? seen.get(word)?.get(en.replace(/^al-/, '')) ?? 0;
      if (count) candidates.set(en, weight + Math.min(0.9, count / 100));
    }
  }
  const foreign = new Votes();
  for (const [word, candidates] of arabic.byWord) for (const [en, weight] of candidates) foreign.add(word, en, weight);
  for (const [ar, en, count] of tsvRows(readShared('wikidata-netranslit-ar/ar2en_tokens.tsv'))) {
    if (!oghluUnwritten(ar!, en!)) foreign.add(ar!, en!, Number(count));
    const w = normalize(ar!);
    sources.wikidata.set(w, (sources.wikidata.get(w) ?? 0) + Number(count));
  }
  for (const line of readShared('google-transliteration-ar2en/ar2en.txt').split('\n')) {
    const [ar, en] = line.split('\t');
    if (ar && en && !oghluUnwritten(ar, en)) foreign.add(ar, en, 4);
    if (ar && en) sources.google.add(normalize(ar.replace(/^ال/, '')));
  }

  // Words Wikidata saw often as one and the same name, whoever bore it (جيري Jerry, رايس Rice): no country's own name.
  const world = worldNames();

  // How often Wikidata saw each English name token: the English given names are listed most attested first.
  const englishCounts = new Map<string, number>();
  for (const [, en, count] of tsvRows(readShared('wikidata-netranslit-ar/ar2en_tokens.tsv'))) {
    const english = foldEnglish(en ?? '');
    englishCounts.set(english, (englishCounts.get(english) ?? 0) + (Number(count) || 0));
  }

  const nameWords = new Set<string>();
  // Every word the sources agree is a name, also those whose spelling is left to the rules: for isNameWord only.
  const knownNames = new Set<string>();
  const arabicNames = new Set<string>();
  const arabicOut: Record<string, string> = {};
  for (const word of [...arabic.byWord.keys()].sort(byCodePoint)) {
    const [english] = arabic.best(word)!;
    if (!plausible(word, english)) continue;
    nameWords.add(word);
    arabicNames.add(word);
    if (transliterateWord(word, 'arab') !== english) arabicOut[word] = english;
  }

  // Wikidata keeps one Arabic spelling per English token, so most surnames have count 1 (بوتين → putin): those are
  // kept only where the letter rules would be far off, and the confident ones only where the rules differ at all.
  const foreignOut: Record<string, string> = {};
  const rareOut: Record<string, string> = {};
  for (const word of [...foreign.byWord.keys()].sort(byCodePoint)) {
    const [english, count] = foreign.best(word)!;
    const rule = transliterateWord(word, 'western');
    const sameAsArabic = arabicOut[word] === english || (!(word in arabicOut) && nameWords.has(word) && transliterateWord(word, 'arab') === english);
    if (count >= 2 && plausible(word, english)) {
      nameWords.add(word);
      if (closeness(rule, english) < CLOSE_CONFIDENT && !sameAsArabic) foreignOut[word] = english;
      // A common foreign name the western rules spell right (جاكوب → jacob) is listed too: left out, it reads as no
      // foreign name at all (no anchor for its surname) and the Arabic rules spell it (Jakub).
      else if (!sameAsArabic && !arabicNames.has(word) && !stop.has(word) && word.length >= 4 && count >= COMMON_FOREIGN) foreignOut[word] = english;
    } else if (count === 1 && plausible(word, english, 0.5)) {
      knownNames.add(word);
      // (Also where the rules without their European e were far off: their near miss, Doterte, would replace the
      // attested Duterte.)
      const ruleBeforeE = transliterateWord(word, 'western', undefined, false);
      const near = Math.min(closeness(rule, english), closeness(ruleBeforeE, english));
      if (near < CLOSE_WEAK) {
        nameWords.add(word);
        foreignOut[word] = english;
      } else if (near < CLOSE_WEAK_SPELLING && foreign.byWord.get(word)!.size === 1 && foreignLooking(word, english) && !arabicNames.has(word) && !stop.has(word)) {
        // (Only a word seen with one spelling: tied sightings are different bearers' names written alike.)
        rareOut[word] = english;
      }
    }
  }

  const syllables = readJson<Record<string, unknown>>(readRepo('scripts/data/name-syllables.json'));
  const given = readJson<Record<string, Record<string, string>>>(readRepo('scripts/data/given-names-by-origin.json'));
  const norm = <T>(table: Record<string, T>) =>
    Object.fromEntries(Object.entries(table).map(([k, v]) => [normalize(k), v] as const).sort(([a], [b]) => byCodePoint(a, b)));
  // Arabic names the Arabic letter rules already spell right are listed bare, so that those rules are applied to
  // them whatever the bearer's origin; every name word goes into a Bloom filter for isNameWord.
  const ruleSpelled = [...nameWords].filter((w) => !(w in arabicOut) && !(w in foreignOut)).sort(byCodePoint);
  const arabicRule = ruleSpelled.filter((w) => arabicNames.has(w) && transliterateWord(w, 'arab') === (arabic.best(w)?.[0] ?? ''));
  for (const w of nameWords) knownNames.add(w);
  const sortedNames = [...knownNames].sort(byCodePoint);
  // Only stop words the name sources would otherwise accept need shipping.
  // Burmese syllables only spell a name found otherwise: many are short Arabic words too (هلا، وا).
  const syllableWords = new Set(Object.entries(syllables).filter(([k, t]) => typeof t === 'object' && !k.startsWith('burmese')).map(([, t]) => t).flatMap((t) => Object.keys(t as object)).map(normalize));
  const nameLike = (w: string) => knownNames.has(w) || syllableWords.has(w) || (w.startsWith('ال') && knownNames.has(w.slice(2)));
  // Strong: a name Wikidata saw three times or more, or both the Palestinian and Google lists, or a given name by origin.
  const strongNames = new Set<string>();
  for (const [w, count] of sources.wikidata) if (count >= 3) strongNames.add(w);
  for (const w of sources.palestine) if (sources.google.has(w)) strongNames.add(w);
  for (const table of Object.values(given)) for (const k of Object.keys(table)) for (const w of normalize(k).split(' ')) strongNames.add(w);
  for (const w of syllableWords) strongNames.add(w);
  return {
    strongNames,
    stopWords: { words: packWords([...stop].filter(nameLike)), given: givenWords(stop).filter((w) => strongNames.has(w)).sort(byCodePoint).join(' ') },
    nameWords: {
      arabic: packWords(arabicRule),
      all: buildBloom(sortedNames, sortedNames.length, 0.01, NAME_WORDS_LAYOUT),
    },
    arabic: { packed: pack(arabicOut) },
    foreign: { packed: pack(foreignOut), world: packWords(world), rare: pack(rareOut) },
    byOrigin: {
      given: Object.fromEntries(Object.entries(given).filter(([k]) => !k.startsWith('_')).map(([origin, table]) => [origin, norm(table)])),
      koreanSurnames: norm(syllables.koreanSurnames as Record<string, [string, string]>),
      korean: norm(syllables.korean as Record<string, [string, string]>),
      chinese: norm(syllables.chinese as Record<string, string>),
      burmese: norm(syllables.burmese as Record<string, string>),
      burmeseMarks: (syllables.burmeseMarks as string[]).map(normalize).sort(byCodePoint).join(' '),
      englishGiven: englishGivenNames(englishCounts),
    },
  };
}

/**
 * English given names (scripts/data/english-given-names.txt) for lib/english/english-given, most attested first: those
 * of the general list Wikidata saw at least once and all of Africa's own. A name the foreign list or the letter rules
 * already read right is kept: it holds its usual spelling against a rarer name (جيم is Jim, not Jaime; جون John, not
 * Joan). So is a rarer spelling of a name listed (Lee after Lea): it tells an English given name the foreign list reads.
 */
/** Wikidata names a general-list English given name must be seen in: the rarer ones cost bundle bytes and mislead. */
const MIN_ATTESTED = 8;

function englishGivenNames(counts: Map<string, number>): string {
  const lines = readRepo('scripts/data/english-given-names.txt').split('\n').map((l) => l.trim());
  const african = new Set(lines.slice(lines.indexOf('# africa') + 1));
  const count = (n: string) => counts.get(n.toLowerCase()) ?? 0;
  const names = [...new Set(lines.filter((l) => /^[A-Z][a-z]+$/.test(l) && (african.has(l) || count(l) >= MIN_ATTESTED)))]
    .sort((a, b) => count(b) - count(a) || byCodePoint(a, b));
  return names.join(' ');
}
