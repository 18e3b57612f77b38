/**
 * Name-word dictionaries (assets/names-*.json, built by npm run build:data): Arabic-script name word
 * (normalised) → English, by origin, and the set of words that are personal names at all.
 */
import arabicNames from '../../assets/names-arabic.json';
import foreignNames from '../../assets/names-foreign.json';
import ruleSpelled from '../../assets/name-words.json';
import stopList from '../../assets/name-stop-words.json';
import byOrigin from '../../assets/names-by-origin.json';
import { bloomBytes, bloomHas, type BloomData } from './bloom';
import { PackedTable, unpackWords } from './packed';

const arabic = new PackedTable((arabicNames as { packed: string }).packed);
const foreign = new PackedTable((foreignNames as { packed: string }).packed);
const rareSpellings = new PackedTable((foreignNames as { rare: string }).rare);
const worldNames = new Set(unpackWords((foreignNames as { world: string }).world));
const spelledByArabicRules = new Set(unpackWords((ruleSpelled as { arabic: string }).arabic));
const allNames = (ruleSpelled as { all: BloomData }).all;
const allNameBits = bloomBytes(allNames);
const koreanSurnames = new Map(Object.entries(byOrigin.koreanSurnames as unknown as Record<string, [string, string]>));
const korean = new Map(Object.entries(byOrigin.korean as unknown as Record<string, [string, string]>));
const chinese = new Map(Object.entries(byOrigin.chinese as Record<string, string>));
const burmese = new Map(Object.entries(byOrigin.burmese as Record<string, string>));
const burmeseMarks = new Set((byOrigin.burmeseMarks as string).split(' '));
const givenNames = new Map(Object.entries(byOrigin.given as Record<string, Record<string, string>>)
  .map(([origin, table]) => [origin, new Map(Object.entries(table))] as const));

/**
 * A common given name as bearers of that origin spell it (محمد → Mohammad for Iran, Mehmet for Turkey; لويس → Luis
 * for Spain); one or two words.
 */
export function givenNameOf(origin: string, norm: string): string | undefined {
  return givenNames.get(origin)?.get(norm);
}

/**
 * Every Arabic name word and every common given name of any origin (for the build of the finder's small table);
 * `withRuleSpelled`: also the Arabic names whose English the letter rules give (سامر، سامي).
 */
export function allGivenNames(withRuleSpelled = false): Set<string> {
  const out = new Set([...arabic.keys(), ...(withRuleSpelled ? spelledByArabicRules : [])]);
  for (const table of givenNames.values()) for (const k of table.keys()) out.add(k);
  return out;
}

const originsOfWord = new Map<string, readonly string[]>();

/** The origins whose common given names include this one (خوان → spanish; أنطونيو → spanish, italian, portuguese). */
export function originsOfGivenName(norm: string): readonly string[] {
  // (Asked of most name words by several rules: each word's origins are looked up in every table once.)
  let origins = originsOfWord.get(norm);
  if (!origins) {
    origins = [...givenNames].filter(([, table]) => table.has(norm)).map(([origin]) => origin);
    if (originsOfWord.size > 50_000) originsOfWord.clear();
    originsOfWord.set(norm, origins);
  }
  return origins;
}

/**
 * Spellings of the same foreign name that Arabic writers alternate between (g as غ or ج, "ai" as اي or ي, z as
 * ز or ذ…): Wikidata keeps one Arabic spelling per English token (سيرجي, دايفيد), the news often writes another
 * (سيرغي, ديفيد). One substitution at a time, most common first.
 */
const SWAPS: [RegExp, string][] = [
  [/غ/g, 'ج'], [/ج/g, 'غ'], [/ك/g, 'ق'], [/ق/g, 'ك'], [/ذ/g, 'ز'], [/ز/g, 'ذ'], [/ط/g, 'ت'], [/ت/g, 'ط'],
  [/ص/g, 'س'], [/ڤ/g, 'ف'], [/ي(?=.)/g, 'اي'], [/اي/g, 'ي'], [/(?<=.)ا/g, ''], [/ه$/g, 'ا'], [/ا$/g, 'ه'],
  [/(?<=.)و(?=.)/g, ''], [/(?<=^.)(?=[^اويه])/g, 'ي'], [/يي/g, 'ي'],
];
function variants(norm: string): string[] {
  const out: string[] = [];
  for (const [re, to] of SWAPS) {
    for (const m of norm.matchAll(re)) {
      const v = norm.slice(0, m.index) + to + norm.slice(m.index! + m[0].length);
      if (v !== norm && v.length >= 2) out.push(v);
    }
  }
  return out;
}

function lookup(table: PackedTable, norm: string, fuzzy: boolean): string | undefined {
  const exact = table.get(norm);
  if (exact !== undefined || !fuzzy || norm.length < 4) return exact;
  for (const v of variants(norm)) {
    const hit = table.get(v);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** English (lower-case) of an Arabic given or family name word (without its article): عادل → adel. */
export function arabicNameWord(norm: string, fuzzy = false): string | undefined {
  return lookup(arabic, norm, fuzzy);
}

/** English (lower-case) of a name word as the world spells it (Wikidata, Google): لافروف → lavrov. */
export function foreignNameWord(norm: string, fuzzy = false): string | undefined {
  return lookup(foreign, norm, fuzzy);
}

/**
 * The spelling of a name word Wikidata saw once, where the western rules nearly read it (روكز → roukoz): for spelling a
 * word already read as a name only, never as evidence that a word is a name or of its origin.
 */
export function rareForeignSpelling(norm: string): string | undefined {
  return rareSpellings.get(norm);
}

/**
 * A name word Wikidata saw often with one clear commonest spelling (جيري Jerry, رايس Rice, جون John): a name of the
 * world's, not one only a country's own letters spell.
 */
export function isWorldName(norm: string): boolean {
  return worldNames.has(norm);
}

/** An Arabic name word the dictionaries list and the Arabic letter rules spell right (سلمان → salman). */
export function isArabicRuleSpelled(norm: string): boolean {
  return spelledByArabicRules.has(norm);
}

/** Korean surname or syllable: [North Korean press form, South Korean press form]. */
export function koreanSurname(norm: string): [string, string] | undefined {
  return koreanSurnames.get(norm);
}
export function koreanSyllable(norm: string): [string, string] | undefined {
  return korean.get(norm);
}
export function chineseSyllable(norm: string): string | undefined {
  return chinese.get(norm);
}
/** Burmese name syllable as the Myanmar press spells it (أونغ → Aung). */
export function burmeseSyllable(norm: string): string | undefined {
  return burmese.get(norm);
}
/** A Burmese syllable no other tradition writes (هلاينغ, كياو): with the rest Burmese too, the name is Burmese. */
export function isBurmeseMark(norm: string): boolean {
  return burmeseMarks.has(norm);
}

const stopWords = new Set(unpackWords((stopList as { words: string }).words));

/** A frequent word of news text that is not a personal name there (function words, titles, months, countries…). */
export function isStopWord(norm: string): boolean {
  return stopWords.has(norm);
}

/** Listed in a name source or syllable table (1 % false positives; stop words are not excluded here). */
export function inNameDictionaries(norm: string): boolean {
  return arabic.has(norm) || foreign.has(norm) || spelledByArabicRules.has(norm) || bloomHas(allNames, allNameBits, norm) || korean.has(norm) || chinese.has(norm) || koreanSurnames.has(norm);
}
